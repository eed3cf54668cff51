import { browser, type Browser } from 'wxt/browser';
import type { CaptureOutcome } from '../model';
import { getDb } from '../db/schema';
import type { ClipResult } from '../messaging/protocol';
import { refusalForError, refusalForTab, type CaptureRefusal } from './capturability';
import { leftThePage, refusalForPage, refusalForSaveError } from './refusals';
import { saveCapture, type SavedCapture } from './save-capture';

/** A capture that has not answered by then never will: the page's tab is frozen. */
export const HANG_LIMIT_MS = 45_000;
class NoAnswer extends Error {}

/** The tab the user is looking at: the active tab of the last focused normal window. */
export async function activeTab(): Promise<Browser.tabs.Tab | undefined> {
  try {
    const win = await browser.windows.getLastFocused({ populate: true, windowTypes: ['normal'] });
    return win.tabs?.find((tab) => tab.active);
  } catch {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab;
  }
}

async function inject(tabId: number): Promise<CaptureOutcome | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const injected = browser.scripting.executeScript({
    target: { tabId },
    files: ['/capture.js'],
    // Without this the browser waits for the page to finish loading, however long that takes.
    injectImmediately: true,
  });
  const hung = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new NoAnswer()), HANG_LIMIT_MS)));
  try {
    const [injection] = await Promise.race([injected, hung]);
    return injection?.result as CaptureOutcome | undefined;
  } finally {
    clearTimeout(timer);
  }
}

/** Why the capture script gave no page: the tab left the page, or the browser would not let it run. */
async function refusalForMissingPage(tab: Browser.tabs.Tab & { id: number }, error?: unknown): Promise<CaptureRefusal> {
  if (error instanceof NoAnswer) return 'tookTooLong';
  const now = await browser.tabs.get(tab.id).catch(() => undefined);
  if (leftThePage(tab.url, now)) return 'navigatedAway';
  return error === undefined ? 'nothingCaptured' : refusalForError(String(error), tab.url);
}

/** A mark on the toolbar button for a moment; feedback for the shortcut and the menu, where no popup is open. */
function flashBadge(tabId: number | undefined, ok: boolean): void {
  if (tabId === undefined) return;
  const action = browser.action ?? browser.browserAction;
  const clear = () => void action.setBadgeText({ tabId, text: '' }).catch(() => undefined);
  void Promise.all([
    action.setBadgeBackgroundColor({ tabId, color: ok ? '#2f7d4f' : '#b3261e' }),
    action.setBadgeText({ tabId, text: ok ? '✓' : '!' }),
  ])
    .then(() => setTimeout(clear, 2500))
    .catch(() => undefined);
}

/** Clips a tab: checks it can be clipped, injects the capture script, stores the result. */
export async function clipTab(tab: Browser.tabs.Tab | undefined): Promise<ClipResult> {
  const fileAccess = tab?.url?.startsWith('file:') ? await browser.extension.isAllowedFileSchemeAccess().catch(() => false) : false;
  const refusal = refusalForTab(tab, fileAccess);
  if (refusal || tab?.id === undefined) {
    flashBadge(tab?.id, false);
    return { ok: false, reason: refusal ?? 'noTab' };
  }
  const refuse = (reason: CaptureRefusal): ClipResult => (flashBadge(tab.id, false), { ok: false, reason });
  const target = tab as Browser.tabs.Tab & { id: number };
  let page: CaptureOutcome | undefined;
  try {
    page = await inject(target.id);
  } catch (error) {
    console.warn('Round Two could not capture the tab:', error);
    return refuse(await refusalForMissingPage(target, error));
  }
  if (page && 'stillLoading' in page) return refuse('stillLoading');
  if (page && 'readFailed' in page) {
    console.warn('Round Two could not read the page:', page.readFailed);
    return refuse('readFailed');
  }
  if (!page?.metadata) return refuse(await refusalForMissingPage(target));
  const empty = refusalForPage(page);
  if (empty) return refuse(empty);
  let saved: SavedCapture;
  try {
    saved = await saveCapture(getDb(), page);
  } catch (error) {
    console.error('Round Two could not store the clip:', error);
    return refuse(refusalForSaveError(error));
  }
  const { clip, company, updated } = saved;
  flashBadge(tab.id, true);
  return {
    ok: true,
    clipId: clip.id,
    companyId: company.id,
    title: clip.title,
    method: clip.method,
    updated,
    truncated: clip.truncated,
    ...(page.overBudget ? { overBudget: true } : {}),
  };
}
