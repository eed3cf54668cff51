import { browser, type Browser } from 'wxt/browser';
import type { CaptureOutcome } from '../model';
import { getDb } from '../db/schema';
import type { ClipResult } from '../messaging/protocol';
import { refusalForError, refusalForTab } from './capturability';
import { saveCapture, type SavedCapture } from './save-capture';

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
  const [injection] = await browser.scripting.executeScript({
    target: { tabId },
    files: ['/capture.js'],
    // Without this the browser waits for the page to finish loading, however long that takes.
    injectImmediately: true,
  });
  return injection?.result as CaptureOutcome | undefined;
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
  let page: CaptureOutcome | undefined;
  try {
    page = await inject(tab.id);
  } catch (error) {
    console.warn('Round Two could not capture the tab:', error);
    flashBadge(tab.id, false);
    return { ok: false, reason: refusalForError(String(error), tab.url) };
  }
  if (!page || 'stillLoading' in page || !page.metadata) {
    flashBadge(tab.id, false);
    return { ok: false, reason: page && 'stillLoading' in page ? 'stillLoading' : 'nothingCaptured' };
  }
  let saved: SavedCapture;
  try {
    saved = await saveCapture(getDb(), page);
  } catch (error) {
    console.error('Round Two could not store the clip:', error);
    flashBadge(tab.id, false);
    return { ok: false, reason: 'saveFailed' };
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
  };
}
