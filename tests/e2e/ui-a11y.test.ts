import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openPopup, readStore } from './browser';
import { useBrowser } from './fixture';
import { clipPage, openCompany } from './popup';
import { axeViolations, COLOUR_RULES, openAllSections, openFullBoard, openSidePanel, showCompany, showView } from './ui';

const browser = useBrowser();

/** Every rule in light; in dark, the rules that depend on colour (the dark scheme changes colours only). */
async function bothSchemes(page: Page): Promise<Record<string, string[]>> {
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await axeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  return { light, dark: await axeViolations(page, COLOUR_RULES) };
}

const NONE = { light: [], dark: [] };

describe('accessibility: axe-core finds nothing, in light and dark', () => {
  test('the popup dashboard, the side panel, the full board and the reader', async () => {
    await clipPage(browser.session, browser.page('board-ad.html'));
    await clipPage(browser.session, browser.page('skogsjo-om.html'));
    const { popup } = await clipPage(browser.session, browser.page('nordlys-about.html'));
    await openCompany(popup, 'Nordlys Energi AS');
    expect(await bothSchemes(popup)).toEqual(NONE);

    const panel = await openSidePanel(browser.session);
    await showCompany(panel, 'Nordlys Energi AS');
    await openAllSections(panel);
    expect(await bothSchemes(panel)).toEqual(NONE);

    const company = (await readStore(panel)).companies.find((c) => c.name === 'Nordlys Energi AS')!;
    const board = await openFullBoard(browser.session, `#company=${company.id}&view=prep`);
    await board.locator('[data-prompt-id="vision"]').waitFor();
    expect(await bothSchemes(board)).toEqual(NONE);
    await showView(board, 'Job ad and clips');
    expect(await bothSchemes(board)).toEqual(NONE);
    await board.getByRole('button', { name: /Om Nordlys Energi/ }).click();
    await board.getByTestId('clip-content').waitFor();
    expect(await bothSchemes(board)).toEqual(NONE);

    const list = await openFullBoard(browser.session);
    await list.locator('.company-list').waitFor();
    expect(await bothSchemes(list)).toEqual(NONE);
    // The scan does see these pages: a button without a name is reported.
    await list.evaluate(() => document.querySelector('main')!.append(document.createElement('button')));
    expect((await axeViolations(list)).join('\n')).toContain('button-name');
    // … and the dark scan sees colour: text in the dark surface's own colour is reported.
    await list.evaluate(() => {
      const faint = document.createElement('p');
      faint.textContent = 'Faint text';
      faint.style.color = 'var(--surface)';
      document.querySelector('main')!.append(faint);
    });
    expect((await axeViolations(list, COLOUR_RULES)).join('\n')).toContain('color-contrast');
    // axe-core is thorough and this machine is shared: five full scans and five of colour get their own time limit.
  }, 480_000);
});

describe('the keyboard', () => {
  test('reaches Pin from the top of the board, and the focus stays in the list after pinning', async () => {
    const company = (await readStore(await openPopup(browser.session))).companies.find((c) => c.name === 'Nordlys Energi AS')!;
    const board = await openFullBoard(browser.session, `#company=${company.id}&view=prep`);
    const vision = board.locator('[data-prompt-id="vision"]');
    await vision.locator('.prep-evidence li').first().waitFor();
    const firstSentence = (await vision.locator('.prep-evidence blockquote').first().innerText()).trim();

    let label = '';
    for (let presses = 0; presses < 80 && !label.startsWith('Pin:'); presses += 1) {
      await board.keyboard.press('Tab');
      label = (await board.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '')) || '';
    }
    expect(label).toMatch(/^Pin: /);
    await board.keyboard.press('Enter');
    await expect.poll(() => vision.locator('.prep-pinned').innerText()).toContain(firstSentence);
    await expect.poll(() => board.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '')).toMatch(/^Pin: /);
    const focusedIn = await board.evaluate(() => document.activeElement?.closest('[data-prompt-id]')?.getAttribute('data-prompt-id'));
    expect(focusedIn).toBe('vision');
  });

  test('after Clip the focus is still on the clip button', async () => {
    const page = await browser.session.context.newPage();
    await page.goto(browser.page('skogsjo-om.html'));
    await page.bringToFront();
    const popup = await openPopup(browser.session);
    const button = popup.getByRole('button', { name: /Clip this page/ });
    await button.focus();
    await popup.keyboard.press('Enter');
    await popup.getByTestId('clip-status').waitFor();
    expect(await popup.evaluate(() => document.activeElement?.classList.contains('primary'))).toBe(true);
  });
});
