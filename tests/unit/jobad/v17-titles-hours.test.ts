// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { normalizeEmploymentTypes } from '../../../core/jobad/employment';
import { isCareersClaim } from '../../../core/jobad/title-parts';
import { tidyTitle } from '../../../core/jobad/title-tidy';
import { ad, SECTIONS, type Lang } from './employer-pages';

/**
 * Title and hours classes the seventeenth set showed, in English, Norwegian and Swedish: a board's word for an
 * opening written as a label before the role, the careers site's own heading above the ad's, and a span of shares
 * of a post ("80–100 %"), which is the extent (dropped from the title) and both full and part time.
 */

describe("a board's word for an opening before the role is not the title", () => {
  test.each([
    ['nb', 'Ledig stilling: Driftsleder sjø', 'Driftsleder sjø'],
    ['nb', 'Ledig tjeneste: Helsesykepleier – Nordvik', 'Helsesykepleier – Nordvik'],
    ['sv', 'Lediga jobb: Lagerarbetare kvällstid', 'Lagerarbetare'],
    ['sv', 'Ledig tjänst: Undersköterska', 'Undersköterska'],
    ['en', 'Vacancy: Warehouse Supervisor - Night Shift', 'Warehouse Supervisor'],
    ['en', 'Job: Pastry Chef', 'Pastry Chef'],
  ])('%s: "%s"', (_lang, title, want) => {
    expect(tidyTitle(title)).toBe(want);
  });

  test.each([
    ['en', 'Job Coach'],
    ['nb', 'Stillingsansvarlig'],
    ['sv', 'Ledig plats i kön'],
  ])('%s: a title that only opens with such a word stays: "%s"', (_lang, title) => {
    expect(tidyTitle(title)).toBe(title);
  });
});

describe("the careers site's own heading is not the job's title", () => {
  test.each([
    ['en', 'Careers at Northwind Pumps – Engineering that moves'],
    ['nb', 'Karriere i Fjordkraft Marin'],
    ['nb', 'Jobb hos Sørlandet Trykk – bli med på laget'],
    ['sv', 'Karriär hos Vitsand Fönster'],
    ['sv', 'Jobba på Granlunds Bageri'],
    ['de', 'Karriere bei HALDENWERK – Technik mit Zukunft'],
  ])('%s: "%s"', (_lang, heading) => {
    expect(isCareersClaim(heading)).toBe(true);
  });

  test.each([
    ['en', 'Career Adviser'],
    ['nb', 'Jobbcoach i Nav'],
    ['sv', 'Karriärvägledare'],
  ])('%s: a role about careers stays a role: "%s"', (_lang, heading) => {
    expect(isCareersClaim(heading)).toBe(false);
  });

  const claim = { en: 'Careers at Brightwater Pumps – Built to last', nb: 'Karriere hos Brattli Pumper – Vi bygger for fremtiden', sv: 'Karriär hos Brattli Pumpar – Vi bygger för framtiden' };
  const role = { en: 'Service Engineer Pumps', nb: 'Servicetekniker pumper', sv: 'Servicetekniker pumpar' };
  test.each(['en', 'nb', 'sv'] as Lang[])('%s: the ad is read under its h2, with or without structured data', (lang) => {
    const ld = `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title: role[lang], hiringOrganization: { '@type': 'Organization', name: 'Brattli AS' } })}</script>`;
    for (const head of [ld, '']) {
      const html = `<html lang="${lang}"><head><title>${role[lang]} | Brattli</title>${head}</head><body><main><h1>${claim[lang]}</h1><h2>${role[lang]}</h2><p>Brattli AS leverer pumper til industrien.</p>${SECTIONS[lang]}</main></body></html>`;
      expect(ad(html, 'https://careers.brattli.example/jobs/17')?.title).toBe(role[lang]);
    }
  });
});

describe('a span of shares of a post is the extent, and both full and part time', () => {
  test.each([
    ['en', 'Embedded Software Engineer (80–100%)', 'Embedded Software Engineer'],
    ['nb', 'Fastlege (80 - 100 %)', 'Fastlege'],
    ['nb', 'Sykepleier 80–100 %', 'Sykepleier'],
    ['sv', 'Undersköterska (50–75 %)', 'Undersköterska'],
    ['sv', 'Sjuksköterska 75-100 % – avdelning 4', 'Sjuksköterska – avdelning 4'],
  ])('%s: "%s"', (_lang, title, want) => {
    expect(tidyTitle(title)).toBe(want);
  });

  test.each([
    ['en', 'Workload 80 – 100%', ['FULL_TIME', 'PART_TIME']],
    ['nb', '80–100 %', ['FULL_TIME', 'PART_TIME']],
    ['sv', '50-75 procent', ['PART_TIME']],
    ['nb', '100 %', ['FULL_TIME']],
  ])('%s: "%s"', (_lang, value, want) => {
    expect(normalizeEmploymentTypes([value.replace(/^Workload /, '')])).toEqual(want);
  });

  const rows = {
    en: '<ul><li><span>Workload:</span> 80 – 100%</li></ul>',
    nb: '<ul><li><span>Stillingsprosent:</span> 80–100 %</li></ul>',
    sv: '<ul><li><span>Omfattning:</span> 80–100 %</li></ul>',
  };
  test.each(['en', 'nb', 'sv'] as Lang[])('%s: a row of the span over a structured FULL_TIME', (lang) => {
    const ld = `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Ingeniør', employmentType: 'FULL_TIME', hiringOrganization: { '@type': 'Organization', name: 'Brattli AS' } })}</script>`;
    const html = `<html lang="${lang}"><head><title>Ingeniør</title>${ld}</head><body><main><h1>Ingeniør</h1>${rows[lang]}${SECTIONS[lang]}</main></body></html>`;
    expect(ad(html, 'https://jobs.example/ad/5')?.employmentType).toEqual(['FULL_TIME', 'PART_TIME']);
  });

  test('da: "Ansættelsesform: Fuldtid" is the hours row of a Danish board', () => {
    const html = `<html lang="en"><head><title>Test Engineer</title></head><body><main><h1>Test Engineer</h1><dl><dt>Ansættelsesform</dt><dd>Fuldtid, fastansættelse</dd></dl>${SECTIONS.en}</main></body></html>`;
    expect(ad(html, 'https://jobs.example/ad/6')?.employmentType).toEqual(['FULL_TIME']);
  });
});
