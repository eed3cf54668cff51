import { describe, expect, test } from 'vitest';
import { openPopup, readStore } from './browser';
import { useBrowser } from './fixture';
import { clipPage, openCompany } from './popup';
import { openAllSections, openFullBoard, openSidePanel, showCompany, showView } from './ui';

const browser = useBrowser();

describe('nothing is sent anywhere', () => {
  test('opening every view of a clip with images makes zero requests to the clipped site', async () => {
    const url = browser.page('havbris-om.html');
    const { page, popup } = await clipPage(browser.session, url);
    await popup.close();
    await page.close();
    const company = (await readStore(await openPopup(browser.session))).companies.find((c) => c.name === 'Havbris AS')!;
    browser.server.requests.length = 0;

    const dashboard = await openPopup(browser.session);
    await openCompany(dashboard, 'Havbris AS');

    const panel = await openSidePanel(browser.session);
    await showCompany(panel, 'Havbris AS');
    await openAllSections(panel);
    await showView(panel, 'Job ad and clips');
    await panel.getByRole('button', { name: /Om Havbris/ }).click();
    await expect.poll(() => panel.getByTestId('clip-content').innerText()).toContain('Image: Teamet på kaia i Bodø');

    const board = await openFullBoard(browser.session, `#company=${company.id}&view=prep`);
    await openAllSections(board);
    await board.getByRole('link', { name: 'Job ad and clips' }).click();
    await board.getByRole('button', { name: /Om Havbris/ }).click();
    const content = board.getByTestId('clip-content');
    await expect.poll(() => content.innerText()).toContain('Image: En turbin i solnedgang');
    expect(await content.locator('img').count()).toBe(0);
    expect(await board.getByText(/Images are not loaded here, so opening a clip sends nothing to 127\.0\.0\.1/).count()).toBe(1);
    for (const view of [dashboard, panel, board]) await view.waitForLoadState('networkidle');

    expect(browser.server.requests).toEqual([]);
  });

  test('the extension pages’ CSP blocks a remote image even if one were rendered', async () => {
    const board = await openFullBoard(browser.session);
    browser.server.requests.length = 0;
    const outcome = await board.evaluate(
      (src) =>
        new Promise<string>((resolve) => {
          const img = document.createElement('img');
          img.onload = () => resolve('loaded');
          img.onerror = () => resolve('blocked');
          img.src = src;
          document.body.append(img);
        }),
      browser.page('havbris-team.jpg'),
    );
    expect(outcome).toBe('blocked');
    expect(browser.server.requests).toEqual([]);
  });
});
