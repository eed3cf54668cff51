import { describe, expect, test } from 'vitest';
import { captureAd } from '../../fixtures/companies/identity-eval';
import { tidyTitle } from '../../../core/jobad/title-tidy';
import { extractJobAd } from '../../../core/jobad';
import { ad, BOARD, ld, page, SECTIONS, type Lang } from './employer-pages';
import { pageInput } from './page-input';
import type { PageLines, TextBlock } from '../../../core/model';

/**
 * Classes the twenty-eighth held-out set showed, in English, Norwegian and Swedish: the h1 the page's title names over
 * the employer's h2; a legal name opening a sentence inside a paragraph; a town with its state's code and postcode in
 * the title is no employer; a brand's last word clipped from the registered name's; a brand's first word in the
 * genitive, and the ad's own registry line outside the site's footer (its town over one named in passing); a short form
 * in brackets after the employer's name; a client's trade after "till kund"; a region row as a board's only place; a
 * workplace no register knows beside the structured town the heading names. Names written for this test.
 */

const LOGO = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';

// A reader's view may drop the h1 (it repeats the page's og:title) and keep the employer's h2 under it.
describe('the h1 the page title names, over the employer h2 under it that the title names too', () => {
  test.each([
    ['en', 'Warehouse Supervisor', 'Blue Wren Distribution'],
    ['nb', 'Lagerleder', 'Fjordlys Distribusjon'],
    ['sv', 'Lagerchef', 'Blåvinge Distribution'],
  ] as const)('%s: %s', (lang, job, firm) => {
    const blocks: TextBlock[] = [
      { tag: 'h2', text: firm },
      { tag: 'p', text: `${firm} is a family-owned distributor serving more than six hundred retailers across the island.` },
      ...pageInput(page(lang, { title: job }), BOARD).input.blocks,
    ];
    const lines: PageLines = { header: [{ tag: 'h2', text: firm }], footer: [], logos: [firm], h1: job, title: `${job} - Kingston - ${firm} | CaribJobs` };
    const found = extractJobAd({ url: BOARD, jsonLd: [], microdata: [], blocks, textContent: blocks.map((b) => b.text).join('\n'), title: lines.title!, lang, lines });
    expect(found?.title).toBe(job);
  });
});

describe('a legal name that opens a sentence inside a paragraph writes the brand in full', () => {
  test.each([
    ['en', 'Company', 'Kipepeo Fruit', 'Send your CV by 22 January 2027. Kipepeo Fruit Processors Ltd is an equal opportunity employer.', 'Kipepeo Fruit Processors Ltd'],
    ['nb', 'Arbeidsgiver', 'Tindeløk Frukt', 'Send søknaden innen 22. januar 2027. Tindeløk Fruktpresseri AS er en inkluderende arbeidsgiver.', 'Tindeløk Fruktpresseri AS'],
    ['sv', 'Arbetsgivare', 'Malmbo Frukt', 'Skicka ansökan senast 22 januari 2027. Malmbo Frukt Förädling AB är en arbetsgivare som välkomnar alla.', 'Malmbo Frukt Förädling AB'],
  ] as const)('%s: %s', (lang, label, brand, paragraph, full) => {
    const html = page(lang, { title: 'Quality Officer | Board', body: `<h1>Quality Officer</h1><p>${label}: ${brand}</p>`, after: `<p>${paragraph}</p>` });
    expect(ad(html, BOARD)?.hiringOrganization?.name).toBe(full);
  });
});

describe("a town with its state's code and postcode in the title is a place, not the employer", () => {
  test.each([
    ['Personal Care Assistant - Bendigo VIC 3550 | Jobs', 'Emu Flat Aged Care'],
    ['Marine Technician - Osage Beach, MO 65065 | Jobs', 'Kessler Marine'],
  ])('en: %s', (title, firm) => {
    const html = page('en', { title, body: `<h1>${title.split(' - ')[0]}</h1><p>${firm}</p>`, after: `<p>${firm} Ltd (ABN 48 612 903 775) is an equal opportunity employer.</p>` });
    expect(ad(html, BOARD)?.hiringOrganization?.name).toBe(`${firm} Ltd`);
  });
});

describe("a brand's last word clipped from the registered name's", () => {
  test.each([
    ['en', 'Fenwick Moor Vets', 'Fenwick Moor Veterinary Practice Ltd, registered in England and Wales no. 10982734.', 'Fenwick Moor Veterinary Practice Ltd'],
    ['nb', 'Lien Vet', 'Lien Veterinærklinikk AS, org.nr. 912 345 678.', 'Lien Veterinærklinikk AS'],
    ['sv', 'Åkerby Vet', 'Åkerby Veterinärklinik AB, org.nr 556123-4567.', 'Åkerby Veterinärklinik AB'],
  ] as const)('%s: %s', (lang, brand, line, full) => {
    const head = ld({ title: 'Veterinary Nurse', hiringOrganization: { '@type': 'Organization', name: brand } });
    expect(ad(page(lang, { title: 'Veterinary Nurse | Board', head, body: '<h1>Veterinary Nurse</h1>', after: `<p>${line}</p>` }), BOARD)?.hiringOrganization?.name).toBe(full);
  });

  test('en: a word that merely starts the same is no clipped form of it ("Vetrix Systems" for "Fenwick Moor Vet")', () => {
    const head = ld({ title: 'Nurse', hiringOrganization: { '@type': 'Organization', name: 'Fenwick Moor Vets' } });
    const html = page('en', { title: 'Nurse | Board', head, body: '<h1>Nurse</h1>', after: '<p>Fenwick Lane Veterinary Practice Ltd, registered in England and Wales no. 10982734.</p>' });
    expect(ad(html, BOARD)?.hiringOrganization?.name).toBe('Fenwick Moor Vets');
  });
});

describe("the ad's own registry line: its legal name under a logo in the genitive, its town over one named in passing", () => {
  test.each([
    ['sv', 'Tvärån Textil', 'Tväråns Väveri AB · Org.nr 556084-3317 · Fabriksgatan 12, 523 30 Ulricehamn', 'Tväråns Väveri AB', 'Designavdelningen och showroomet finns i Borås där vi också har vårt lager och vår kundtjänst.', 'Ulricehamn'],
    ['nb', 'Lysvik Trebåt', 'Lysviks Båtbyggeri AS · Org.nr 912 345 678 · Strandveien 4, 8300 Svolvær', 'Lysviks Båtbyggeri AS', 'Designavdelingen og salgskontoret ligger i Bodø der vi også har lageret og kundeservicen vår.', 'Svolvær'],
    ['en', 'Calder Weaving', 'Calders Weaving Mill Ltd · Company No. 01234567 · 4 Mill Lane, Leeds LS1 5HD', 'Calders Weaving Mill Ltd', 'Our design studio and showroom are in Manchester where we also keep our stock and our customer service.', 'Leeds'],
  ] as const)('%s: %s', (lang, logo, line, employer, passing, town) => {
    const html = `<html lang="${lang}"><head><title>Kemist - Lediga jobb - Tidningen</title><meta property="og:site_name" content="Tidningen"></head><body><header><img src="${LOGO}" alt="Tidningen" width="180" height="36"></header>
      <main><div class="annons"><div class="annons-logo"><img src="${LOGO}" alt="${logo}" width="130" height="50"></div><h2>Kemist</h2><p>${passing}</p>${SECTIONS[lang as Lang]}
      <address>${line}</address></div></main><footer>Tidningen · Ansvarig utgivare</footer></body></html>`;
    const found = captureAd(html, 'https://www.tidningen.example/jobb/kemist-4412').jobAd;
    expect(found?.hiringOrganization?.name).toBe(employer);
    expect(found?.locations?.map((l) => l.city)).toEqual([town]);
  });
});

describe("a short form in brackets after the employer's name is what it goes by, not part of the name", () => {
  test.each([
    ['en', 'Organization', 'Akasha Relief Network (AKASHA)', 'Akasha Relief Network', 'AKASHA'],
    ['nb', 'Arbeidsgiver', 'Norsk Vannforum (NVF)', 'Norsk Vannforum', 'NVF'],
    ['sv', 'Arbetsgivare', 'Svenska Fjällräddningsförbundet (SFF)', 'Svenska Fjällräddningsförbundet', 'SFF'],
  ] as const)('%s: %s', (lang, label, written, name, short) => {
    const found = ad(page(lang, { title: 'Programme Officer | Board', body: `<h1>Programme Officer</h1><p><b>${label}:</b> ${written}</p>` }), BOARD);
    expect(found?.hiringOrganization).toEqual({ name, alternateName: short });
  });

  test('en: capitals that are no short form of the name stay ("Nordic Water (EMEA)")', () => {
    expect(ad(page('en', { title: 'Officer | Board', body: '<h1>Officer</h1><p><b>Organization:</b> Nordic Water (EMEA)</p>' }), BOARD)?.hiringOrganization?.name).toBe('Nordic Water (EMEA)');
  });
});

describe("an agency's client and its trade after the role are not the job", () => {
  test.each([
    ['Linjeoperatör till kund inom livsmedel', 'Linjeoperatör'],
    ['Lagermedarbeider til kunde innen dagligvare', 'Lagermedarbeider'],
    ['Machine Operator for a client in the food industry', 'Machine Operator'],
    ['Rådgiver til kundeservice', 'Rådgiver til kundeservice'],
  ])('%s', (title, tidy) => {
    expect(tidyTitle(title)).toBe(tidy);
  });
});

describe("a region row as a board's only place names its town", () => {
  test.each([
    ['en', 'Region', 'Nakuru'],
    ['nb', 'Region', 'Mosjøen'],
    ['sv', 'Region', 'Hudiksvall'],
  ] as const)('%s: %s: %s', (lang, label, town) => {
    const html = page(lang, { title: 'Quality Assurance Officer | Board', body: '<h1>Quality Assurance Officer</h1>', after: `<dl><dt>${label}:</dt><dd>${town}</dd><dt>Sector:</dt><dd>Agriculture</dd></dl>` });
    expect(ad(html, BOARD)?.locations).toEqual([{ city: town }]);
  });

  test('sv: a region the register knows stays a region ("Region: Västra Götaland")', () => {
    const html = page('sv', { title: 'Lagerchef | Board', body: '<h1>Lagerchef</h1>', after: '<dl><dt>Region:</dt><dd>Västra Götaland</dd></dl>' });
    expect(ad(html, BOARD)?.locations?.some((l) => l.city === 'Västra Götaland')).toBe(false);
  });
});

describe('a workplace no register knows, beside the structured town the heading names: the town', () => {
  test.each([
    ['nb', 'Havnearbeider – Narvik', 'Arbeidssted', 'Fagernesterminalen', 'Narvik'],
    ['sv', 'Stuveriarbetare – Göteborg', 'Placering', 'Skandiaterminalen', 'Göteborg'],
    ['en', 'Dock Operative – Liverpool', 'Location', 'Seaforth Dock', 'Liverpool'],
  ] as const)('%s: %s', (lang, heading, label, site, town) => {
    const head = ld({ title: heading, hiringOrganization: { '@type': 'Organization', name: 'Kaia Terminal AS' }, jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: town } } });
    const found = ad(page(lang, { title: `${heading} | Avisa`, head, body: `<h1>${heading}</h1><p><b>${label}:</b> ${site}</p>` }), BOARD);
    expect(found?.locations?.map((l) => l.city)).toEqual([town]);
  });
  test.each([
    ['nb', 'Havnearbeider – Narvik', 'Arbeidssted', 'Fagernesterminalen', 'Fylke', 'Nordland', 'Narvik'],
    ['sv', 'Stuveriarbetare – Göteborg', 'Placering', 'Skandiaterminalen', 'Län', 'Västra Götaland', 'Göteborg'],
    ['en', 'Dock Operative – Liverpool', 'Location', 'Seaforth Dock', 'County', 'Merseyside', 'Liverpool'],
  ] as const)('%s: also with a region row beside the workplace: %s', (lang, heading, label, site, regionLabel, region, town) => {
    const head = ld({ title: heading, hiringOrganization: { '@type': 'Organization', name: 'Kaia Terminal AS' }, jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: town } } });
    const body = `<h1>${heading}</h1><p><b>${label}:</b> ${site}</p><p><b>${regionLabel}:</b> ${region}</p>`;
    expect(ad(page(lang, { title: `${heading} | Avisa`, head, body }), BOARD)?.locations?.map((l) => l.city)).toEqual([town]);
  });
});

