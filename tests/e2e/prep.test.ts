import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openPopup } from './browser';
import { clipPage, openCompany } from './popup';
import { useBrowser } from './fixture';

const browser = useBrowser();
const page = (name: string) => browser.page(name);
const prompt = (popup: Page, id: string) => popup.locator(`[data-prompt-id="${id}"]`);

/** Shows the company with every prep section open, as a user would unfold them. */
async function openPrep(popup: Page, name: string) {
  await openCompany(popup, name);
  await popup.locator('details.prep-section').first().waitFor();
  await popup.locator('details.prep-section:not([open]) > summary').evaluateAll((summaries) => summaries.forEach((s) => (s as HTMLElement).click()));
}

describe('the prep board', () => {
  test('vision and strategy show the right sentences from a Norwegian strategy page, a Swedish about page and an ad', async () => {
    await clipPage(browser.session, page('nordlys-about.html'));
    await clipPage(browser.session, page('board-ad.html'));
    const { popup } = await clipPage(browser.session, page('skogsjo-om.html'));

    await openPrep(popup, 'Skog & Sjö AB');
    expect(await prompt(popup, 'vision').locator('.prep-evidence li').first().innerText()).toContain('trä ska vara det självklara valet');
    const values = await prompt(popup, 'values').locator('.prep-evidence li').allInnerTexts();
    expect(values.slice(0, 2).join(' ')).toContain('Vår värdegrund bygger på långsiktighet');

    await openPrep(popup, 'Nordlys Energi AS');
    expect(await prompt(popup, 'vision').locator('.prep-evidence li').first().innerText()).toContain('Vår visjon er å gjøre Nord-Norge');
    const strategy = await prompt(popup, 'strategy').locator('.prep-evidence li').allInnerTexts();
    expect(strategy.slice(0, 3).join(' ')).toMatch(/Strategien vår mot 2030|Innen 2030/);
    const keyQualities = await prompt(popup, 'key-qualities').locator('.prep-evidence li').allInnerTexts();
    expect(keyQualities.join(' ')).toContain('Ingeniørutdanning innen elkraft');
  });

  test('a pin and an answer survive closing and reopening the popup, and review mode shows them', async () => {
    let popup = await openPopup(browser.session);
    await openPrep(popup, 'Nordlys Energi AS');
    const vision = prompt(popup, 'vision');
    await vision.locator('.prep-evidence li').first().getByRole('button', { name: 'Pin' }).click();
    await expect.poll(() => vision.getByRole('region', { name: 'Pinned' }).innerText()).toContain('Vår visjon er å gjøre Nord-Norge');
    await vision.locator('textarea').fill('Selvforsynt med fornybar kraft – jeg kan bidra med driftsdata.');
    await popup.close();

    popup = await openPopup(browser.session);
    await openPrep(popup, 'Nordlys Energi AS');
    await expect.poll(() => prompt(popup, 'vision').locator('textarea').inputValue()).toBe('Selvforsynt med fornybar kraft – jeg kan bidra med driftsdata.');
    expect(await prompt(popup, 'vision').getByRole('region', { name: 'Pinned' }).innerText()).toContain('Vår visjon er å gjøre Nord-Norge');

    await popup.getByRole('button', { name: 'Review' }).click();
    const review = popup.locator('.prep-review');
    await expect.poll(() => review.innerText()).toContain('jeg kan bidra med driftsdata');
    expect(await review.innerText()).toContain('Vår visjon er å gjøre Nord-Norge');
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
    const popup = await openPopup(browser.session);
    await openPrep(popup, 'Nordlys Energi AS');
    await expect.poll(() => prompt(popup, 'strategy').innerText()).toContain(quote);
    expect(await prompt(popup, 'vision').innerText()).not.toContain(quote);
  });

  test('the full-page board opens on the popup’s company, wide, with the job ad unfolded', async () => {
    const popup = await openPopup(browser.session);
    await openCompany(popup, 'Nordlys Energi AS');
    const opened = browser.session.context.waitForEvent('page', (p) => p.url().includes('/board.html'));
    await popup.getByRole('button', { name: 'Open full page' }).click();
    const board = await opened;
    await board.locator('.board.wide .company-header h2', { hasText: 'Nordlys Energi AS' }).waitFor();
    expect(await board.locator('details.job-ad').getAttribute('open')).not.toBeNull();
    await expect.poll(() => board.locator('[data-prompt-id="vision"] textarea').inputValue()).toContain('jeg kan bidra med driftsdata');
  });
});
