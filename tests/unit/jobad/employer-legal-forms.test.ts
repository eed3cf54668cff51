// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { isJobBoardHost } from '../../../core/company/job-boards';
import { storedNameKeys } from '../../../core/company/names';
import { ad, BOARD, SECTIONS, type Lang } from './employer-pages';

/**
 * Classes the eleventh held-out set showed (then moved into tuning), in English, Norwegian and Swedish: a legal
 * form written after a comma is part of the fullest name; the box an ad gives its employer ("Om Fjelltopp Betaling
 * AS") writes the name in full over a brand; the very name with its legal form, wherever the ad's text writes it
 * (an equal-opportunity line), beats the bare name; an ATS's recruiting host is never the employer's site.
 */

const page = (lang: Lang, title: string, body: string, extra = '', footer = '') =>
  `<html lang="${lang}"><head><title>${title}</title>${extra}</head><body><main>${body}${SECTIONS[lang]}</main>${footer}</body></html>`;
const jsonLd = (employer: string) =>
  `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Job', hiringOrganization: { '@type': 'Organization', name: employer }, datePosted: '2026-11-20' })}</script>`;
const employer = (html: string, url = BOARD): string | undefined => ad(html, url)?.hiringOrganization?.name;

describe('a legal form after a comma is part of the name', () => {
  test.each([
    ['en', 'Birch & Brook Animal Hospital', 'Birch & Brook Animal Hospital, PLLC'],
    ['en', 'Cardinal Ridge Plastics', 'Cardinal Ridge Plastics, LLC'],
    ['en', 'Harlow Stone', 'Harlow Stone, Inc.'],
  ] as const)('%s: the header writes "%s" in full', (lang, stated, full) => {
    const html = page(lang, `Technician | ${stated}`, `<h1>Technician</h1><p>We are hiring.</p>`, jsonLd(stated)).replace('<main>', `<header><span>${full}</span></header><main>`);
    expect(employer(html)).toBe(full);
  });

  test('the stored keys of a name with a professional form hold the name without it (a page writing "and", no PLLC, joins)', () => {
    expect(storedNameKeys('Birch & Brook Animal Hospital, PLLC')).toContain('birch brook animal hospital');
    expect(storedNameKeys('Birch and Brook Animal Hospital')).toContain('birch brook animal hospital');
    expect(storedNameKeys('Kinloch & Darroch LLP')).toContain('kinloch darroch');
  });
});

describe("the employer's box writes the name in full over a brand in the structured data", () => {
  test.each([
    ['nb', 'Fjelltopp', '<h3>Om Fjelltopp Betaling AS</h3><p>Fjelltopp Betaling AS lager betalingsløsninger for regnskapsbyråer.</p>', 'Fjelltopp Betaling AS'],
    ['sv', 'Kvarnsten', '<h3>Om Kvarnsten Data AB</h3><p>Vi bygger system för kvarnar.</p>', 'Kvarnsten Data AB'],
    ['en', 'Tidewell', '<h3>About us</h3><p>Tidewell Labs Ltd builds freight visibility software.</p>', 'Tidewell Labs Ltd'],
  ] as const)('%s: "%s" → the name in its box', (lang, brand, box, full) => {
    const html = page(lang, 'Job', `<h1>Developer</h1><p>Join the payments team.</p><p>Hybrid.</p><p>Weekly demos.</p>${box}`, jsonLd(brand));
    expect(employer(html)).toBe(full);
  });

  test.each([
    // The platform's own box ("Om HiBob") and another firm's name are not the employer's fuller name.
    ['nb', 'Fjelltopp', '<h3>Om HiBob Norge AS</h3><p>HiBob Norge AS leverer HR-systemet.</p>'],
    ['sv', 'Kvarnsten', '<h3>Om tjänsten</h3><p>Norrlager AB är vår kund.</p>'],
    ['en', 'Tidewell', '<h3>About the role</h3><p>Harbor Finch Ltd is our partner.</p>'],
  ] as const)('%s: "%s" stays when the box names someone else', (lang, brand, box) => {
    const html = page(lang, 'Job', `<h1>Developer</h1><p>Join the team.</p><p>Hybrid.</p><p>Demos.</p>${box}`, jsonLd(brand));
    expect(employer(html)).toBe(brand);
  });
});

describe('the very name with its legal form, wherever the ad writes it', () => {
  test.each([
    ['en', 'Cardinal Ridge Plastics', '<p>Cardinal Ridge Plastics, LLC is an Equal Opportunity Employer.</p>', 'Cardinal Ridge Plastics, LLC'],
    ['nb', 'Salten Rør', '<p>Salten Rør AS er en inkluderende arbeidsgiver.</p>', 'Salten Rør AS'],
    ['sv', 'Norrbackens Sågverk', '<p>Norrbackens Sågverk AB arbetar aktivt för mångfald.</p>', 'Norrbackens Sågverk AB'],
  ] as const)('%s: "%s" closing the ad in full', (lang, stated, closing, full) => {
    const html = page(lang, 'Job', `<h1>Technician</h1><p>Our plant runs three shifts.</p><p>Days.</p><p>Overtime paid.</p>${closing}`, jsonLd(stated));
    expect(employer(html)).toBe(full);
  });

  test.each([
    // A customer or a rival with the same first word is another company.
    ['en', 'Cardinal Ridge Plastics', '<p>Our parts go into Cardinal Ridge Appliances, Inc. dishwashers.</p>'],
    ['nb', 'Salten Rør', '<p>Vi samarbeider med Salten Rørlegger Service AS.</p>'],
    ['sv', 'Norrbackens Sågverk', '<p>Timret köps av Norrbackens Skog AB.</p>'],
  ] as const)('%s: "%s" is not grown into another firm', (lang, stated, closing) => {
    const html = page(lang, 'Job', `<h1>Technician</h1><p>Our plant runs three shifts.</p><p>Days.</p><p>Overtime paid.</p>${closing}`, jsonLd(stated));
    expect(employer(html)).toBe(stated);
  });
});

describe("an ATS's recruiting host is not the employer's site; the platform's own site is its own", () => {
  test.each([
    ['https://recruiting.paylocity.com/Recruiting/Jobs/Details/1', true],
    ['https://workforcenow.adp.com/mascsr/default/mdf/recruitment/recruitment.html', true],
    ['https://fjelltopp.careers.hibob.com/jobs/1', true],
    ['https://www.paylocity.com/about/', false],
    ['https://www.adp.com/', false],
    ['https://www.hibob.com/', false],
  ] as const)('%s → %s', (url, board) => {
    expect(isJobBoardHost(new URL(url).hostname)).toBe(board);
  });

  test('the ATS footer\'s operator is never the employer; the header\'s name with its legal form is', () => {
    const html = page('en', 'Maintenance Technician - Cardinal Ridge Plastics', '<h1>Maintenance Technician</h1><p>Cardinal Ridge Plastics, LLC is an Equal Opportunity Employer.</p>', '', '<footer>Powered by Paylocity · © 2026 Paylocity Corporation</footer>').replace('<main>', '<header><span>Cardinal Ridge Plastics</span></header><main>');
    expect(employer(html, 'https://recruiting.paylocity.com/Recruiting/Jobs/Details/2')).toBe('Cardinal Ridge Plastics, LLC');
  });
});
