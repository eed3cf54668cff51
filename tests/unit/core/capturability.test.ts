// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { refusalForError, refusalForTab } from '../../../core/capture/capturability';

describe('which tabs can be clipped', () => {
  test('ordinary web pages that have loaded can be clipped', () => {
    expect(refusalForTab({ url: 'https://nordlys.no/', status: 'complete' }, false)).toBeUndefined();
  });

  test.each([
    ['chrome://settings/', 'browserPage'],
    ['about:blank', 'browserPage'],
    ['chrome-extension://abc/popup.html', 'browserPage'],
    ['view-source:https://a.no/', 'browserPage'],
    ['https://chromewebstore.google.com/detail/x', 'storePage'],
    ['https://chrome.google.com/webstore/category/extensions', 'storePage'],
    ['https://addons.mozilla.org/en-US/firefox/', 'storePage'],
  ])('%s is refused as %s', (url, reason) => {
    expect(refusalForTab({ url, status: 'complete' }, true)).toBe(reason);
  });

  test('a local file needs the user to allow file access first', () => {
    expect(refusalForTab({ url: 'file:///home/me/ad.html', status: 'complete' }, false)).toBe('fileAccess');
    expect(refusalForTab({ url: 'file:///home/me/ad.html', status: 'complete' }, true)).toBeUndefined();
  });

  test('a tab whose status is still loading is tried (the capture script checks the DOM); no tab at all is said plainly', () => {
    expect(refusalForTab({ url: 'https://a.no/', status: 'loading' }, false)).toBeUndefined();
    expect(refusalForTab(undefined, false)).toBe('noTab');
  });

  test('injection errors become reasons a user can act on', () => {
    expect(refusalForError('Error: Cannot access contents of url "https://a.no/report.pdf".', 'https://a.no/report.pdf')).toBe('pdfViewer');
    expect(refusalForError('Error: The extensions gallery cannot be scripted.')).toBe('storePage');
    expect(refusalForError('Error: Cannot access contents of url "file:///x.html".', 'file:///x.html')).toBe('fileAccess');
    expect(refusalForError('Error: Frame with ID 0 is showing error page')).toBe('errorPage');
    expect(refusalForError('Error: Cannot access a chrome:// URL')).toBe('browserPage');
    expect(refusalForError('Error: Cannot access contents of the page. Extension manifest must request permission to access the respective host.')).toBe('notAllowed');
  });
});
