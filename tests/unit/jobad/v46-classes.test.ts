// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { knownTown } from '../../../core/places';
import { ad, BOARD, ld, page } from './employer-pages';

/**
 * Classes the forty-sixth held-out set showed, read on purpose after its one measurement: "Ledig stilling:" before the
 * title in the tab; a temp's length in the genitive ("12 måneders vikariat"); a recruiter's sentence that opens with "På
 * vegne av X"; the client named after "vår kund" as a title's tail; a brand with its legal name in brackets; "Employer:
 * SIA … (reg. No. …)" closing the ad under an acronym brand; the heading over the data's
 * shorter title without the employer's name after a dash, without the brand as a label before it, and with the page's own
 * dash; a company that "operates the X brand" in a side box with its Business ID; the data's brand kept as the name papers
 * use; Rokiškis. Left out: a heading styled as a plain div of no telling class (read as the heading, it moved two
 * tuning pages' places and titles: "Smed till frismidet – tvåskift", "Front Office Receptionist - 5 Star Hotel"), a company page whose footer says "X is a safari company of Y" with no legal form (the brand
 * stays), and a paper's article that names the firm only from its second paragraph on (filed with the paper). Names written for this test.
 */

const employer = (html: string, url = BOARD): string | undefined => ad(html, url)?.hiringOrganization?.name;

describe('the section\'s word as a label before the title in the tab names neither the job nor the employer', () => {
  test.each([
    ['nb', 'Ledig stilling: Driftsoperatør havbruk – 12 måneders vikariat | Glimsposten Jobb', 'Driftsoperatør havbruk – 12 måneders vikariat', 'Glimsvalen Havbruk AS er et familieeid oppdrettsselskap i Gildeskål.', 'Glimsvalen Havbruk AS', 'Driftsoperatør havbruk'],
    ['sv', 'Ledigt jobb: Lagerarbetare – 6 månaders vikariat | Glimsbladet Jobb', 'Lagerarbetare – 6 månaders vikariat', 'Glimsta Logistik AB är ett familjeägt åkeri i Habo.', 'Glimsta Logistik AB', 'Lagerarbetare'],
    ['en', 'Vacancy: Deckhand – 12-month contract | Glimsby Jobs', 'Deckhand – 12-month contract', 'Glimsby Ferries Ltd is a family-owned ferry company on the Clyde.', 'Glimsby Ferries Ltd', 'Deckhand'],
    // A Dutch board's label over an English ad (Suriname), found in the tuning set once the label was read.
    ['en', 'Vacature: Field Agronomist – Nickerie Polders | Glimsbank Suriname', 'Field Agronomist – Nickerie Polders', 'Glimsantijn Rijstbedrijf N.V. grows rice in Nickerie.', 'Glimsantijn Rijstbedrijf N.V.', 'Field Agronomist – Nickerie Polders'],
  ] as const)('%s: %s', (lang, tab, heading, opening, name, title) => {
    const paper = tab.split(' | ')[1]!.replace(/ (?:Jobb|Jobs)$/u, '');
    const read = ad(page(lang, { title: tab, head: `<meta property="og:site_name" content="${paper}">`, body: `<header><img alt="${paper}" src="data:,"></header><div class="posting-title">${heading}</div><p>${opening}</p>` }), BOARD);
    expect([read?.hiringOrganization?.name, read?.title]).toEqual([name, title]);
  });
});

describe('a recruiter\'s sentence that opens with the client it recruits for', () => {
  test.each([
    ['nb', 'På vegne av Glimsvær Fiskemottak AS søker vi en produksjonsleder til mottaket.', 'Glimsvær Fiskemottak AS'],
    ['sv', 'På uppdrag av Glimsö Fisk AB söker vi en produktionsledare till anläggningen.', 'Glimsö Fisk AB'],
    ['en', 'On behalf of Glimsby Seafoods Ltd we are seeking a production manager for the plant.', 'Glimsby Seafoods Ltd'],
  ] as const)('%s: %s', (lang, sentence, client) => {
    const html = page(lang, { title: `Produksjonsleder – ${client} | Jobb`, head: ld({ title: `Produksjonsleder – ${client}`, hiringOrganization: { name: 'Glimskalott Rekruttering AS' } }), body: `<h1>Produksjonsleder – ${client}</h1><p>${sentence}</p>` });
    const read = ad(html, BOARD);
    expect([read?.hiringOrganization?.name, read?.title]).toEqual([client, 'Produksjonsleder']);
  });
});

describe("the client named after \"vår kund\" is no part of an agency's title", () => {
  test.each([
    ['sv', 'Växthusarbetare – Glimsjö Plantskola', 'Du blir anställd av Glimsbygdens Bemanning AB och uthyrd till vår kund Glimsjö Plantskola, som odlar perenner.', 'Växthusarbetare'],
    ['nb', 'Lagermedarbeider – Glimsvik Hagesenter', 'Du blir ansatt hos Glimsbygda Bemanning AS og leid ut til vår kunde Glimsvik Hagesenter, som selger planter.', 'Lagermedarbeider'],
    ['en', 'Greenhouse Worker – Glimsby Nursery', 'You will be employed by Glimsby Staffing Ltd and placed with our client Glimsby Nursery, which grows perennials.', 'Greenhouse Worker'],
  ] as const)('%s: %s', (lang, heading, opening, title) => {
    expect(ad(page(lang, { title: `${heading} | Jobb`, body: `<h1>${heading}</h1><p>${opening}</p>` }), BOARD)?.title).toBe(title);
  });
});

describe('a brand with its legal name in brackets after it is the employer in full', () => {
  test.each([
    ['sv', 'Glimstål', 'Glimstål (Glimsåns Stål AB) valsar specialstål för elmotorer.', 'Glimsåns Stål AB'],
    ['nb', 'Glimsfôr', 'Glimsfôr (Glimsvik Fôrfabrikk AS) lager fiskefôr til oppdrettere langs kysten.', 'Glimsvik Fôrfabrikk AS'],
    ['en', 'Glimsteel', 'Glimsteel (Glimsby Steel Works Ltd) rolls special steel for electric motors.', 'Glimsby Steel Works Ltd'],
  ] as const)('%s: %s', (lang, brand, line, name) => {
    const html = page(lang, { title: `Tekniker – ${brand}`, head: ld({ title: 'Tekniker', hiringOrganization: { name: brand } }), body: `<img alt="${brand}" src="data:,"><h1>Tekniker</h1><p>${line}</p>` });
    expect(employer(html)).toBe(name);
  });
});

describe('"Employer: …" with its registration number closing the ad, under an acronym brand', () => {
  test.each([
    ['en', 'GKM Homes', 'Employer: SIA Glimsas Koka Moduļi (reg. No. 40103918274), Rūpniecības iela 9, Madona.', 'SIA Glimsas Koka Moduļi'],
    ['en', 'GLT Group', 'Employer: UAB Glimsų Linų Tekstilė (company code 300000000), Rokiškis.', 'UAB Glimsų Linų Tekstilė'],
  ] as const)('%s: %s', (lang, brand, line, name) => {
    const html = page(lang, { title: `CNC Operator | ${brand}`, head: ld({ title: 'CNC Operator', hiringOrganization: { name: brand } }), body: `<h1>CNC Operator</h1><p>${brand} builds timber houses.</p>`, after: `<p>Please send your CV by 20 January 2027. ${line} By applying you consent to the processing of your data.</p>` });
    expect(employer(html)).toBe(name);
  });
  test('en: a name that neither the brand\'s initials nor its words make is another firm (guard)', () => {
    const html = page('en', { title: 'CNC Operator | GKM Homes', head: ld({ title: 'CNC Operator', hiringOrganization: { name: 'GKM Homes' } }), body: '<h1>CNC Operator</h1><p>GKM Homes builds timber houses.</p>', after: '<p>Employer: SIA Baltic Staffing Partners (reg. No. 40103918275), Rīga.</p>' });
    expect(employer(html)).toBe('GKM Homes');
  });
});

describe("the page's heading over the data's shorter title", () => {
  const shown = (lang: 'sv' | 'en', data: string, h1: string, brand: string, body = ''): string | undefined =>
    ad(page(lang, { title: `${h1} | Jobb`, head: ld({ title: data, hiringOrganization: { name: brand } }), body: `<h1>${h1}</h1><p>${body || `${brand} AB väver tekniska textilier.`}</p>` }), BOARD)?.title;
  test('sv: the employer after a dash goes, the unit stays', () => {
    expect(shown('sv', 'Vävmästare', 'Vävmästare till vävsalen – Glimsklev Väveri', 'Glimsklev Väveri')).toBe('Vävmästare till vävsalen');
  });
  test('en: the brand as a label before it goes', () => {
    expect(shown('en', 'Warehouse Team Leader for Outbound Logistics', 'Glimtaken: Warehouse Team Leader for Outbound Logistics', 'Glimtaken', 'Glimtaken makes wooden windows.')).toBe('Warehouse Team Leader for Outbound Logistics');
  });
  test("en: the page's dash where the data writes a hyphen", () => {
    expect(shown('en', 'Diesel Fitter - Road Train Fleet', 'Diesel Fitter – Road Train Fleet', 'Glimsby Haulage', 'Glimsby Haulage runs road trains.')).toBe('Diesel Fitter – Road Train Fleet');
  });
});

describe('who runs the brand, and the brand kept as the name papers use', () => {
  test("en: a side box's registry line saying the company operates the brand", () => {
    const html = `<html lang="en"><head><title>Husky Guide | Glimsduuni</title>${ld({ title: 'Husky Guide', hiringOrganization: { name: 'Glimska Wild Trails' } })}</head><body><main><h1>Husky Guide</h1><p>Glimska Wild Trails runs husky safaris from our kennel outside Kuusamo.</p><h2>Duties</h2><ul><li>Drive sled teams</li></ul></main><aside><h3>About the employer</h3><p>Kuusamon Glimsmatkat Oy (Business ID 3124567-8) operates the Glimska Wild Trails safari brand.</p></aside></body></html>`;
    expect(employer(html)).toBe('Kuusamon Glimsmatkat Oy');
  });
  test("en: the data's brand, every word of it in the registered name, is kept beside it", () => {
    const html = page('en', { title: 'Warehouse Lead | Glimsrada', head: ld({ title: 'Warehouse Lead', hiringOrganization: { name: 'Glimtaken' } }), body: '<h1>Warehouse Lead</h1><p>Glimtaken makes wooden windows in Rapla.</p>', after: '<p>Raplamaa Glimtaken OÜ · Registry code 10000000 · Rapla</p>' });
    expect(ad(html, BOARD)?.hiringOrganization).toEqual({ name: 'Raplamaa Glimtaken OÜ', alternateName: 'Glimtaken' });
  });
});

describe("v46's Lithuanian town of some ten thousand is a place", () => {
  test.each(['Rokiškis', 'Rokiskis'])('%s', (town) => {
    expect(knownTown(town)).toBe(town);
  });
});
