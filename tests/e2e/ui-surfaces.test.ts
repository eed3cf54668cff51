import { describe, expect, test } from 'vitest';
import { openPopup, openTab, readStore } from './browser';
import { useBrowser } from './fixture';
import { clipPage, openCompany } from './popup';
import { openAllSections, openFullBoard, openSidePanel, showCompany, showView } from './ui';

const browser = useBrowser();

describe('the popup is a dashboard', () => {
  test('fits 400×600 without scrolling, with this tab’s company: status, role, readiness, what is left, and the ways on', async () => {
    for (const name of ['skogsjo-om.html', 'hostile.html', 'nothing-readable.html', 'havbris-om.html', 'nordlys-about.html']) {
      await clipPage(browser.session, browser.page(name));
    }
    const { popup } = await clipPage(browser.session, browser.page('board-ad.html'));
    await openCompany(popup, 'Nordlys Energi AS');
    const card = popup.locator('.this-company');
    const text = await card.innerText();
    expect(text).toContain('Researching');
    expect(text).toContain('Driftsingeniør vindkraft');
    expect(text).toMatch(/0 of \d+ prompts answered/);
    expect(await card.locator('ul.left li').count()).toBe(3);
    for (const name of ['Open side panel', 'Open full board']) expect(await card.getByRole('button', { name }).count()).toBe(1);
    expect(await card.getByRole('link', { name: 'Briefing' }).getAttribute('href')).toMatch(/^briefing\.html#company=/);
    expect(await popup.locator('.company-list li').count()).toBe(3);
    expect(await popup.locator('.prep-prompt').count(), 'no long prompt list in the popup').toBe(0);
    await popup.setViewportSize({ width: 400, height: 600 });
    const size = await popup.evaluate(() => ({
      content: Math.ceil(document.querySelector('.board')!.getBoundingClientRect().height),
      scroll: document.documentElement.scrollHeight,
      width: document.documentElement.scrollWidth,
    }));
    expect(size.content, 'the dashboard’s own height').toBeLessThanOrEqual(600);
    expect(size.scroll).toBeLessThanOrEqual(600);
    expect(size.width).toBeLessThanOrEqual(400);
  });

  test('“Open full board” opens the company on the full board', async () => {
    const popup = await openPopup(browser.session);
    await openCompany(popup, 'Nordlys Energi AS');
    const opened = browser.session.context.waitForEvent('page', (p) => p.url().includes('/board.html'));
    await popup.getByRole('button', { name: 'Open full board' }).click();
    const board = await opened;
    await board.locator('.board.wide .company-header h2', { hasText: 'Nordlys Energi AS' }).waitFor();
  });
});

describe('the full board', () => {
  test('uses its width: a navigation column beside the view', async () => {
    const board = await openFullBoard(browser.session);
    await showCompany(board, 'Nordlys Energi AS');
    const nav = await board.locator('nav.views').boundingBox();
    const view = await board.locator('.view').boundingBox();
    expect(view!.x).toBeGreaterThan(nav!.x + nav!.width);
    expect(view!.width).toBeGreaterThan(860);
  });

  test('every view has a URL, and Back returns to the previous view', async () => {
    const board = await openFullBoard(browser.session);
    await showCompany(board, 'Nordlys Energi AS');
    await showView(board, 'Job ad and clips');
    expect(board.url()).toMatch(/#company=[^&]+&view=clips$/);
    await board.getByRole('button', { name: /Om Nordlys Energi/ }).click();
    await board.getByTestId('clip-content').waitFor();
    expect(board.url()).toMatch(/&clip=/);
    await board.goBack();
    await board.locator('nav.views a[aria-current="page"]', { hasText: 'Job ad and clips' }).waitFor();
    await board.goBack();
    await board.locator('[data-prompt-id="vision"]').waitFor();
    await board.goBack();
    await board.locator('.company-list').waitFor();
  });
});

describe('the side panel', () => {
  test('shows the active tab’s company and follows tab switches', async () => {
    const skog = await openTab(browser.session, browser.page('skogsjo-om.html'));
    const panel = await openSidePanel(browser.session);
    await panel.locator('.company-header h2', { hasText: 'Skog & Sjö AB' }).waitFor();
    const nordlys = await openTab(browser.session, browser.page('nordlys-about.html'));
    await panel.locator('.company-header h2', { hasText: 'Nordlys Energi AS' }).waitFor();
    await skog.bringToFront();
    await panel.locator('.company-header h2', { hasText: 'Skog & Sjö AB' }).waitFor();
    await nordlys.close();
  });
});

describe('sizes', () => {
  test('answers, guidance and the reader are at least 14 px (Chromium’s 75 % on extension pages is overridden)', async () => {
    const company = (await readStore(await openPopup(browser.session))).companies.find((c) => c.name === 'Nordlys Energi AS')!;
    const board = await openFullBoard(browser.session, `#company=${company.id}&view=prep`);
    await openAllSections(board);
    const px = (selector: string) => board.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(await px('body')).toBeGreaterThanOrEqual(14);
    expect(await px('[data-prompt-id="vision"] textarea')).toBeGreaterThanOrEqual(14);
    expect(await px('.prep-guidance')).toBeGreaterThanOrEqual(14);
    expect(await px('.prep-evidence blockquote')).toBeGreaterThanOrEqual(14);
    await board.getByRole('link', { name: 'Job ad and clips' }).click();
    await board.getByRole('button', { name: /Om Nordlys Energi/ }).click();
    await board.getByTestId('clip-content').waitFor();
    expect(await px('[data-testid="clip-content"] p')).toBeGreaterThanOrEqual(14);

    const panel = await openSidePanel(browser.session);
    await showCompany(panel, 'Nordlys Energi AS');
    expect(await panel.locator('.prep textarea').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(14);
  });
});
