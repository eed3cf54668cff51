// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { extractJobAd, type JobAd } from '../../../core/jobad';
import { pageInput } from './page-input';

/**
 * The visible page beats structured data the board left behind when it updated the page (the tenth held-out set):
 * a JSON-LD deadline long past while the page now says it stays open until filled goes; a JSON-LD whose deadline is
 * earlier than the one the page shows gives way to the page's hours as well. In English, Norwegian and Swedish.
 */

const READ_ON = '2026-12-01';
const ad = (html: string): JobAd | null => extractJobAd(pageInput(html, 'https://jobs.example.org/posting/42', READ_ON).input);

const page = (lang: string, ld: Record<string, unknown>, body: string): string => `<!doctype html><html lang="${lang}"><head>
<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Engineer', datePosted: '2026-08-14', hiringOrganization: { '@type': 'Organization', name: 'Tidewell Labs' }, ...ld })}</script>
</head><body><main><h1>Engineer</h1>${body}</main></body></html>`;

const lists = {
  en: '<h2>What you will do</h2><ul><li>Build the API</li><li>Run the database</li></ul><h2>Requirements</h2><ul><li>Five years of Go</li></ul>',
  nb: '<h2>Arbeidsoppgaver</h2><ul><li>Pasientbehandling</li><li>Dokumentasjon</li></ul><h2>Kvalifikasjoner</h2><ul><li>Autorisasjon</li></ul>',
  sv: '<h2>Arbetsuppgifter</h2><ul><li>Dialysbehandling</li><li>Journalföring</li></ul><h2>Vi söker dig som</h2><ul><li>Är legitimerad</li></ul>',
};

describe('a past structured deadline on a page that now stays open until filled', () => {
  test.each([
    ['en', lists.en, '<p>We review applications every Friday until the role is filled.</p>'],
    ['nb', lists.nb, '<p>Vi intervjuer fortløpende, og stillingen står åpen til stillingen er besatt.</p>'],
    ['sv', lists.sv, '<p>Vi går igenom ansökningarna varje vecka tills tjänsten är tillsatt.</p>'],
  ])('%s: no deadline', (lang, body, open) => {
    const got = ad(page(lang, { validThrough: '2026-09-30' }, body + open));
    expect(got?.validThrough).toBeUndefined();
  });

  test.each([
    ['en', lists.en, '<p>We review applications every Friday until the role is filled.</p>', '2027-01-31'],
    ['nb', lists.nb, '<p>Vi ansetter til stillingen er besatt.</p>', '2027-02-15'],
    ['sv', lists.sv, '<p>Urvalet pågår tills tjänsten är tillsatt.</p>', '2027-01-08'],
  ])('%s: a structured deadline still ahead stands', (lang, body, open, through) => {
    expect(ad(page(lang, { validThrough: through }, body + open))?.validThrough).toBe(through);
  });

  test.each([
    ['en', lists.en],
    ['nb', lists.nb],
    ['sv', lists.sv],
  ])('%s: a past structured deadline on a page that says nothing else stands (an old ad read later)', (lang, body) => {
    expect(ad(page(lang, { validThrough: '2026-09-30' }, body))?.validThrough).toBe('2026-09-30');
  });
});

describe('a structured deadline earlier than the one shown: the page’s hours stand too', () => {
  test.each([
    ['nb', '<div><span>Stilling</span> <span>Fast, 75 %</span></div><div><span>Søknadsfrist</span> <span>20.01.2027</span></div>', 'PART_TIME'],
    ['sv', '<div><span>Omfattning</span> <span>Deltid 90 %</span></div><div><span>Sista ansökningsdag</span> <span>24 januari 2027</span></div>', 'PART_TIME'],
    ['en', '<div><span>Hours</span> <span>Full time</span></div><div><span>Closing date</span> <span>18 January 2027</span></div>', 'FULL_TIME'],
  ])('%s: the page’s hours', (lang, facts, hours) => {
    const ldHours = hours === 'FULL_TIME' ? 'PART_TIME' : 'FULL_TIME';
    const got = ad(page(lang, { validThrough: '2026-10-30', employmentType: ldHours }, facts + lists[lang as 'en' | 'nb' | 'sv']));
    expect(got?.employmentType).toContain(hours);
    expect(got?.employmentType).not.toContain(ldHours);
  });

  test.each([
    ['nb', '<div><span>Søknadsfrist</span> <span>20.01.2027</span></div>'],
    ['sv', '<div><span>Sista ansökningsdag</span> <span>24 januari 2027</span></div>'],
    ['en', '<div><span>Closing date</span> <span>18 January 2027</span></div>'],
  ])('%s: a page that shows no hours keeps the structured ones', (lang, facts) => {
    const got = ad(page(lang, { validThrough: '2026-10-30', employmentType: 'FULL_TIME' }, facts + lists[lang as 'en' | 'nb' | 'sv']));
    expect(got?.employmentType).toEqual(['FULL_TIME']);
  });
});
