import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, newProfile, openPopup, openTab, readStore, type Session } from './browser';
import { clickClip, clipPage, openCompany } from './popup';
import { openFullBoard, openSidePanel, showCompany, showView } from './ui';
import { startServer, type PageServer } from './server';

let server: PageServer;
let session: Session;
let profile: string;

beforeAll(async () => {
  server = await startServer();
  profile = await newProfile();
  session = await launch(profile);
});

afterAll(async () => {
  await session?.context.close();
  await server?.close();
});

describe('clipping a company page', () => {
  test('stores the page and shows it in the popup with title, site, excerpt, word count and time', async () => {
    const url = `${server.origin}/fixtures/pages/nordlys-about.html`;
    const { popup, status } = await clipPage(session, url);
    expect(status).toContain('Clipped “Om Nordlys Energi”');

    await openCompany(popup, 'Nordlys Energi AS');
    const panel = await openSidePanel(session);
    await showCompany(panel, 'Nordlys Energi AS');
    await showView(panel, 'Job ad and clips');
    const card = panel.locator(`[data-clip-url="${url}"]`);
    await expect.poll(() => card.count()).toBe(1);
    const text = await card.innerText();
    expect(text).toContain('Om Nordlys Energi');
    expect(text).toContain('Nordlys Energi');
    expect(text).toMatch(/\d+ words/);
    expect(text).toMatch(/Clipped \w+/);
    expect(text).toContain('fornybar kraft i Nord-Norge');

    const { clips, companies } = await readStore(popup);
    expect(clips).toHaveLength(1);
    expect(companies.map((c) => c.name)).toEqual(['Nordlys Energi AS']);
    expect(clips[0]!.wordCount).toBeGreaterThan(100);
  });

  test('clipping the same page again updates the one clip instead of adding another', async () => {
    const url = `${server.origin}/fixtures/pages/nordlys-about.html`;
    const { popup, status } = await clipPage(session, url);
    expect(status).toContain('Updated your clip');
    const { clips } = await readStore(popup);
    expect(clips.filter((clip) => clip.url === url)).toHaveLength(1);
  });

  test('opening a clip shows its readable content and a link to the original page', async () => {
    const popup = await openSidePanel(session);
    await showCompany(popup, 'Nordlys Energi AS');
    await showView(popup, 'Job ad and clips');
    await popup.getByRole('button', { name: /Om Nordlys Energi/ }).click();
    const content = popup.getByTestId('clip-content');
    await expect.poll(() => content.innerText()).toContain('Strategien vår mot 2030');
    const link = popup.getByRole('link', { name: 'Open the original page' });
    expect(await link.getAttribute('href')).toBe(`${server.origin}/fixtures/pages/nordlys-about.html`);
    expect(await link.getAttribute('rel')).toContain('noopener');
  });
});

describe('pages that cannot be clipped', () => {
  test('a browser-internal page is refused in plain words and nothing is saved', async () => {
    const before = (await readStore(await openPopup(session))).clips.length;
    await openTab(session, 'chrome://version/');
    const popup = await openPopup(session);
    const status = await clickClip(popup);
    expect(status).toContain('one of the browser’s own pages');
    expect((await readStore(popup)).clips).toHaveLength(before);
  });

  test('a page whose HTML is still arriving is refused and nothing is saved', async () => {
    const page = await session.context.newPage();
    await page.goto(`${server.origin}/generated/slow.html`, { waitUntil: 'commit' });
    const popup = await openPopup(session);
    const before = (await readStore(popup)).clips.length;
    const status = await clickClip(popup);
    expect(status).toContain('still loading');
    expect((await readStore(popup)).clips).toHaveLength(before);
    await page.close();
  });

  test('a page with nothing readable keeps its metadata and visible text, and says so', async () => {
    const url = `${server.origin}/fixtures/pages/nothing-readable.html`;
    const { popup, status } = await clipPage(session, url);
    expect(status).toContain('No article was found on this page');
    const clip = (await readStore(popup)).clips.find((c) => c.url === url);
    expect(clip?.method).toBe('page-text');
    expect(clip?.title).toBe('Careers dashboard');
  });

  test('hostile HTML is sanitised before it is shown', async () => {
    const url = `${server.origin}/fixtures/pages/hostile.html`;
    await clipPage(session, url);
    const popup = await openSidePanel(session);
    await showCompany(popup, 'Skog & Sjø AB');
    await showView(popup, 'Job ad and clips');
    await popup.locator(`[data-clip-url="${url}"] button`).click();
    const content = popup.getByTestId('clip-content');
    await expect.poll(() => content.innerText()).toContain('sustainable timber');
    expect(await content.locator('script, iframe, [onerror], [onclick]').count()).toBe(0);
    expect(await content.locator('a[href^="javascript:"]').count()).toBe(0);
    expect(await popup.evaluate(() => (window as unknown as { __hostile?: boolean }).__hostile)).toBeUndefined();
    const { companies } = await readStore(popup);
    expect(companies.map((c) => c.name)).toContain('Skog & Sjø AB');
  });

  test('a huge page is stored capped and the popup says only the first part was kept', async () => {
    const url = `${server.origin}/generated/huge.html`;
    const { popup, status } = await clipPage(session, url);
    expect(status).toContain('only the first part');
    const clip = (await readStore(popup)).clips.find((c) => c.url === url);
    expect(clip).toBeTruthy();
  });
});

describe('persistence', () => {
  test('clips survive closing and reopening the browser', async () => {
    await session.context.close();
    session = await launch(profile);
    const popup = await openFullBoard(session);
    await popup.getByRole('button', { name: /Nordlys Energi/ }).first().waitFor();
    const { clips } = await readStore(popup);
    expect(clips.map((clip) => clip.title)).toContain('Om Nordlys Energi');
  });
});
