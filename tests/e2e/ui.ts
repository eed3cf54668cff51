import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import type { Session } from './browser';

/**
 * Opens the side panel's page in a window of its own beside the browser window, as the side panel
 * shows it: the active tab of the normal window stays the page the user reads.
 */
export async function openSidePanel(session: Session): Promise<Page> {
  const url = `chrome-extension://${session.extensionId}/sidepanel.html`;
  const opened = session.context.waitForEvent('page', (page) => page.url().startsWith(url));
  await session.worker.evaluate((panelUrl) => chrome.windows.create({ url: panelUrl, type: 'popup', width: 420, height: 900, focused: false }), url);
  const panel = await opened;
  await panel.setViewportSize({ width: 400, height: 860 });
  await panel.waitForLoadState('domcontentloaded');
  await panel.locator('.board[data-settled="true"]').waitFor();
  return panel;
}

/** The full board in a tab, at a view (`#company=<id>&view=<view>`) or on the company list. */
export async function openFullBoard(session: Session, hash = ''): Promise<Page> {
  const board = await session.context.newPage();
  await board.setViewportSize({ width: 1280, height: 800 });
  await board.goto(`chrome-extension://${session.extensionId}/board.html${hash}`);
  await board.locator('.board[data-settled="true"]').waitFor();
  return board;
}

/** Shows a company on the side panel or the full board, from wherever the page is. */
export async function showCompany(page: Page, name: string): Promise<void> {
  await page.locator('.company-header h2, .company-list, .empty').first().waitFor();
  const heading = page.locator('.company-header h2', { hasText: name });
  if (await heading.count()) return;
  if (await page.locator('.company-header').count()) await page.locator('header button.link').first().click();
  await page.locator('.company-list button', { hasText: name }).first().click();
  await heading.waitFor();
}

/** Shows one of the company's views by its navigation link. */
export async function showView(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: label, exact: true }).click();
  await page.locator('nav.views a[aria-current="page"]', { hasText: label }).waitFor();
}

/** Opens every prep section, as a user unfolding them would. */
export async function openAllSections(page: Page): Promise<void> {
  await page.locator('.prep-section').first().waitFor();
  const closed = page.locator('.prep-section-heading button[aria-expanded="false"]');
  while (await closed.count()) await closed.first().click();
}

/** axe-core's WCAG 2.x A/AA rules on the page as it is now: the violations, each with where it was seen. */
/** The rules whose verdict depends on colour: all a dark scheme changes (components/styles.css swaps colour variables only). */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

export async function axeViolations(page: Page, onlyRules?: readonly string[]): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const result = await (onlyRules ? builder.withRules([...onlyRules]) : builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])).analyze();
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
