// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { extractJobAd, type JobAd } from '../../../core/jobad';
import { tidyTitle } from '../../../core/jobad/title-tidy';
import { pageInput } from './page-input';

/**
 * Title classes the eighth held-out set showed, each in English, Norwegian and Swedish: a requisition or
 * case number in brackets is the board's, not the role's; the structured data naming the job in another
 * language (or by another name) than the page's heading gives way to the heading.
 */

const ad = (html: string): JobAd | null => extractJobAd(pageInput(html, 'https://jobs.example.org/posting/1').input);

describe('a requisition or case number in brackets is not the title', () => {
  test.each([
    ['Quality Assurance Lead - Sterile Manufacturing (Req ID 2291)', 'Quality Assurance Lead - Sterile Manufacturing'],
    ['Warehouse Supervisor [Job ref: JR-1182]', 'Warehouse Supervisor'],
    ['Site Engineer (Requisition #R-4431)', 'Site Engineer'],
    ['Rådgiver plan og bygg (saksnr. 24/1187)', 'Rådgiver plan og bygg'],
    ['Helsesekretær (Arkivsaksnr 2026/77)', 'Helsesekretær'],
    ['Inköpare [Referensnummer 2026/311]', 'Inköpare'],
    ['Handläggare bygglov (Dnr 2026/44)', 'Handläggare bygglov'],
  ])('"%s" is "%s"', (raw, title) => {
    expect(tidyTitle(raw)).toBe(title);
  });

  test.each([
    ['Facilities Coordinator (Estates Team)'],
    ['Konsulent (SAP)'],
    ['Lead Engineer (Req)'],
    ['Saksbehandler (NAV)'],
    ['Analytiker [Rapportering]'],
  ])('"%s" keeps its words (no number, or not a reference)', (raw) => {
    expect(tidyTitle(raw)).toBe(raw);
  });
});

const posting = (title: string, h1: string, lang: string, body: string): string => `<!doctype html><html lang="${lang}"><head>
<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title, datePosted: '2026-11-20', employmentType: 'FULL_TIME', hiringOrganization: { '@type': 'Organization', name: 'Fjordvik Teknikk AS' } })}</script>
</head><body><main><h1>${h1}</h1>${body}</main></body></html>`;

describe('the heading is the title where the structured data names the job in other words', () => {
  test.each([
    ['en', 'Servicetekniker til vindmøller', 'Wind Turbine Service Technician', '<h2>The job</h2><ul><li>Service onshore turbines</li><li>Find faults</li></ul><h2>We expect</h2><ul><li>A driving licence</li></ul>'],
    ['nb', 'Service Technician Wind', 'Vindturbintekniker', '<h2>Arbeidsoppgaver</h2><ul><li>Service på turbiner</li><li>Feilsøking</li></ul><h2>Kvalifikasjoner</h2><ul><li>Førerkort klasse B</li></ul>'],
    ['sv', 'Warehouse Operative', 'Lagerarbetare', '<h2>Arbetsuppgifter</h2><ul><li>Plocka order</li><li>Lasta bilar</li></ul><h2>Vi söker dig som</h2><ul><li>Har truckkort</li></ul>'],
  ])('%s: the heading stands', (lang, structured, heading, body) => {
    const got = ad(posting(structured, heading, lang, body));
    expect(got?.title).toBe(heading);
  });

  test.each([
    ['nb', 'Resepsjonist', 'Resepsjonist – vintersesong og helårs', 'Resepsjonist'],
    ['en', 'Customer Success Manager', 'Customer Success Manager (Remote, UK)', 'Customer Success Manager'],
    ['sv', 'Säljare till trädgårdsavdelningen', 'Säljare till trädgårdsavdelningen – säsong och deltid', 'Säljare till trädgårdsavdelningen'],
  ])('%s: a heading sharing the structured title\'s words is that title told longer, and the structured one stands', (lang, structured, heading, title) => {
    const got = ad(posting(structured, heading, lang, '<h2>Om jobbet</h2><ul><li>Ta imot gjester</li></ul><h2>Krav</h2><ul><li>Gode norskkunnskaper</li></ul>'));
    expect(got?.title).toBe(title);
  });

  test('a page whose h1 is not the ad\'s title keeps the structured title', () => {
    const got = ad(posting('Barnehagelærer', 'Ledige stillinger', 'nb', '<h2>Arbeidsoppgaver</h2><ul><li>Planlegge dagen</li></ul>'));
    expect(got?.title).toBe('Barnehagelærer');
  });
});
