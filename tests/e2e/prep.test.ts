import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { clipPage } from './popup';
import { useBrowser } from './fixture';
import { openAllSections, openFullBoard, openSidePanel, showCompany } from './ui';

const browser = useBrowser();
const page = (name: string) => browser.page(name);
const prompt = (panel: Page, id: string) => panel.locator(`[data-prompt-id="${id}"]`);

/** The side panel on a company's prep view, with every section open, as a user would unfold them. */
async function openPrep(name: string): Promise<Page> {
  const panel = await openSidePanel(browser.session);
  await showCompany(panel, name);
  await openAllSections(panel);
  return panel;
}

describe('the prep board', () => {
  test('vision and strategy show the right sentences from a Norwegian strategy page, a Swedish about page and an ad', async () => {
    await clipPage(browser.session, page('nordlys-about.html'));
    await clipPage(browser.session, page('board-ad.html'));
    await clipPage(browser.session, page('skogsjo-om.html'));

    let panel = await openPrep('Skog & Sjö AB');
    expect(await prompt(panel, 'vision').locator('.prep-evidence li').first().innerText()).toContain('trä ska vara det självklara valet');
    const values = await prompt(panel, 'values').locator('.prep-evidence li').allInnerTexts();
    expect(values.slice(0, 2).join(' ')).toContain('Vår värdegrund bygger på långsiktighet');

    panel = await openPrep('Nordlys Energi AS');
    expect(await prompt(panel, 'vision').locator('.prep-evidence li').first().innerText()).toContain('Vår visjon er å gjøre Nord-Norge');
    const strategy = await prompt(panel, 'strategy').locator('.prep-evidence li').allInnerTexts();
    expect(strategy.slice(0, 3).join(' ')).toMatch(/Strategien vår mot 2030|Innen 2030/);
    const keyQualities = await prompt(panel, 'key-qualities').locator('.prep-evidence li').allInnerTexts();
    expect(keyQualities.join(' ')).toContain('Ingeniørutdanning innen elkraft');
  });

  test('a pin and an answer survive closing and reopening the side panel', async () => {
    let panel = await openPrep('Nordlys Energi AS');
    const vision = prompt(panel, 'vision');
    await vision.locator('.prep-evidence li').first().getByRole('button', { name: /^Pin: / }).click();
    await expect.poll(() => vision.locator('.prep-pinned').innerText()).toContain('Vår visjon er å gjøre Nord-Norge');
    await vision.locator('textarea').fill('Selvforsynt med fornybar kraft – jeg kan bidra med driftsdata.');
    await panel.close();

    panel = await openPrep('Nordlys Energi AS');
    await expect.poll(() => prompt(panel, 'vision').locator('textarea').inputValue()).toBe('Selvforsynt med fornybar kraft – jeg kan bidra med driftsdata.');
    expect(await prompt(panel, 'vision').locator('.prep-pinned').innerText()).toContain('Vår visjon er å gjøre Nord-Norge');
    expect(await panel.getByRole('button', { name: 'Review' }).count(), 'the briefing replaces review mode').toBe(0);
  });

  test('a selection added through the context menu appears under the chosen prompt', async () => {
    const quote = 'Innen 2030 skal vi produsere 2,4 TWh fornybar kraft i året';
    await browser.session.worker.evaluate(
      ({ text, pageUrl }) =>
        (globalThis as unknown as { roundTwoE2e: { onMenuClick: (info: object) => Promise<void> } }).roundTwoE2e.onMenuClick({
          menuItemId: 'add-selection:strategy',
          selectionText: text,
          pageUrl,
          editable: false,
        }),
      { text: quote, pageUrl: page('nordlys-about.html') },
    );
    const panel = await openPrep('Nordlys Energi AS');
    await expect.poll(() => prompt(panel, 'strategy').innerText()).toContain(quote);
    expect(await prompt(panel, 'vision').innerText()).not.toContain(quote);
  });

  test('the full board opens on the dashboard’s company, wide, with the job ad unfolded on its view', async () => {
    const board = await openFullBoard(browser.session);
    await showCompany(board, 'Nordlys Energi AS');
    await expect.poll(() => board.locator('[data-prompt-id="vision"] textarea').inputValue()).toContain('jeg kan bidra med driftsdata');
    await board.getByRole('link', { name: 'Job ad and clips' }).click();
    expect(await board.locator('details.job-ad').first().getAttribute('open')).not.toBeNull();
  });
});
