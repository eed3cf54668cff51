import { countWords } from './clip-url';
import type { CaptureRefusal } from './capturability';
import type { CapturedPage } from '../model';

/** Below this many words, and with no structured data, a page holds nothing worth keeping. */
export const MIN_WORDS = 40;

/** A page that was read but is not worth storing: a sign-in form, a frameset, an SVG image. */
export function refusalForPage(page: CapturedPage): CaptureRefusal | undefined {
  const structured = page.jsonLd.length > 0 || page.microdata.length > 0;
  return !structured && countWords(page.textContent) < MIN_WORDS ? 'nearlyEmpty' : undefined;
}

/** The URL without its fragment: a jump within the page is not leaving it. */
const withoutHash = (url: string | undefined) => url?.replace(/#.*$/, '');

/** True when the tab is gone or shows another page than the one the clip started on. */
export function leftThePage(before: string | undefined, after: { url?: string } | undefined): boolean {
  if (!after) return true;
  return before !== undefined && withoutHash(after.url) !== withoutHash(before);
}

/** Storage that is full says so; anything else that fails while a clip is analysed or stored is our error, not the disk's. */
export function refusalForSaveError(error: unknown): CaptureRefusal {
  const names: string[] = [];
  for (let e = error as { name?: unknown; inner?: unknown } | undefined, i = 0; e && i < 5; e = e.inner as typeof e, i += 1) {
    names.push(String(e.name ?? ''));
  }
  return names.includes('QuotaExceededError') || /quota/i.test(String(error)) ? 'saveFailed' : 'processingFailed';
}

