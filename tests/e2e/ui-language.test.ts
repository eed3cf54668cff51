import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openPopup } from './browser';
import { useBrowser } from './fixture';
import { openAllSections, openFullBoard, openSidePanel, showCompany, showView } from './ui';

const browser = useBrowser();

/** Chooses the interface language on the full board's company list, as a user would. */
async function chooseLanguage(value: string) {
  const board = await openFullBoard(browser.session);
  await board.locator('.setting select').selectOption(value);
  await board.close();
}

function menuTitles(): Promise<string[]> {
  return browser.session.worker.evaluate(() => (globalThis as unknown as { roundTwoE2e: { menuTitles: () => string[] } }).roundTwoE2e.menuTitles());
}

interface Expected {
  clip: string;
  clipped: string;
  status: string;
  views: string;
  vision: string;
  deadline: string;
  menu: string;
  undo: string;
}

const CASES: Array<[string, Expected]> = [
  ['Norsk bokmål', { clip: 'Legg til denne siden', clipped: 'La til «Driftsingeniør', status: 'Undersøker bedriften', views: 'Annonse og utklipp', vision: 'Hva er visjonen eller formålet til bedriften?', deadline: '15. januar 2027', menu: 'Legg til siden i Round Two', undo: 'Angre' }],
  ['Svenska', { clip: 'Lägg till den här sidan', clipped: 'Uppdaterade ”Driftsingeniør', status: 'Undersöker företaget', views: 'Annons och sparade sidor', vision: 'Vilken vision eller vilket uppdrag har företaget?', deadline: '15 januari 2027', menu: 'Lägg till sidan i Round Two', undo: 'Ångra' }],
];

describe('the language setting governs every text, in an English browser', () => {
  test.each(CASES)('%s: clip, dashboard, prompts, job ad, dates and the context menu', async (label, expected) => {
    await chooseLanguage(label === 'Svenska' ? 'sv' : 'nb');
    await expect.poll(menuTitles).toContain(expected.menu);

    const page = await browser.session.context.newPage();
    await page.goto(browser.page('board-ad.html'));
    await page.bringToFront();
    const popup: Page = await openPopup(browser.session);
    await popup.getByRole('button', { name: expected.clip }).click();
    await popup.locator('button.primary[aria-busy="false"]').waitFor();
    expect(await popup.getByTestId('clip-status').innerText()).toContain(expected.clipped);
    expect(await popup.locator('.this-company').innerText()).toContain(expected.status);
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe(label === 'Svenska' ? 'sv' : 'nb');

    const panel = await openSidePanel(browser.session);
    await showCompany(panel, 'Nordlys Energi AS');
    await openAllSections(panel);
    expect(await panel.locator('[data-prompt-id="vision"] h4').innerText()).toBe(expected.vision);
    await showView(panel, expected.views);
    await panel.locator('details.job-ad summary').click();
    expect(await panel.locator('details.job-ad').innerText()).toContain(expected.deadline);
    expect(await panel.locator('body').innerText()).not.toMatch(/\b(Clip this page|Pinned|From your clips|Job ad)\b/);
    await page.close();
  });

  test('back to “same as the browser”: English again, menus too', async () => {
    await chooseLanguage('browser');
    await expect.poll(menuTitles).toContain('Clip this page to Round Two');
    const popup = await openPopup(browser.session);
    expect(await popup.getByRole('button', { name: 'Clip this page' }).count()).toBe(1);
  });
});
