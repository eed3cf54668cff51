// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { ad, BOARD, SECTIONS, type Lang } from './employer-pages';
import { pageInput } from './page-input';

/**
 * Employer classes the thirteenth held-out set showed (then moved into tuning), in English, Norwegian and Swedish:
 * a legal form of several words ("GmbH & Co. KG") or an American benefit corporation's (", PBC") is part of the
 * fullest name; a logo whose alt text is a role word ("Agency logo") names nobody; a trade paper's job section
 * ("Platsannonser") and the site's own name beside another name in the title are not the employer; the box about
 * the job's terms ("Om anställningen") is not the employer's box; the employer's card that opens with a sentence
 * about it gives its legal name, and a place after "i" belongs to that name ("Kupolbadet i Borlänge AB").
 */

const page = (lang: Lang, title: string, body: string, extra = '', footer = '') =>
  `<html lang="${lang}"><head><title>${title}</title>${extra}</head><body><main>${body}${SECTIONS[lang]}</main>${footer}</body></html>`;
const jsonLd = (employer: string) =>
  `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Job', hiringOrganization: { '@type': 'Organization', name: employer }, datePosted: '2026-11-20' })}</script>`;
const employer = (html: string, url = BOARD): string | undefined => ad(html, url)?.hiringOrganization?.name;

describe('a legal form of several words, or after a comma, is part of the name', () => {
  test.each([
    ['en', 'Lindholm Orgelbau', '<p>Lindholm Orgelbau GmbH &amp; Co. KG · Billstraße 9 · 20539 Hamburg · Amtsgericht Hamburg HRA 1234</p>', 'Lindholm Orgelbau GmbH & Co. KG'],
    ['nb', 'Rheinblick Metall', '<p>Rheinblick Metall GmbH &amp; Co. KG · Hafenstraße 4 · 50667 Köln · Amtsgericht Köln HRA 5678</p>', 'Rheinblick Metall GmbH & Co. KG'],
    ['sv', 'Nordheide Holzbau', '<p>Nordheide Holzbau GmbH &amp; Co. KG · Waldweg 2 · 21244 Buchholz · Amtsgericht Tostedt HRA 910</p>', 'Nordheide Holzbau GmbH & Co. KG'],
  ] as const)('%s: the imprint closing the ad writes "%s" with its form', (lang, brand, imprint, full) => {
    expect(employer(page(lang, 'Job', `<h1>Pipe Maker</h1><p>We build things.</p>${imprint}`, jsonLd(brand)))).toBe(full);
  });

  test.each([
    ['en', 'Quarry Hill Robotics', '<p>Quarry Hill Robotics, PBC is a public benefit corporation and an equal opportunity employer.</p>'],
    ['nb', 'Quarry Hill Robotics', '<p>Quarry Hill Robotics, PBC er et amerikansk selskap med eget samfunnsoppdrag.</p>'],
    ['sv', 'Quarry Hill Robotics', '<p>Quarry Hill Robotics, PBC är ett amerikanskt bolag med ett samhällsuppdrag.</p>'],
  ] as const)('%s: "%s, PBC" where the ad writes it', (lang, brand, line) => {
    expect(employer(page(lang, 'Job', `<h1>Firmware Engineer</h1><p>Orchard robots.</p>${line}`, jsonLd(brand)))).toBe(`${brand}, PBC`);
  });
});

describe('a logo whose alt text is a role word names nobody', () => {
  test.each([['Agency logo'], ['Arbeidsgiver logo'], ['Arbetsgivare logotyp']])('"%s"', (alt) => {
    const html = `<html><head><title>Job Bulletin</title></head><body><header><img alt="${alt}" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><p>Career Opportunities</p></header><main><h1>Library Associate</h1>${SECTIONS.en}</main></body></html>`;
    expect(pageInput(html, 'https://www.govjobs.example/careers/x/jobs/1').input.lines?.logos ?? []).toEqual([]);
  });
});

describe("a trade paper's job section, and the site's own name beside another name, are not the employer", () => {
  test.each([
    ['en', 'Roofer | Job ads | Roofing Today'],
    ['nb', 'Taktekker | Stillingsmarkedet | Takbladet'],
    ['sv', 'Drifttekniker | Platsannonser | Driftbladet'],
  ] as const)('%s: "%s" names no employer', (lang, title) => {
    const section = title.split(' | ')[1]!;
    expect(employer(page(lang, title, `<h1>${title.split(' | ')[0]}</h1><p>Vi ser etter folk.</p>`), 'https://www.tradepaper.example/jobs/1')).not.toBe(section);
  });

  test.each([
    ['en', 'Warehouse Operative – nights - Brightline Staffing | Jobhub', 'https://www.jobhub.example/job/88', 'Brightline Staffing'],
    ['nb', 'Lagermedarbeider – heltid - Fjordbemanning | Jobbtorget', 'https://www.jobbtorget.example/stilling/88', 'Fjordbemanning'],
    ['sv', 'Montör till kund – heltid - Mälarbemanning | Metrojobb', 'https://www.metrojobb.se/jobb/88', 'Mälarbemanning'],
  ] as const)('%s: "%s" is the name beside the site\'s own', (lang, title, url, name) => {
    const html = page(lang, title, `<header><a href="/"><img alt="${title.split(' | ')[1]}" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></a></header><h1>${title.split(' - ')[0]}</h1><p>Kort om jobbet.</p>`);
    expect(employer(html, url)).toBe(name);
  });

  test('alone, the name the host spells is the employer on its own site', () => {
    const html = page('sv', 'Djurvårdare till primathuset | Ålkärr', '<h1>Djurvårdare till primathuset</h1><p>Vi söker en djurvårdare.</p>');
    expect(employer(html, 'https://www.alkarr.se/jobb/djurvardare')).toBe('Ålkärr');
  });
});

describe("the box about the job's terms is not the employer's box", () => {
  const terms = (heading: string) => `<h2>${heading}</h2><p>Heltid, tvåskift.</p><p>Sex månader först.</p><p>Urval sker löpande.</p>`;
  test.each([
    ['sv', 'Om anställningen', 'Om företaget', 'Mälarbemanning', 'Mälarbemanning Sverige AB är ett bemanningsföretag i Eskilstuna.', 'Mälarbemanning Sverige AB'],
    ['nb', 'Om ansettelsen', 'Om selskapet', 'Fjordbemanning', 'Fjordbemanning Vest AS er et bemanningsbyrå i Bergen.', 'Fjordbemanning Vest AS'],
    ['en', 'About the post', 'About the company', 'Brightline', 'Brightline Staffing Ltd is an agency in Leeds.', 'Brightline Staffing Ltd'],
  ] as const)('%s: "%s" before "%s"', (lang, termsHeading, boxHeading, brand, box, full) => {
    const html = page(lang, 'Job', `<h1>Montör</h1><p>Montera hytter.</p>${terms(termsHeading)}<h3>${boxHeading}</h3><p>${box}</p>`, jsonLd(brand));
    expect(employer(html)).toBe(full);
  });
});

describe("the employer's card that opens with a sentence about it gives its legal name", () => {
  test.each([
    ['nb', 'Om arbeidsgiveren', 'Skarholt Tak AS er en familiebedrift med 22 ansatte.', 'Skarholt Tak AS'],
    ['sv', 'Om arbetsgivaren', 'Kupolbadet i Borlänge AB ägs av kommunen och driver badhuset.', 'Kupolbadet i Borlänge AB'],
    ['en', 'About the employer', 'Harwick Roofing Ltd is a family firm with 22 staff.', 'Harwick Roofing Ltd'],
  ] as const)('%s: "%s"', (lang, heading, card, name) => {
    // A trade paper's job section: its own name closes the title, the card names the employer.
    const html = page(lang, 'Taktekker | Takbladet', `<h1>Taktekker</h1><p>Vi har mye å gjøre.</p><p>Lag på fire.</p><p>Egen varebil.</p><p>Lønn etter avtale.</p><div><h2>${heading}</h2><p>${card}</p></div>`);
    expect(employer(html, 'https://www.takbladet.example/stilling/1')).toBe(name);
  });

  test.each([
    ['sv', 'Arbetsgivare', 'Kupolbadet', 'Om arbetsgivaren', 'Kupolbadet i Borlänge AB ägs av kommunen.', 'Kupolbadet i Borlänge AB'],
    ['nb', 'Arbeidsgiver', 'Skaret', 'Om arbeidsgiveren', 'Skaret i Molde AS driver badeanlegget.', 'Skaret i Molde AS'],
    ['en', 'Employer', 'Kupolbadet', 'About the employer', 'Kupolbadet i Borlänge AB runs the town baths.', 'Kupolbadet i Borlänge AB'],
  ] as const)('%s: the labelled brand "%s: %s" in full from its card', (lang, label, brand, heading, card, name) => {
    const html = page(lang, 'Drifttekniker', `<h1>Drifttekniker</h1><table><tr><td>${label}</td><td>${brand}</td></tr></table><p>Badet har 50-metersbassäng.</p><div><h2>${heading}</h2><p>${card}</p></div>`);
    expect(employer(html, 'https://www.driftbladet.example/platsannonser/1')).toBe(name);
  });
});
