// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { isOrganisationName, withoutAddress } from '../../../core/company/org-names';
import { normalizeCompanyName } from '../../../core/company/names';
import { spelledOutBrand } from '../../../core/jobad/brand-forms';
import { ad, BOARD, SECTIONS, type Lang } from './employer-pages';

/**
 * Employer classes the twenty-second held-out set showed (then moved into tuning), in English, Norwegian and Swedish: a
 * sentence of the ad that the registered name opens; a brand in the plural or with closing initials written out in full;
 * a registration number between a name and its address; the brand described by what its registered name's sentence says
 * it is; the client a recruitment firm names while the ad's data names the firm; a comma after the words for the client;
 * a registration number in brackets after a labelled name; the 'Firma' row. Sentences and names written for this test.
 */

interface Parts { ld?: string; h1?: string; body: string }
const jsonLd = (employer: string) =>
  `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Rådgiver', hiringOrganization: { '@type': 'Organization', name: employer }, datePosted: '2026-11-20' })}</script>`;
const page = (lang: Lang, p: Parts) =>
  `<html lang="${lang}"><head><title>Rådgiver | Jobbsida</title>${p.ld ?? ''}</head><body><main><article><h1>${p.h1 ?? 'Rådgiver'}</h1>${p.body}${SECTIONS[lang]}</article></main></body></html>`;
const employer = (lang: Lang, p: Parts): string | undefined => ad(page(lang, p), BOARD)?.hiringOrganization?.name;

describe('legal forms from further afield', () => {
  test.each(['Indus Crescent Textile Mills (Private) Limited', 'Ravi Apparel (Pvt.) Ltd.', 'Margalla Foods Private Limited', 'Mekong Lotus Software Joint Stock Company', 'Hoan Kiem Digital JSC'])('%s is a name', (name) => {
    expect(isOrganisationName(name)).toBe(true);
  });

  test('the forms fold away in the key, as the others do', () => {
    expect(normalizeCompanyName('Mekong Lotus Software Joint Stock Company')).toBe('mekong lotus software');
    expect(normalizeCompanyName('Indus Crescent Textile Mills (Private) Limited')).toBe('indus crescent textile mills');
  });
});

describe("a sentence of the ad that the registered name opens, the brand's words and more", () => {
  test.each([
    ['en', 'Tandeka Talent', 'Tandeka Talent Partners (Pty) Ltd is a registered labour broker and the employer of record.', 'Tandeka Talent Partners (Pty) Ltd'],
    ['nb', 'Vesterdal Bemanning', 'Vesterdal Bemanning Nord AS er arbeidsgiver for alle våre konsulenter.', 'Vesterdal Bemanning Nord AS'],
    ['sv', 'Kvistholm Personal', 'Kvistholm Personal Norr AB är ett auktoriserat bemanningsföretag.', 'Kvistholm Personal Norr AB'],
  ] as const)('%s: %s', (lang, brand, sentence, full) => {
    expect(employer(lang, { ld: jsonLd(brand), body: `<p>Vi har en ledig stilling.</p><p>Annet.</p><p>${sentence}</p>` })).toBe(full);
  });

  test('another firm whose name opens with a different word is not the brand written out', () => {
    expect(employer('en', { ld: jsonLd('Tandeka Talent'), body: '<p>We have a post open.</p><p>More.</p><p>Harbourline Payroll Ltd is our software supplier.</p>' })).toBe('Tandeka Talent');
  });
});

describe('a brand in the plural, or with its closing initials, written out in full', () => {
  test.each([
    ['Indus Crescent Textile Mills (Private) Limited', 'Indus Crescent Textiles', true],
    ['Wattle Creek Community Legal Centre Inc.', 'Wattle Creek CLC', true],
    ['Fjordvik Vindu AS', 'Fjordvik Vinduer', true],
    ['Granby Maskin AB', 'Granby Maskiner', true],
    // Initials that spell other words, and a brand that is not in the plural, are no fuller form.
    ['Wattle Creek Community Health Service Inc.', 'Wattle Creek CLC', false],
    ['Granby Maskin AB', 'Granby Bygg', false],
  ] as const)('%s for %s: %s', (full, brand, expected) => {
    expect(spelledOutBrand(full, brand)).toBe(expected);
  });

  test.each([
    ['en', 'Wattle Creek CLC', 'Wattle Creek Community Legal Centre Inc. provides free legal help in the west.', 'Wattle Creek Community Legal Centre Inc.'],
    ['nb', 'Fjordvik Vinduer', 'Fjordvik Vindu AS er en av landets eldste vindusprodusenter.', 'Fjordvik Vindu AS'],
    ['sv', 'Granby Maskiner', 'Granby Maskin AB är en familjeägd verkstad i Skara.', 'Granby Maskin AB'],
  ] as const)('%s: %s', (lang, brand, sentence, full) => {
    expect(employer(lang, { ld: jsonLd(brand), body: `<p>${sentence}</p>` })).toBe(full);
  });
});

describe('a registration number between the registered name and its address', () => {
  test.each([
    ['sv', 'Ekviken Pulp', 'Ekviken Massa AB · org.nr 556123-4567 · Bruksvägen 3, 862 31 Kvissleby', 'Ekviken Massa AB'],
    ['nb', 'Straumvik Fish', 'Straumvik Sjømat AS · org.nr 912 345 678 · Kaiveien 2, 6090 Fosnavåg', 'Straumvik Sjømat AS'],
    ['en', 'Harrowby Mill', 'Harrowby Milling Ltd · Company No. 08123456 · 4 Park Row, Leeds LS1 5HD', 'Harrowby Milling Ltd'],
  ] as const)('%s: %s', (lang, brand, line, full) => {
    expect(employer(lang, { ld: jsonLd(brand), body: `<p>Vi har en ledig stilling.</p><p class="small">${line}</p>` })).toBe(full);
  });
});

describe('the brand described by what the registered name is said to be', () => {
  test.each([
    ['nb', 'Lysvik rehabiliteringssenter', 'Lysvik Rehabilitering AS er et privat rehabiliteringssenter med avtale med helseforetaket.', 'Lysvik Rehabilitering AS'],
    ['sv', 'Björkhaga vårdcentral', 'Björkhaga Vård AB är en privat vårdcentral i Borås.', 'Björkhaga Vård AB'],
    ['en', 'Kestlow dental clinic', 'Kestlow Dental Ltd is a family dental clinic in Truro.', 'Kestlow Dental Ltd'],
  ] as const)('%s: %s', (lang, brand, sentence, full) => {
    expect(employer(lang, { ld: jsonLd(brand), body: `<p>${sentence}</p>` })).toBe(full);
  });

  test('a firm under the same first word that is something else stays another firm', () => {
    expect(employer('nb', { ld: jsonLd('Lysvik rehabiliteringssenter'), body: '<p>Lysvik Eiendom AS er et selskap som eier bygningene.</p>' })).toBe('Lysvik rehabiliteringssenter');
  });
});

describe("the client a recruitment firm names, where the ad's data names the firm", () => {
  test.each([
    ['sv', 'Tallmyra Rekrytering AB', 'Gransjö Trä AB söker', 'Gransjö Trä AB är ett familjeägt sågverk.', 'Rekryteringen sköts av Tallmyra Rekrytering AB.', 'Gransjö Trä AB'],
    ['nb', 'Fjellvang Rekruttering AS', 'Havstad Mekaniske AS søker', 'Havstad Mekaniske AS er et verksted på Sunnmøre.', 'Rekrutteringen gjennomføres av Fjellvang Rekruttering AS.', 'Havstad Mekaniske AS'],
    ['en', 'Ashdown Search Ltd', 'Corrigan Foods Ltd is hiring', 'Corrigan Foods Ltd is a family bakery in Leeds.', 'This recruitment is handled by Ashdown Search Ltd.', 'Corrigan Foods Ltd'],
  ] as const)('%s: %s', (lang, firm, overline, opening, handled, client) => {
    expect(employer(lang, { ld: jsonLd(firm), body: `<p>${overline}</p><p>${opening}</p><p>${handled}</p>` })).toBe(client);
  });
});

describe('a comma after the words for the client', () => {
  test.each([
    ['en', 'Meridian Search Ltd', 'Meridian Search is hiring on behalf of our client, Al Noor Hospitality Group LLC, which runs five resorts.', 'Al Noor Hospitality Group LLC'],
    ['nb', 'Kystbemanning AS', 'Kystbemanning rekrutterer på vegne av vår kunde, Nordhavn Logistikk AS, som har 80 ansatte.', 'Nordhavn Logistikk AS'],
    ['sv', 'Norrlandsrekrytering AB', 'Norrlandsrekrytering söker för vår kund, Fyrisdal Bygg AB, som har 60 anställda.', 'Fyrisdal Bygg AB'],
  ] as const)('%s: %s', (lang, agency, sentence, client) => {
    // The agency posts the ad (its data names it); the client the sentence names after a comma hires.
    expect(employer(lang, { ld: jsonLd(agency), body: `<p>${sentence}</p>` })).toBe(client);
  });
});

describe('a registration number in brackets after a labelled name', () => {
  test.each([
    ['Tallkullen Utbildning AB (org.nr 556721-0938)', 'Tallkullen Utbildning AB'],
    ['Fjellro Barnehage AS (org.nr. 912 345 678)', 'Fjellro Barnehage AS'],
    ['Ashdown Care Ltd (Company No. 08123456)', 'Ashdown Care Ltd'],
  ])('%s', (value, name) => {
    expect(withoutAddress(value)).toBe(name);
  });

  test.each([
    ['sv', 'Huvudman: Tallkullen Utbildning AB (org.nr 556721-0938)', 'Tallkullen Utbildning AB'],
    ['nb', 'Arbeidsgiver: Fjellro Barnehage AS (org.nr 912 345 678)', 'Fjellro Barnehage AS'],
    ['en', 'Employer: Ashdown Care Ltd (Company No. 08123456)', 'Ashdown Care Ltd'],
  ] as const)('%s: %s', (lang, row, name) => {
    expect(employer(lang, { body: `<p>${row}</p>` })).toBe(name);
  });
});

describe("the 'Firma' row names the employer", () => {
  test.each([
    ['nb', 'Firma: Hovland Møbel AS', 'Hovland Møbel AS'],
    ['sv', 'Firma: Ekdal Snickeri AB', 'Ekdal Snickeri AB'],
    // English boards write 'Company', read already.
    ['en', 'Company: Ashcroft Joinery Ltd', 'Ashcroft Joinery Ltd'],
  ] as const)('%s: %s', (lang, row, name) => {
    expect(employer(lang, { body: `<ul><li>${row}</li></ul><p>Vi har en ledig stilling.</p>` })).toBe(name);
  });
});
