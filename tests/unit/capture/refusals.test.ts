import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { capturePage } from '../../../content/capture-page';
import { refusalForError } from '../../../core/capture/capturability';
import { leftThePage, refusalForPage, refusalForSaveError } from '../../../core/capture/refusals';
import en from '../../../public/_locales/en/messages.json';
import nb from '../../../public/_locales/nb/messages.json';
import sv from '../../../public/_locales/sv/messages.json';

const fixture = (dir: string, name: string) => readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', dir, name), 'utf8');
const parse = (text: string, type: DOMParserSupportedType = 'text/html') => new DOMParser().parseFromString(text, type);

describe('pages with almost nothing to read are refused', () => {
  test.each([
    ['a four-word sign-in form', parse(fixture('hostile', 'sign-in.html'))],
    ['a frameset', parse(fixture('hostile', 'frameset.html'))],
    ['an SVG document', parse(fixture('hostile', 'image.svg'), 'image/svg+xml')],
  ])('%s', (_, doc) => {
    expect(refusalForPage(capturePage(doc, 'https://havbris.no/x'))).toBe('nearlyEmpty');
  });

  test('a page without an article but with 40 words of visible text is kept, and so is a short page with JSON-LD', () => {
    expect(refusalForPage(capturePage(parse(fixture('pages', 'nothing-readable.html')), 'https://fjordlaks.no/dashboard'))).toBeUndefined();
    const short = parse('<html><head><script type="application/ld+json">{"@type":"JobPosting","title":"Driftsingeniør"}</script></head><body><p>Søk her.</p></body></html>');
    expect(refusalForPage(capturePage(short, 'https://finn.no/job/1'))).toBeUndefined();
  });
});

describe('every failure says its own reason', () => {
  test('a tab that went elsewhere, or closed, while it was read', () => {
    expect(leftThePage('https://a.no/om', { url: 'https://b.no/' })).toBe(true);
    expect(leftThePage('https://a.no/om', undefined)).toBe(true);
    expect(leftThePage('https://a.no/om', { url: 'https://a.no/om#team' })).toBe(false);
    expect(refusalForError('Frame with ID 0 was removed.')).toBe('navigatedAway');
    expect(refusalForError('Cannot access contents of the page. Extension manifest must request permission to access the respective host.')).toBe('notAllowed');
  });

  test('only a real quota error blames the disk; a stack overflow is our error', () => {
    const quota = Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: Object.assign(new Error('full'), { name: 'QuotaExceededError' }) });
    expect(refusalForSaveError(quota)).toBe('saveFailed');
    expect(refusalForSaveError(new RangeError('Maximum call stack size exceeded'))).toBe('processingFailed');
  });

  test('each reason has its own message in English, Norwegian and Swedish', () => {
    const reasons = ['nearlyEmpty', 'navigatedAway', 'tookTooLong', 'readFailed', 'interrupted', 'processingFailed', 'saveFailed', 'nothingCaptured', 'notAllowed'];
    for (const messages of [en, nb, sv] as Array<Record<string, { message: string }>>) {
      const texts = reasons.map((reason) => messages[`refusal_${reason}`]?.message);
      expect(texts.every(Boolean)).toBe(true);
      expect(new Set(texts).size).toBe(reasons.length);
      expect(messages['clipOverBudget']?.message).toBeTruthy();
    }
    expect(en.refusal_processingFailed.message).not.toMatch(/disk may be full/);
  });
});
