// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { extractJobAd } from '../../../core/jobad';
import { extendedDeadline } from '../../../core/jobad/extended-deadline';
import type { TextBlock } from '../../../core/model';
import { pageInput } from './page-input';

/**
 * Deadline classes the eighth held-out set showed, each in English, Norwegian and Swedish: a deadline the
 * page says was extended beats the first one, in the structured data or under a label.
 */

const p = (text: string): TextBlock => ({ tag: 'p', text });

describe('an extended deadline', () => {
  test.each([
    ['sv', 'Vi har förlängt ansökningstiden till den 31 januari 2027. Välkommen!', '2027-01-31'],
    ['sv', 'Sista ansökningsdag är förlängd till 14 februari 2027.', '2027-02-14'],
    ['nb', 'Søknadsfristen er forlenget til 15. januar 2027.', '2027-01-15'],
    ['nb', 'Vi har forlenget søknadsfristen til 20.01.2027 fordi mange har spurt.', '2027-01-20'],
    ['en', 'The closing date has been extended to 31 January 2027.', '2027-01-31'],
    ['en', 'We have extended the deadline until 9 January 2027.', '2027-01-09'],
  ])('%s: "%s" is %s', (_lang, text, date) => {
    expect(extendedDeadline([p(text)], '2026-11-18')).toBe(date);
  });

  test('a date without a year is the next one after the publishing date', () => {
    expect(extendedDeadline([p('Søknadsfristen er forlenget til 15. januar.')], '2026-11-18')).toBe('2027-01-15');
  });

  test.each([
    ['en', 'The contract can be extended to 31 December 2027.'],
    ['nb', 'Engasjementet kan forlenges til 31. desember 2027.'],
    ['sv', 'Anställningen kan förlängas till den 30 juni 2027.'],
    ['sv', 'Sista ansökningsdag är 31 januari 2027.'],
    ['en', 'We extended our opening hours to 8pm in 2026.'],
  ])('%s: "%s" extends no deadline', (_lang, text) => {
    expect(extendedDeadline([p(text)], '2026-11-18')).toBeUndefined();
  });

  const page = (body: string, lang: string): string => `<!doctype html><html lang="${lang}"><head>
<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Utvecklare', datePosted: '2026-11-18', validThrough: '2026-12-18', hiringOrganization: { '@type': 'Organization', name: 'Vindskär AB' } })}</script>
</head><body><main><h1>Utvecklare</h1>${body}</main></body></html>`;

  test.each([
    ['sv', '<h2>Om tjänsten</h2><p>Du bygger vår betalning.</p><p>Vi har förlängt ansökningstiden till den 31 januari 2027.</p>', '2027-01-31'],
    ['nb', '<p>Søknadsfrist: 18. desember 2026</p><p>Oppdatering: søknadsfristen er forlenget til 10. januar 2027.</p>', '2027-01-10'],
    ['en', '<p>Closing date: 18 December 2026</p><p>Update: the closing date has been extended to 8 January 2027.</p>', '2027-01-08'],
  ])('%s: the extended deadline beats the JSON-LD and the label', (lang, body, date) => {
    expect(extractJobAd(pageInput(page(body, lang), 'https://jobs.example.org/1').input)?.validThrough).toBe(date);
  });

  test('without an extension the structured deadline stands', () => {
    const body = '<h2>Om tjänsten</h2><p>Du bygger vår betalning. Anställningen kan förlängas till den 30 juni 2027.</p>';
    expect(extractJobAd(pageInput(page(body, 'sv'), 'https://jobs.example.org/1').input)?.validThrough).toBe('2026-12-18');
  });
});
