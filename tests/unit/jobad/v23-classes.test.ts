// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { isOrganisationName } from '../../../core/company/org-names';
import { normalizeCompanyName } from '../../../core/company/names';
import { pageNames } from '../../../core/company/page-name';
import { knownTown } from '../../../core/places';
import { withoutEmployer } from '../../../core/jobad/agency-client';
import { isNiceItem } from '../../../core/jobad/lists';
import { ad, BOARD, ld, SECTIONS, type Lang } from './employer-pages';

/**
 * Classes the twenty-third held-out set showed, in English, Norwegian and Swedish: the employer's brand as the h1 over
 * the job; a site's own name with its job section ("HD Jobb", "iTromsø Jobb") never hiring; a header address before the
 * related jobs' towns; a logo's slogan after a dash; a registration number in brackets after the name that opens a
 * sentence; a section heading with its region; the heading over other ads; the employer's name after a dash in the
 * title without its legal form; whose brand the name is; the name spelled out before its brand in brackets anywhere in
 * the ad; legal forms and cities further afield; a firm's name as an h2 beside the job's. Names written for this test.
 */

const page = (lang: Lang, p: { title: string; head?: string; site?: string; body?: string; aside?: string }) =>
  `<html lang="${lang}"><head><title>${p.title}</title>${p.head ?? ''}${p.site ? `<meta property="og:site_name" content="${p.site}">` : ''}</head><body><main>${p.body ?? ''}<p>Vi har en ledig stilling.</p>${SECTIONS[lang]}${p.aside ?? ''}</main></body></html>`;

describe("the employer's brand as the h1 over the job", () => {
  test.each([
    ['sv', 'Orrvik Glas', 'Underhållstekniker till hyttan'],
    ['nb', 'Straumvik Verft', 'Prosjektingeniør til skrogavdelingen'],
    ['en', 'Ashcombe Mills', 'Maintenance Engineer for the Weaving Shed'],
  ] as const)('%s: %s', (lang, brand, job) => {
    const html = page(lang, { title: `${job} | Jobb`, head: ld({ title: job, hiringOrganization: { '@type': 'Organization', name: brand } }), body: `<h1>${brand}</h1><h2 class="job-title">${job}</h2>` });
    expect(ad(html, BOARD)?.title).toBe(job);
  });
});

describe("a site's own name with its job section never hires", () => {
  test.each([
    ['sv', 'Kranförare – konsultuppdrag | HD Jobb', 'Helsingborgs Dagblad', ld({ title: 'Kranförare', hiringOrganization: { '@type': 'Organization', name: 'Kullvik Personal' } }), '<p>Kullvik Personal AB är ett bemanningsföretag. Du blir anställd av oss på Kullvik Personal.</p>', 'Kullvik Personal AB'],
    ['nb', 'Forsker | Nordavisa Jobb', 'Nordavisa', ld({ title: 'Forsker', hiringOrganization: { '@type': 'Organization', name: 'Nordavisa Jobb' } }), '<p class="orgnr">Kvalsund Havlab AS, org.nr. 921 337 058, Stakkevollvegen 65, 9010 Tromsø</p>', 'Kvalsund Havlab AS'],
    ['en', 'Crane Operator | GE Jobs', 'Granton Echo', ld({ title: 'Crane Operator', hiringOrganization: { '@type': 'Organization', name: 'GE Jobs' } }), '<p class="small">Forthside Port Services Ltd · Company No. 08123456 · 4 Dock Road, Leith EH6 7DX</p>', 'Forthside Port Services Ltd'],
  ] as const)('%s: %s', (lang, title, site, head, body, name) => {
    expect(ad(page(lang, { title, site, head, body: `<h1>${title.split(' | ')[0]}</h1>${body}` }), BOARD)?.hiringOrganization?.name).toBe(name);
  });
});

describe("the header's address before the related jobs' towns", () => {
  test.each([
    ['sv', '<p class="ort"><span class="icon-pin"></span> Mårtenstorget 3, 223 51 Lund</p>', '<aside><h3>Fler lediga tjänster</h3><ul><li>Apotekare – Apoteksgruppen, Malmö</li></ul></aside>', 'Lund'],
    ['nb', '<ul><li><strong>Adresse:</strong> Kirkegata 7, 3616 Kongsberg</li></ul>', '<aside><h3>Andre stillinger</h3><ul><li>Bibliotekar – Høgskolen, Lillehammer</li></ul></aside>', 'Kongsberg'],
    ['en', '<p class="where">12 Quay Street, Whitby YO21 1DH</p>', '<aside><h3>More jobs</h3><ul><li>Chef – The Harbour Inn, Scarborough</li></ul></aside>', 'Whitby'],
  ] as const)('%s', (lang, line, aside, city) => {
    expect(ad(page(lang, { title: 'Receptarie | Jobb', body: `<h1>Receptarie</h1>${line}`, aside }), BOARD)?.locations.map((l) => l.city)).toEqual([city]);
  });
});

describe("a logo's slogan, and a number in brackets after the name that opens a sentence", () => {
  test.each([
    ['sv', 'Kronvik – ditt apotek', 'Kronvik', 'Kronvik Apotek AB (org.nr 556847-2109) är auktoriserat av Läkemedelsverket.', 'Kronvik Apotek AB'],
    ['nb', 'Lindås – din lokale bokhandel', 'Lindås', 'Lindås Bokhandel AS (org.nr 912 345 678) er medlem i Bokhandlerforeningen.', 'Lindås Bokhandel AS'],
    ['en', 'Ashgrove – your local chemist', 'Ashgrove', 'Ashgrove Pharmacy Ltd (Company No. 08123456) is registered with the GPhC.', 'Ashgrove Pharmacy Ltd'],
  ] as const)('%s: %s', (lang, alt, brand, sentence, name) => {
    const body = `<div class="arbetsgivare"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="${alt}"> <span>${brand}</span></div><h2>Receptarie</h2><p>${brand} har 64 apotek.</p><p class="legal">${sentence}</p>`;
    expect(ad(page(lang, { title: 'Receptarie | Apotekstidningen', body }), BOARD)?.hiringOrganization?.name).toBe(name);
  });
});

describe('a section heading with its region, and the heading over other ads', () => {
  test.each([
    ['nb', 'Ledige stillinger på Romerike', 'Flere stillinger', 'Skiftleder til utleveringsavdelingen'],
    ['sv', 'Lediga jobb i Skåne', 'Fler jobb', 'Lagerarbetare till kylterminalen'],
    ['en', 'Jobs in Yorkshire', 'Similar jobs', 'Shift Leader for the Dispatch Team'],
  ] as const)('%s: %s', (lang, section, others, job) => {
    const html = page(lang, { title: `${job} – Avisa Jobb`, body: `<h1 class="section-title">${section}</h1><div class="annonse-tittel">${job}</div>`, aside: `<h2>${others}</h2><ul><li>Sjåfør – Bring – Gardermoen</li></ul>` });
    expect(ad(html, BOARD)?.title).toBe(job);
  });
});

describe("the employer's name after a dash in the title, its legal form left off", () => {
  test.each([
    ['HVAC Maintenance Supervisor - Al Noor Facility Services - Doha', 'Al Noor Facility Services W.L.L.', 'HVAC Maintenance Supervisor - Doha'],
    ['Driftsleder – Havlys Sjømat – Hitra', 'Havlys Sjømat AS', 'Driftsleder – Hitra'],
    ['Lagerchef – Norrvik Logistik – Umeå', 'Norrvik Logistik AB', 'Lagerchef – Umeå'],
  ])('%s', (title, employer, rest) => {
    expect(withoutEmployer(title, employer)).toBe(rest);
  });
});

describe('whose brand the name is, and the name spelled out before its brand anywhere in the ad', () => {
  test.each([
    ['en', 'Kopi Melati', '<p>Kopi Melati is the brand of Melati Beverages Sdn. Bhd. (Registration No. 201901023456), a family-owned roaster.</p>', 'Melati Beverages Sdn. Bhd.'],
    ['nb', 'Fjellbrygg', '<p>Fjellbrygg er et varemerke for Fjellbryggeriet Voss AS, et familieeid bryggeri.</p>', 'Fjellbryggeriet Voss AS'],
    ['sv', 'Ängsrost', '<p>Ängsrost är ett varumärke för Ängsby Kafferosteri AB, ett familjeägt rosteri.</p>', 'Ängsby Kafferosteri AB'],
    ['en', 'Pelita Logistics', '<h3>About the company</h3><p>Lorem.</p><p>More.</p><p>PT Pelita Rantai Dingin (Pelita Logistics) was founded in Surabaya in 2014.</p>', 'PT Pelita Rantai Dingin'],
  ] as const)('%s: %s', (lang, brand, body, name) => {
    const html = page(lang, { title: 'Brand Executive | Jobs', head: ld({ title: 'Brand Executive', hiringOrganization: { '@type': 'Organization', name: brand } }), body: `<h1>Brand Executive</h1><p>We have a post open.</p>${body}` });
    expect(ad(html, BOARD)?.hiringOrganization?.name).toBe(name);
  });
});

describe('legal forms and cities further afield', () => {
  test.each(['Vitosha Code Labs EOOD', 'Sinai Blue Pharmaceuticals S.A.E.', 'Zuraw Analytics Sp. z o.o.', 'PT Bumi Niaga Tbk', 'Al Noor Facility Services W.L.L.'])('%s is a name', (name) => {
    expect(isOrganisationName(name)).toBe(true);
  });

  test('the forms fold away in the key', () => {
    expect(normalizeCompanyName('Al Noor Facility Services W.L.L.')).toBe('al noor facility services');
    expect(normalizeCompanyName('Vitosha Code Labs EOOD')).toBe('vitosha code labs');
  });

  test.each(['Sofia', 'Plovdiv', 'Doha', 'Nairobi', 'Petaling Jaya', 'Ho Chi Minh City', 'Wrocław'])('%s is a town', (town) => {
    expect(knownTown(town)).toBe(town);
  });

  test("a footer's registered name keeps its form's dots", () => {
    const footer = ['Zuraw Analytics Sp. z o.o. · ul. Lubicz 17, 31-503 Kraków · NIP 676-250-71-84', '© 2026 Zuraw Analytics'];
    expect(pageNames('About us | Data you can lend on', { header: [], footer, logos: ['ZURAW'] }, 'zuraw.pl')[0]).toBe('Zuraw Analytics Sp. z o.o.');
  });
});

describe('a preference as a nice-to-have, kept after the list it follows', () => {
  test.each([
    ['en', 'Candidates with Higg FEM verification experience will get preference.'],
    ['en', 'Applicants holding a forklift licence will be preferred.'],
    ['nb', 'Søkere med båtførerbevis vil bli foretrukket.'],
    ['sv', 'Sökande med C-körkort kommer att föredras.'],
  ])('%s: %s', (_lang, sentence) => {
    expect(isNiceItem(sentence)).toBe(true);
  });

  test("a preference closing one clause of a must item leaves the item a must", () => {
    expect(isNiceItem("Bachelor's degree in any field; a Master's will get preference")).toBe(false);
  });

  test.each([
    ['nb', 'Ønskede egenskaper', 'Kjennskap til Python', 'Det er en fordel om du har jobbet med smelteprosesser.'],
    ['sv', 'Meriterande', 'Kunskap i Python', 'Det är meriterande om du har arbetat med smältprocesser.'],
    ['en', 'Nice to have', 'Knowledge of Python', 'Experience with smelting processes is an advantage.'],
  ] as const)('%s: the list, then the sentence after it', (lang, heading, item, sentence) => {
    const html = page(lang, { title: 'Prosessingeniør | Jobb', body: `<h1>Prosessingeniør</h1><h2>${heading}</h2><ul><li>${item}</li></ul><p>${sentence}</p>` });
    expect(ad(html, BOARD)?.requirements?.nice).toEqual([item, sentence]);
  });
});

describe('sub-headings that only say which kind of requirement follows', () => {
  test.each([
    ['en', 'Our requirements', 'Expected', 'Optional', 'Technologies we use', 'Your responsibilities', 'Apply by 10 January 2027.'],
    ['nb', 'Kvalifikasjoner', 'Påkrevd', 'Valgfritt', 'Teknologier vi bruker', 'Arbeidsoppgaver', 'Søknadsfrist: 10. januar 2027.'],
    ['sv', 'Kvalifikationer', 'Obligatoriskt', 'Valfritt', 'Tekniker vi använder', 'Arbetsuppgifter', 'Sista ansökningsdag: 10 januari 2027.'],
  ] as const)('%s: %s', (lang, heading, must, nice, tech, duties, apply) => {
    const body = `<h1>Data Engineer</h1><p>${apply}</p><h2>${duties}</h2><ul><li>Build the pipelines</li><li>Model the loan data</li></ul><h2>${tech}</h2><h3>${must}</h3><ul><li>Python</li><li>SQL</li></ul><h3>${nice}</h3><ul><li>Terraform</li></ul>
      <h2>${heading}</h2><h3>${must}</h3><ul><li>Three years as a data engineer</li><li>Very good SQL</li></ul><h3>${nice}</h3><ul><li>Banking data</li></ul>`;
    const html = `<html lang="${lang}"><head><title>Data Engineer | Jobs</title></head><body><main>${body}<h2>Benefits</h2><ul><li>Private medical care</li></ul></main></body></html>`;
    expect(ad(html, BOARD)?.requirements).toEqual({ must: ['Three years as a data engineer', 'Very good SQL'], nice: ['Banking data'] });
  });
});
