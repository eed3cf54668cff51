import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { readStore, type Session, openTab, openPopup } from './browser';

/** Presses "Clip this page" and waits until the popup shows what came of it. */
export async function clickClip(popup: Page): Promise<string> {
  const button = popup.getByRole('button', { name: 'Clip this page' });
  await button.click();
  await popup.locator('button.primary[aria-busy="false"]').waitFor({ timeout: 20_000 });
  return (await popup.getByTestId('clip-status').innerText()).trim();
}

/** Waits for the stored clip of a URL to show up in the extension's IndexedDB. */
export async function waitForClip(popup: Page, url: string) {
  await expect.poll(async () => (await readStore(popup)).clips.find((clip) => clip.url === url), { timeout: 20_000 }).toBeTruthy();
  return (await readStore(popup)).clips.find((clip) => clip.url === url)!;
}

/** Opens a page in a normal tab, then the popup over it, and clips it. */
export async function clipPage(session: Session, url: string): Promise<{ page: Page; popup: Page; status: string }> {
  const page = await openTab(session, url);
  const popup = await openPopup(session);
  const status = await clickClip(popup);
  return { page, popup, status };
}

/** Shows a company on the popup's dashboard: it may already be on it (the page under it belongs there). */
export async function openCompany(popup: Page, name: string): Promise<void> {
  await popup.locator('.board[data-settled="true"]').waitFor();
  await popup.locator('.this-company, .company-list, .empty').first().waitFor();
  const heading = popup.locator('.this-company h2', { hasText: name });
  const listed = popup.locator('.company-list button', { hasText: name }).first();
  // The tab's own company may still be arriving (a clip just saved): wait for it or for its button, whichever shows.
  await heading.or(listed).first().waitFor();
  if (await heading.count()) return;
  await listed.click();
  await heading.waitFor();
}
