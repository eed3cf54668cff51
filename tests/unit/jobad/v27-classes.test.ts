import { describe, expect, test } from 'vitest';
import { captureAd } from '../../fixtures/companies/identity-eval';
import { tidyTitle } from '../../../core/jobad/title-tidy';
import { ad, BOARD, ld, page, SECTIONS, type Lang } from './employer-pages';

/**
 * Classes the twenty-seventh held-out set showed, in English, Norwegian and Swedish: a row's label before the legal name
 * of a registry line; a heading about the advertiser, and an h1 kept for screen readers, are no title; a tag in brackets
 * before the role; a structured employer written in another alphabet; "Working For" as the employer's label; a firm that
 * assists a named client in the recruitment; a firm that seeks for a client it does not name, under a fact grid;
 * "We accept CVs until"; a brand's last word opening the registered name's, a firm's word after it; "L.L.C.".
 * Names written for this test.
 */

describe("a row's label before a registry line's legal name is no part of the name", () => {
  test.each([
    ['nb', 'Om annonsøren', 'Annonsør: Vrengvik Shipping AS, org.nr. 923 456 781, Nedre Langgate 30, 3126 Tønsberg', 'Vrengvik Shipping AS'],
    ['sv', 'Om annonsören', 'Annonsör: Lovsta Kraft AB, org.nr 556677-8899, Storgatan 4, 972 31 Luleå', 'Lovsta Kraft AB'],
    ['en', 'About the advertiser', 'Advertiser: Ashdown Marine Ltd, Company No. 09876543, 4 Quay Street, Hull HU1 1AA', 'Ashdown Marine Ltd'],
  ] as const)('%s: %s', (lang, heading, line, employer) => {
    const html = `<html lang="${lang}"><head><title>Stillingsannonse | Avisa</title></head><body><main><h1 class="visually-hidden">Stillingsannonse</h1>
      <div class="job-title">Technical Superintendent</div>${SECTIONS[lang]}<div class="advertiser"><h2>${heading}</h2><p>${line}</p></div></main></body></html>`;
    for (const found of [ad(html, BOARD), captureAd(html, BOARD).jobAd]) {
      expect(found?.hiringOrganization?.name).toBe(employer);
      expect(found?.title).toBe('Technical Superintendent');
    }
  });
});

describe('a tag in brackets before the role', () => {
  test.each([
    ['[Hanbit Marine] Overseas Sales Engineer', 'Overseas Sales Engineer'],
    ['[Deltid] Butikkmedarbeider', 'Butikkmedarbeider'],
    ['[Brådskande] Lagerarbetare', 'Lagerarbetare'],
    ['Lagerarbetare [Brådskande]', 'Lagerarbetare [Brådskande]'],
  ])('%s', (title, tidy) => {
    expect(tidyTitle(title)).toBe(tidy);
  });
});

describe('a structured employer in another alphabet, where the page writes the name in its own', () => {
  test.each([
    ['en', '(주)한빛마린일렉트로닉스', '<p>Employer: Hanbyeol Marine Electronics Co., Ltd.</p>', 'Hanbyeol Marine Electronics Co., Ltd.'],
    ['nb', 'ООО «Северный Берег»', '<p>Arbeidsgiver: Nordbredden Handel AS</p>', 'Nordbredden Handel AS'],
    ['sv', 'บริษัท สยามลำไย จำกัด', '<p>Arbetsgivare: Siam Lamai Foods AB</p>', 'Siam Lamai Foods AB'],
  ] as const)('%s: %s', (lang, structured, line, employer) => {
    const head = ld({ title: 'Sales Engineer', hiringOrganization: { '@type': 'Organization', name: structured } });
    expect(ad(page(lang, { title: 'Sales Engineer | Board', head, body: `<h1>Sales Engineer</h1>${line}` }), BOARD)?.hiringOrganization?.name).toBe(employer);
  });
});

describe('"Working For:" labels the employer (a member of parliament employs their staff)', () => {
  test('en', () => {
    const html = page('en', { title: 'Senior Caseworker | w4mpjobs', body: '<h1>Senior Caseworker</h1><table><tr><td>Working For:</td><td>Catrin Ashworth MP</td></tr></table>' });
    expect(ad(html, 'https://www.w4mpjobs.example/JobDetails.aspx?jobid=1')?.hiringOrganization?.name).toBe('Catrin Ashworth MP');
  });
});

describe('a recruitment firm that assists a named client in the recruitment: the client', () => {
  test.each([
    ['nb', 'Remmevik Rekruttering AS bistår Rødsvik Energiforskning AS i rekrutteringen av en seniorforsker.', 'Rødsvik Energiforskning AS'],
    ['sv', 'Tallvik Rekrytering AB bistår Lovsta Kraft AB i rekryteringen av en elektriker.', 'Lovsta Kraft AB'],
    ['en', 'Harbour Search Ltd assists Calder Foods Ltd with the recruitment of a planner.', 'Calder Foods Ltd'],
  ] as const)('%s', (lang, sentence, client) => {
    const firm = sentence.split(/ (?:bistår|assists) /u)[0]!;
    const head = ld({ title: 'Seniorforsker', hiringOrganization: { '@type': 'Organization', name: firm } });
    expect(ad(page(lang, { title: 'Seniorforsker | Board', head, body: `<h1>Seniorforsker</h1><p>${sentence}</p>` }), BOARD)?.hiringOrganization?.name).toBe(client);
  });
});

describe('a firm that seeks for a client it does not name, under a fact grid', () => {
  test.each([
    ['sv', 'Kågevik Rekrytering AB söker för kunds räkning en produktionsplanerare. Vår kund är ett växande industriföretag.', 'Produktionsplanerare', 'Kågevik Rekrytering AB'],
    ['nb', 'Fjordvik Rekruttering AS søker på vegne av en kunde en produksjonsplanlegger. Kunden er en voksende industribedrift.', 'Produksjonsplanlegger', 'Fjordvik Rekruttering AS'],
    ['en', 'Harbour Search Ltd is seeking on behalf of a client a production planner. Our client is a growing manufacturer.', 'Production Planner', 'Harbour Search Ltd'],
  ] as const)('%s', (lang, opening, title, firm) => {
    const grid = '<div class="facts"><p>Placering</p><p>Skellefteå</p><p>Omfattning</p><p>Heltid</p><p>Referens</p><p>KR-118</p></div>';
    const html = page(lang, { title: `${title} | Avisa Jobb`, head: '<meta property="og:site_name" content="Avisa">', body: `<h1>${title}</h1>${grid}<p>${opening}</p>` });
    for (const found of [ad(html, BOARD), captureAd(html, BOARD).jobAd]) expect(found?.hiringOrganization?.name).toBe(firm);
  });
});

describe('"We accept CVs until" gives the deadline', () => {
  test.each([
    ['en', 'We accept CVs until 22 January 2027.'],
    ['nb', 'Vi tar imot søknader til og med 22. januar 2027.'],
    ['sv', 'Vi tar emot ansökningar till och med 22 januari 2027.'],
  ] as const)('%s: %s', (lang, sentence) => {
    const html = `<html lang="${lang}"><head><title>Export Manager | Board</title></head><body><main><h1>Export Manager</h1><h2>Duties</h2><ul><li>Sales</li></ul><h2>Requirements</h2><ul><li>English</li></ul><p>${sentence}</p></main></body></html>`;
    expect(ad(html, BOARD)?.validThrough).toBe('2027-01-22');
  });
});

describe("a brand whose last word opens the registered name's, a firm's word after it", () => {
  test.each([
    ['en', 'Himal Tara Hydro', 'Himal Tara Hydropower Company Pvt. Ltd. owns a 24 MW plant.', 'Himal Tara Hydropower Company Pvt. Ltd.'],
    ['nb', 'Brekke Mek', 'Brekke Mekaniske Gruppen AS eier tre verksteder.', 'Brekke Mekaniske Gruppen AS'],
    ['sv', 'Lindqvist Bygg', 'Lindqvist Byggnads Gruppen AB äger tre snickerier.', 'Lindqvist Byggnads Gruppen AB'],
  ] as const)('%s: %s', (lang, brand, opening, legal) => {
    const head = ld({ title: 'Accountant', hiringOrganization: { '@type': 'Organization', name: brand } });
    expect(ad(page(lang, { title: 'Accountant | Board', head, body: `<h1>Accountant</h1><p>${opening}</p>` }), BOARD)?.hiringOrganization?.name).toBe(legal);
  });

  test('en: "L.L.C." is a legal form with its dots', () => {
    const head = ld({ title: 'Warehouse Supervisor', hiringOrganization: { '@type': 'Organization', name: 'Sanabel Cold Chain' } });
    const html = page('en', { title: 'Warehouse Supervisor | Board', head, body: '<h1>Warehouse Supervisor</h1><p>Sanabel Cold Chain Company L.L.C. runs cold stores in Amman.</p>' });
    expect(ad(html, BOARD)?.hiringOrganization?.name).toBe('Sanabel Cold Chain Company L.L.C.');
  });
});

const langs: readonly Lang[] = ['en', 'nb', 'sv'];
test.each(langs)('%s: a heading about the employer is never the title', (lang) => {
  const heading = { en: 'About the employer', nb: 'Om arbeidsgiveren', sv: 'Om arbetsgivaren' }[lang];
  const html = `<html lang="${lang}"><head><title>Stillingsannonse | Avisa</title></head><body><main><h1>Stillingsannonse</h1><h2>${heading}</h2><p>Vi er et rederi.</p>${SECTIONS[lang]}</main></body></html>`;
  expect(ad(html, BOARD)?.title).not.toBe(heading);
});
