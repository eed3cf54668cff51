/** Why a tab cannot be clipped. Each has a plain-words message in `_locales`. */
export type CaptureRefusal =
  | 'noTab'
  | 'browserPage'
  | 'storePage'
  | 'pdfViewer'
  | 'fileAccess'
  | 'stillLoading'
  | 'errorPage'
  | 'notAllowed'
  | 'nothingCaptured'
  | 'nearlyEmpty'
  | 'navigatedAway'
  | 'tookTooLong'
  | 'readFailed'
  | 'interrupted'
  | 'processingFailed'
  | 'saveFailed';

const BROWSER_SCHEMES = ['chrome:', 'chrome-extension:', 'moz-extension:', 'about:', 'edge:', 'brave:', 'opera:', 'vivaldi:', 'devtools:', 'view-source:', 'chrome-search:', 'chrome-untrusted:', 'data:', 'blob:', 'javascript:'];
const STORE_PAGES = [/^https:\/\/chromewebstore\.google\.com\//, /^https:\/\/chrome\.google\.com\/webstore/, /^https:\/\/microsoftedge\.microsoft\.com\/addons/, /^https:\/\/addons\.mozilla\.org\//];

export interface TabLike {
  url?: string;
  status?: string;
}

/** Refuses tabs that can be recognised as unclippable before anything is injected. */
export function refusalForTab(tab: TabLike | undefined, fileAccessAllowed: boolean): CaptureRefusal | undefined {
  if (!tab) return 'noTab';
  const url = tab.url ?? '';
  // Without host access Chromium hides the URL of most tabs; activeTab reveals it after a gesture.
  // A tab whose status is still "loading" may well be readable: the capture script checks the DOM.
  if (!url) return undefined;
  if (STORE_PAGES.some((re) => re.test(url))) return 'storePage';
  if (BROWSER_SCHEMES.some((scheme) => url.startsWith(scheme))) return 'browserPage';
  if (url.startsWith('file:') && !fileAccessAllowed) return 'fileAccess';
  if (/^[a-z-]+:/i.test(url) && !/^(https?|file):/i.test(url)) return 'browserPage';
  return undefined;
}

/** Maps the browser's injection error to a reason a user can act on. */
export function refusalForError(message: string, url = ''): CaptureRefusal {
  if (/\.pdf($|[?#])/i.test(url) || /pdf/i.test(message)) return 'pdfViewer';
  if (/extensions gallery|web store|cannot be scripted/i.test(message)) return 'storePage';
  if (url.startsWith('file:') || /"file:/i.test(message)) return 'fileAccess';
  if (/chrome:\/\/|chrome-extension:|about:|edge:\/\/|privileged|restricted/i.test(message)) return 'browserPage';
  if (/error page/i.test(message)) return 'errorPage';
  if (/frame (with id \d+ )?was removed|navigat|No tab with id|tab was closed/i.test(message)) return 'navigatedAway';
  if (/No frame|No tab/i.test(message)) return 'noTab';
  return 'notAllowed';
}
