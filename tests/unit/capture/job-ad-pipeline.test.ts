import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { capturePage } from '../../../content/capture-page';
import { readJobAd } from '../../../core/capture/analyse';
import { clipUrl } from '../../../core/capture/clip-url';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'jobads');
const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

interface Expected {
  url: string;
  jobAd: null | { title: string; locations?: unknown[]; validThrough?: string; requirements?: { must: string[] }; responsibilities?: string[] };
  /** Fields the page is known to get wrong today (see tests/fixtures/jobads/PROVENANCE.md). */
  knownMisses?: string[];
}

/** The day the pages are read (1 December 2026): a date without a year on a page without one of its own is the next after it. */
const READ_AT = Date.UTC(2026, 11, 1);

// The golden tests check the extractor on whole pages; this checks what the real capture path
// (Readability's article plus the page's short fact blocks) gives it.
describe('job ads through the capture path', () => {
  test.each(cases)('%s: the stored ad has the fields a user looks for', (name) => {
    const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as Expected;
    const html = readFileSync(join(FIXTURES, name, 'page.html'), 'utf8');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const page = capturePage(doc, expected.url, {}, READ_AT);
    const jobAd = readJobAd(page, clipUrl(page.metadata.canonicalUrl));
    if (!expected.jobAd) {
      expect(jobAd).toBeUndefined();
      return;
    }
    const known = new Set(expected.knownMisses ?? []);
    if (known.has('detected')) return;
    if (!known.has('title')) expect(jobAd?.title).toBe(expected.jobAd.title);
    if (!known.has('locations')) expect(jobAd?.locations.length ?? 0).toBe(expected.jobAd.locations?.length ?? 0);
    if (!known.has('validThrough')) expect(jobAd?.validThrough).toBe(expected.jobAd.validThrough);
    if (!known.has('requirements')) expect(jobAd?.requirements.must.length).toBe(expected.jobAd.requirements?.must.length ?? 0);
    if (!known.has('responsibilities')) expect(jobAd?.responsibilities.length).toBe(expected.jobAd.responsibilities?.length ?? 0);
  });
});
