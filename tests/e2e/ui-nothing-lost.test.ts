import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { readStore } from './browser';
import { useBrowser } from './fixture';
import { clipPage } from './popup';
import { openAllSections, openFullBoard, openSidePanel, showCompany } from './ui';

const browser = useBrowser();
const answer = (page: Page, id: string) => page.locator(`[data-prompt-id="${id}"] textarea`).first();

async function panelOn(name: string): Promise<Page> {
  const panel = await openSidePanel(browser.session);
  await showCompany(panel, name);
  await openAllSections(panel);
  return panel;
}

describe('nothing the user types is lost', () => {
  test('typing and closing the side panel at once keeps every word', async () => {
    await clipPage(browser.session, browser.page('nordlys-about.html'));
    let panel = await panelOn('Nordlys Energi AS');
    await answer(panel, 'why-you').click();
    await panel.keyboard.type('Jeg har drevet vindparker i fem år');
    await panel.close();

    panel = await panelOn('Nordlys Energi AS');
    await expect.poll(() => answer(panel, 'why-you').inputValue()).toBe('Jeg har drevet vindparker i fem år');
  });

  test('a half-written improvement is still there after closing the panel', async () => {
    let panel = await panelOn('Nordlys Energi AS');
    const form = panel.locator('.prep-do-better form').last();
    await form.getByRole('textbox', { name: 'What you noticed' }).click();
    await panel.keyboard.type('Karrieresiden er vanskelig å finne');
    await panel.close();

    panel = await panelOn('Nordlys Energi AS');
    const again = panel.locator('.prep-do-better form').last();
    await expect.poll(() => again.getByRole('textbox', { name: 'What you noticed' }).inputValue()).toBe('Karrieresiden er vanskelig å finne');
  });

  test('two views of one answer: the later edit wins, and the other view says so with its text one click away', async () => {
    const panel = await panelOn('Nordlys Energi AS');
    const company = (await readStore(panel)).companies.find((c) => c.name === 'Nordlys Energi AS')!;
    const board = await openFullBoard(browser.session, `#company=${company.id}&view=prep`);
    await openAllSections(board);

    await answer(panel, 'vision').fill('Ren kraft – skrevet i panelet');
    await expect.poll(() => answer(board, 'vision').inputValue()).toBe('Ren kraft – skrevet i panelet');
    await answer(board, 'vision').fill('Ren kraft – skrevet på tavlen');

    await expect.poll(() => answer(panel, 'vision').inputValue()).toBe('Ren kraft – skrevet på tavlen');
    const notice = panel.locator('[data-prompt-id="vision"] .changed-elsewhere');
    expect(await notice.innerText()).toContain('This answer was changed in another window');
    await notice.getByText('Show what you had written here').click();
    expect(await notice.innerText()).toContain('Ren kraft – skrevet i panelet');
    expect(await board.locator('[data-prompt-id="vision"] .changed-elsewhere').count(), 'the view that won shows no warning').toBe(0);
  });

  test('Dismiss can be undone, and dismissed sentences can be shown again', async () => {
    const panel = await panelOn('Nordlys Energi AS');
    const vision = panel.locator('[data-prompt-id="vision"]');
    const first = (await vision.locator('.prep-evidence blockquote').first().innerText()).trim();
    await vision.getByRole('button', { name: /^Dismiss: / }).first().click();
    await expect.poll(() => vision.locator('.prep-evidence').first().innerText()).not.toContain(first);
    await vision.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => vision.locator('.prep-evidence').first().innerText()).toContain(first);

    await vision.getByRole('button', { name: /^Dismiss: / }).first().click();
    await vision.getByRole('button', { name: '1 dismissed – show' }).click();
    await vision.getByRole('button', { name: /^Show again: / }).click();
    await expect.poll(() => vision.locator('.prep-evidence').first().innerText()).toContain(first);
  });
});
