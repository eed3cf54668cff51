import { describe, expect, test } from 'vitest';
import { capturePage } from '../../../content/capture-page';
import { analyseCapture } from '../../../core/capture/analyse';
import { extractJobAd } from '../../../core/jobad';
import { findDate } from '../../../core/jobad/dates';
import { findDeadline } from '../../../core/jobad/deadline';
import { mailDate } from '../../../core/jobad/page-date';
import type { TextBlock } from '../../../core/model';
import { pageInput } from './page-input';

/**
 * Deadline classes every set has shown, in English, Norwegian and Swedish: a date with a day and a month
 * but no year is the next such day after the page's own date (a posted line, an email's "Date:", its
 * published time) or, where the page shows none, after the day it was read; a US page writes numeric
 * dates month-first; and the labels and sentences that name the last day to apply.
 */

const p = (text: string): TextBlock => ({ tag: 'p', text });

const ad = (body: string, lang: string, head = ''): string => `<!doctype html><html lang="${lang}"><head><title>Jobb</title>${head}</head>
<body><main><h1>Lagerarbetare</h1>${body}
<h2>Arbetsuppgifter</h2><ul><li>Plocka och packa order</li><li>Ta emot gods</li></ul>
<h2>Kvalifikationer</h2><ul><li>Truckkort</li><li>Noggrann</li></ul></main></body></html>`;

const deadline = (html: string, readOn?: string): string | undefined => extractJobAd(pageInput(html, 'https://jobs.example.org/1', readOn).input)?.validThrough;

describe('a deadline without a year', () => {
  test.each([
    ['sv', '<p>Publicerad 2026-11-30</p><p>Skicka CV och några rader om dig själv till kansli@example.se senast fredag den 15 januari.</p>', '2027-01-15'],
    ['nb', '<p>Publisert 20.11.2026</p><p>Send CV og attester til post@example.no senest 3. februar.</p>', '2027-02-03'],
    ['en', '<p>Posted 24 November 2026</p><p>Closing date: Monday 11th January.</p>', '2027-01-11'],
  ])('%s: is the next such day after the posted line', (lang, body, want) => {
    expect(deadline(ad(body, lang))).toBe(want);
  });

  test('the page’s own date comes before the day it was read', () => {
    expect(deadline(ad('<p>Publicerad 2026-03-01</p><p>Sista ansökningsdag: 15 mars</p>', 'sv'), '2026-12-01')).toBe('2026-03-15');
  });

  test.each([
    ['en', '<p>Subject: Jobs this week</p><p>Date: Thursday 3 December 2026</p>', '<p>Closing date: Monday 11th January.</p>', '2027-01-11'],
    ['nb', '<p>Emne: Ledige stillinger</p><p>Dato: 3. desember 2026</p>', '<p>Søknadsfrist: 11. januar</p>', '2027-01-11'],
    ['sv', '<p>Ämne: Veckans jobb</p><p>Datum: 3 december 2026</p>', '<p>Sista ansökningsdag: 11 januari</p>', '2027-01-11'],
  ])('%s: an email saved as a page dates it in its header', (lang, header, body, want) => {
    expect(deadline(ad(header + body, lang))).toBe(want);
  });

  test.each([
    ['en', [p('Start date: 3 December 2026')]],
    ['sv', [p('Datum: 3 december 2026')]],
    ['nb', [p('Fra: Hanne'), p('Tiltredelse: 3. desember 2026')]],
  ])('%s: without an email header, or with no "Date:" line, there is no mail date', (_lang, blocks) => {
    expect(mailDate(blocks)).toBeUndefined();
  });

  test('a published time in the page’s metadata dates it', () => {
    const head = '<meta property="article:published_time" content="2026-11-28T08:00:00+01:00">';
    expect(deadline(ad('<p>Søknadsfrist: 15. januar</p>', 'nb', head))).toBe('2027-01-15');
  });

  test.each([
    ['nb', '<p>Søknadsfrist: 15. januar</p>', '2027-01-15'],
    ['sv', '<p>Sista ansökningsdag: 15 januari</p>', '2027-01-15'],
    ['en', '<p>Closing date: 15 January</p>', '2027-01-15'],
  ])('%s: on a page without a date of its own, is the next after the day it was read', (lang, body, want) => {
    expect(deadline(ad(body, lang), '2026-12-01')).toBe(want);
    // Nobody said when it was read: no year, no date.
    expect(deadline(ad(body, lang))).toBeUndefined();
  });

  test('a capture carries the day it was read into the ad, and an older capture without one is read on the day it is analysed', () => {
    const doc = new DOMParser().parseFromString(ad('<p>Sista ansökningsdag: 15 januari</p>', 'sv'), 'text/html');
    const page = capturePage(doc, 'https://jobs.example.org/1', {}, Date.UTC(2027, 1, 1));
    expect(analyseCapture(page, 'https://jobs.example.org/1').jobAd?.validThrough).toBe('2028-01-15');
    const { capturedAt: _, ...older } = page;
    expect(analyseCapture(older, 'https://jobs.example.org/1', Date.UTC(2026, 11, 1)).jobAd?.validThrough).toBe('2027-01-15');
  });
});

describe('a US page writes numeric dates month-first', () => {
  test('01/12/2027 is 12 January on an en-US page, 1 December elsewhere', () => {
    const body = '<p>Applications will be accepted through 01/12/2027.</p>';
    expect(deadline(ad(body, 'en-US'))).toBe('2027-01-12');
    expect(deadline(ad(body, 'en-GB'))).toBe('2027-12-01');
  });

  test.each([
    ['13/01/2027', '2027-01-13'],
    ['01.12.2027', '2027-12-01'],
    ['2027-01-12', '2027-01-12'],
  ])('%s cannot be, or is not written, month-first: %s', (text, want) => {
    expect(findDate(text, undefined, true)).toBe(want);
  });
});

describe('labels and sentences that name the last day to apply', () => {
  test.each([
    ['en', [p('Last application date'), p('31/01/2027')], '2027-01-31'],
    ['en', [p('Applications are accepted until 29 January 2027.')], '2027-01-29'],
    ['en', [p('Please email your CV to jobs@example.org by Friday 22 January 2027.')], '2027-01-22'],
    ['nb', [p('Siste søknadsdag: 20.01.2027')], '2027-01-20'],
    ['nb', [p('Send CV og vitnemål til post@example.no innen 18. januar 2027.')], '2027-01-18'],
    ['sv', [p('Mejla CV och personligt brev till jobb@example.se senast den 22 januari 2027.')], '2027-01-22'],
    ['sv', [p('Ansökningar tas emot till och med 17 januari 2027.')], '2027-01-17'],
  ])('%s: %j', (_lang, blocks, want) => {
    expect(findDeadline(blocks).date).toBe(want);
  });

  test.each([
    ['en', [p('Type of contract'), p('Temporary (01/04/2027 - 31/10/2027)')]],
    ['en', [p('Send your CV by email. Interviews are held on 12 January 2027.')]],
    ['nb', [p('Send oss gjerne en melding. Oppstart 1. mars 2027.')]],
    ['sv', [p('Skicka gärna frågor. Tillträde i mars 2027.')]],
  ])('%s: no deadline in %j', (_lang, blocks) => {
    expect(findDeadline(blocks).date).toBeUndefined();
  });
});
