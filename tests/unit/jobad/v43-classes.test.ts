// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { findDeadline } from '../../../core/jobad/deadline';
import { tidyTitle } from '../../../core/jobad/title-tidy';
import { ad, BOARD, ld, page } from './employer-pages';

/**
 * Classes the forty-third held-out set showed, read on purpose after its one measurement: an icon before a row's label;
 * an h1 that holds only the site's logo; the data's town named as the employer's office; terms told as year-round or in
 * brackets before the unit; "Valid till", "Apply until" and CVs accepted until a date; Baltic legal forms opening a
 * sentence or before the brand grown by a word; and, found when the set moved in, "Your main tasks will be to:" over the
 * duties. Names written for this test.
 */

const PAPER = 'https://www.lokalavisa.example/jobb/5120';
const cities = (html: string, url = PAPER): (string | undefined)[] => ad(html, url)?.locations.map((l) => l.city) ?? [];
const office = (city: string) => ({ '@type': 'Place', address: { addressLocality: city } });

describe("an icon before a row's label leaves the row a labelled fact", () => {
  test.each([
    ['nb', '📍 Arbeidssted: Hamar', 'Oslo', 'Hamar'],
    ['sv', '📍 Arbetsort: Mora', 'Falun', 'Mora'],
    ['en', '📍 Location: Whitby', 'York', 'Whitby'],
  ] as const)('%s: %s', (lang, row, given, town) => {
    const html = page(lang, { title: 'Operatør | Jobb', head: ld({ title: 'Operatør', hiringOrganization: { name: 'Glimsdal AS' }, jobLocation: office(given) }), body: `<h1>Operatør</h1><div>${row}</div>` });
    expect(cities(html)).toEqual([town]);
  });
  test('en: the row gives the region the data lacks', () => {
    const html = page('en', { title: 'CNC Operator | Jobs', head: ld({ title: 'CNC Operator', hiringOrganization: { name: 'Glimsmaja' }, jobLocation: { '@type': 'Place', address: 'Tartu, Estonia' } }), body: '<h1>CNC Operator</h1><div>📍 Location: Tartu, Tartu County</div>' });
    expect(ad(html, BOARD)?.locations).toEqual([{ city: 'Tartu', region: 'Tartu County', country: 'Estonia' }]);
  });
});

describe("an h1 that holds only the site's logo is no heading: the ad's own lines under its h2 are read", () => {
  test.each([
    ['nb', 'Butikksjef – Glimsvik Handel', 'Ledige stillinger', 'Mosjøen'],
    ['sv', 'Butikschef – Glimsvik Handel', 'Lediga jobb', 'Sveg'],
    ['en', 'Store Manager – Glimsvik Stores', 'Jobs', 'Whitby'],
  ] as const)('%s', (lang, heading, section, town) => {
    const html = `<html lang="${lang}"><head><title>${heading} | Avisa</title></head><body><header><h1><img alt="Avisa" src="data:,"></h1><nav><a href="/">Forside</a><a href="/sport">Sport</a></nav></header><main><p>${section} / Handel / ${town}</p><h2>${heading}</h2><div><span>⌖</span></div><div>${town}</div><div>Heltid</div><p>Glimsvik Handel AS driver butikken ved riksveien.</p><h3>Arbeidsoppgaver</h3><ul><li>Lede butikken</li></ul><p>Søknadsfrist 10. januar 2027.</p></main></body></html>`;
    expect(cities(html)).toEqual([town]);
  });
});

describe("the data's town named as the employer's office gives way to the town the page shows", () => {
  test.each([
    ['nb', 'Hovedkontoret ligger i Kristiansand, men driften styres fra kraftstasjonen.', 'Kristiansand', 'Froland'],
    ['sv', 'Huvudkontoret ligger i Linköping, men all produktion sker här.', 'Linköping', 'Motala'],
    ['en', 'Our head office is in York, but the work is all on site.', 'York', 'Whitby'],
  ] as const)('%s', (lang, sentence, given, town) => {
    const html = page(lang, { title: 'Driftsingeniør | Jobb', head: ld({ title: 'Driftsingeniør', hiringOrganization: { name: 'Glimsvatn Energi' }, jobLocation: office(given) }), body: `<h1>Driftsingeniør</h1><div>📍 ${town}</div><div>🕒 Heltid</div><p>Glimsvatn Energi driver fem kraftverk. ${sentence}</p>` });
    expect(cities(html)).toEqual([town]);
  });
  // Read so before the fix too in this layout; the held-out page that showed it (a-op-storsjopersonal-maskinoperator, the
  // paper's own address in its footer) fails without it.
  test('sv: an h2 heading that ends in the town, the agency "med kontor i" the data\'s town', () => {
    const html = page('sv', { title: 'Maskinoperatör – Hammarstrand | Jobb', head: ld({ title: 'Maskinoperatör – Hammarstrand', hiringOrganization: { name: 'Glimsjö Personal' }, jobLocation: office('Östersund') }), body: '<h2>Maskinoperatör – Hammarstrand</h2><p>Publicerad 5 december 2026</p><p>Glimsjö Personal AB är ett bemanningsföretag med kontor i Östersund.</p>' });
    expect(cities(html)).toEqual(['Hammarstrand']);
  });
  test("guard: the data's town where the work is stays", () => {
    const html = page('nb', { title: 'Driftsingeniør | Jobb', head: ld({ title: 'Driftsingeniør', hiringOrganization: { name: 'Glimsvatn Energi' }, jobLocation: office('Kristiansand') }), body: '<h1>Driftsingeniør</h1><div>📍 Evje</div><p>Du får kontorplass i Kristiansand og reiser til Evje hver uke.</p>' });
    expect(cities(html)).toEqual(['Kristiansand']);
  });
});

describe('terms told as year-round, or in brackets before the unit the title goes on to', () => {
  test.each([
    ['Cargo Ramp Agent (Full-Time, Year-Round)', 'Cargo Ramp Agent'],
    ['Agronomist (Term, 18 months) for the Seed Potato Program', 'Agronomist for the Seed Potato Program'],
    ['Sykepleier (vikariat, 12 måneder) til medisinsk avdeling', 'Sykepleier til medisinsk avdeling'],
    ['Lärare (visstid) i matematik', 'Lärare i matematik'],
    // Guards: a skill in brackets, and a year-round post's own name.
    ['Engineer (Python) for the Data Team', 'Engineer (Python) for the Data Team'],
    ['Year-Round Coordinator', 'Year-Round Coordinator'],
  ] as const)('%s', (title, tidied) => {
    expect(tidyTitle(title)).toBe(tidied);
  });
});

describe('"Valid till", "Apply until" and CVs accepted until a date are deadlines', () => {
  test.each([
    ['Valid till: 2027-01-14', '2027-01-14'],
    ['Apply until: 20.01.2027', '2027-01-20'],
    ['CVs in English or Lithuanian are accepted until 14 January 2027 (inclusive).', '2027-01-14'],
  ] as const)('%s', (text, date) => {
    expect(findDeadline([{ tag: 'p', text }], '2026-12-01').date).toBe(date);
  });
});

describe('Baltic legal forms opening a sentence, or before the brand grown by a word', () => {
  test.each([
    ['UAB Glimsėžio Personalas is a staffing agency with offices in two towns.', 'Glimsezio Personalas', 'UAB Glimsėžio Personalas'],
    ['SIA Glimsvents Terminal, reg. No. 40000000001, Dzintaru iela, LV-3601.', 'Glimsvents', 'SIA Glimsvents Terminal'],
  ] as const)('%s', (line, brand, legal) => {
    const html = page('en', { title: 'Coordinator | Jobs', head: ld({ title: 'Coordinator', hiringOrganization: { name: brand } }), body: `<h1>Coordinator</h1><p>${line}</p>` });
    expect(ad(html, BOARD)?.hiringOrganization?.name).toBe(legal);
  });
});

describe('"Your main tasks will be to:" heads the duties', () => {
  test.each([
    ['en', 'Your main tasks will be to:', ['Set up the CNC machine', 'Check the parts']],
    // Read so before the fix too ("hovedoppgaver" heads the duties already); kept as the class's Bokmål form.
    ['nb', 'Dine hovedoppgaver blir å:', ['Stille inn CNC-maskinen', 'Kontrollere delene']],
    ['sv', 'Dina huvuduppgifter blir att:', ['Ställa in CNC-maskinen', 'Kontrollera delarna']],
  ] as const)('%s', (lang, lead, duties) => {
    const html = `<html lang="${lang}"><head><title>CNC | Jobs</title></head><body><main><h1>CNC Operator</h1><p>We build wall elements in our factory.</p><p>${lead}</p><ul>${duties.map((d) => `<li>${d}</li>`).join('')}</ul><p>Apply by 10 January 2027.</p></main></body></html>`;
    expect(ad(html, BOARD)?.responsibilities).toEqual(duties);
  });
});
