// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { extractJobAd } from '../../../core/jobad';
import { pageInput } from './page-input';

/**
 * A deadline struck through beside the one that replaced it, in a fact grid of label and value spans (the twelfth
 * held-out set's mining company), in English, Norwegian and Swedish: struck-through text is withdrawn, so the value
 * read is the new date, and a stale JSON-LD holding the struck one gives way.
 */

const page = (lang: string, label: string, struck: string, shown: string, through: string): string => `<!doctype html><html lang="${lang}"><head><title>Mechanic</title>
<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Mechanic', validThrough: through, hiringOrganization: { '@type': 'Organization', name: 'Example Mining AB' } })}</script></head>
<body><main><h1>Mechanic</h1><div class="facts"><div><span class="label">${label}</span><span><del>${struck}</del> <strong>${shown}</strong></span></div></div>
<h2>Duties</h2><ul><li>Repair drill rigs</li><li>Service loaders</li></ul></main></body></html>`;

describe('a struck-through deadline is not the deadline', () => {
  test.each([
    ['en', 'Closing date', '10 January 2027', 'Extended to 31 January 2027', '2027-01-31'],
    ['nb', 'Søknadsfrist', '10. januar 2027', 'Forlenget til 31. januar 2027', '2027-01-31'],
    ['sv', 'Sista ansökningsdag', '10 januari 2027', 'Förlängd till 31 januari 2027', '2027-01-31'],
  ])('%s', (lang, label, struck, shown, want) => {
    const ad = extractJobAd(pageInput(page(lang, label, struck, shown, '2027-01-10'), 'https://careers.example/1', '2026-12-01').input);
    expect(ad?.validThrough).toBe(want);
  });
});
