import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { startServer, type PageServer } from '../e2e/server';
import { launchFirefox, newProfile, openExtensionPage, openPopupOver, readStore, waitUntil, type FirefoxSession } from './firefox';

let server: PageServer;
let profile: string;
let session: FirefoxSession | undefined;

beforeAll(async () => {
  server = await startServer();
  profile = await newProfile();
  session = await launchFirefox(profile);
});

afterAll(async () => {
  await session?.browser.close();
  await server?.close();
});

const text = (page: Page, selector: string) => page.$eval(selector, (el) => (el as HTMLElement).innerText.trim());

/** The full-page board, on the company list, then on one company. */
async function openCompanyOnBoard(page: Page, name: string): Promise<void> {
  await openExtensionPage(page, '/board.html');
  await waitUntil(page, 'the company list', () => document.querySelector('.company-list') !== null);
  await page.locator(`.company-list button ::-p-text(${name})`).click();
  await waitUntil(page, `the company ${name}`, () => document.querySelector('.company-header h2') !== null);
}

/** The company's "Job ad and clips" view, from its navigation column. */
async function showClips(page: Page): Promise<void> {
  await page.locator('nav.views a ::-p-text(Job ad and clips)').click();
  await waitUntil(page, 'the clips view', () => document.querySelector('.clips-view') !== null);
}

describe('Round Two in Firefox', () => {
  test('the popup clips the page under it, and the board shows the clip under its company', async () => {
    const url = `${server.origin}/fixtures/pages/nordlys-about.html`;
    const tab = (await session!.browser.pages())[0]!;
    await tab.goto(url);
    const popup = await openPopupOver(session!, tab);

    await popup.locator('button.primary ::-p-text(Clip this page)').click();
    await waitUntil(popup, 'the clip status', () => document.querySelector('[data-testid="clip-status"]') !== null);
    expect(await text(popup, '[data-testid="clip-status"]')).toContain('Clipped “Om Nordlys Energi”');
    // The dashboard shows the clip's company as this tab's company.
    await waitUntil(popup, 'this tab’s company', () => document.querySelector('.this-company h2') !== null);
    expect(await text(popup, '.this-company h2')).toContain('Nordlys Energi AS');

    const { clips, companies } = await readStore(popup);
    expect(companies.map((company) => company.name)).toEqual(['Nordlys Energi AS']);
    expect(clips).toHaveLength(1);
    expect(clips[0]).toMatchObject({ url, title: 'Om Nordlys Energi', companyId: companies[0]!.id });
    expect(clips[0]!.wordCount).toBeGreaterThan(100);

    const board = await session!.browser.newPage();
    await openCompanyOnBoard(board, 'Nordlys Energi AS');
    // The company opens on its prep board, with its prompts; the clip is on the clips view.
    await waitUntil(board, 'the prep board', () => document.querySelector('.prep-board .prep-section') !== null);
    await showClips(board);
    await waitUntil(board, 'the clip on the board', () => document.querySelector('.clip-card') !== null);
    const card = await text(board, `.clip-card[data-clip-url="${url}"]`);
    expect(card).toContain('Om Nordlys Energi');
    expect(card).toMatch(/\d+ words/);
  });

  test('after a restart with the same profile the clip is still there, and opens with its text', async () => {
    await session!.browser.close();
    session = await launchFirefox(profile);
    const board = (await session.browser.pages())[0]!;
    await openCompanyOnBoard(board, 'Nordlys Energi AS');
    await showClips(board);
    await waitUntil(board, 'the kept clip', () => document.querySelector('.clip-card') !== null);
    expect(await text(board, '.clip-card .title')).toBe('Om Nordlys Energi');

    await board.locator('.clip-card button').click();
    await waitUntil(board, 'the clip content', () => document.querySelector('[data-testid="clip-content"]') !== null);
    expect(await text(board, '[data-testid="clip-content"]')).toContain('Strategien vår mot 2030');
    const { clips } = await readStore(board);
    expect(clips.map((clip) => clip.title)).toEqual(['Om Nordlys Energi']);
  });

  test('the search (its index in a worker) finds the kept clip from a word typed without its Nordic letters', async () => {
    const board = (await session!.browser.pages())[0]!;
    await openExtensionPage(board, '/board.html');
    await board.locator('input[type="search"]').fill('smakraftverk');
    await waitUntil(board, 'the search results', () => document.querySelector('[data-testid="search-results"] h3') !== null);
    expect(await board.$eval('[data-testid="search-results"] h3', (el) => el.textContent?.trim())).toBe('Nordlys Energi AS');
    expect(await text(board, '[data-testid="search-results"]')).toContain('Om Nordlys Energi');
  });
});
