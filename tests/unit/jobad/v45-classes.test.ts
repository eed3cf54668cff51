import { describe, expect, test } from 'vitest';
import { capturePage } from '../../../content/capture-page';
import { guessCompany } from '../../../core/company/identity';
import { knownTown } from '../../../core/places';
import { compoundOfBrand } from '../../../core/jobad/brand-forms';
import { ad, BOARD, ld, page } from './employer-pages';
import { extractJobAd } from '../../../core/jobad';
import { pageInput } from './page-input';

/**
 * Classes the forty-fifth held-out set showed, read on purpose after its one measurement: a Nordic brand of two words
 * registered as one compound; a registered name that says what it makes; a charity's registration in a board's footer;
 * a regional board that asks employers for their ads, with the employer's name under a heading styled as a div and its
 * address closing the ad; ", 2-shift work" after a title; v45's Baltic towns; and on company pages a registry line with
 * no legal form, and a brand that shortens two words to "D&B". Found when the set moved in: lead-ins over the lists ("To
 * be considered you will have:", "We hope you have:", "Your work includes:") and a wish said "vil det telle positivt" or
 * "will be looked on favourably". Names written for this test.
 */

const legal = (html: string, url = BOARD): string | undefined => ad(html, url)?.hiringOrganization?.name;

describe("a brand of two words registered as one Nordic compound is the employer's registered name", () => {
  test.each([
    ['sv', 'Glimsta Bemanning', 'Glimstabemanning AB är ett auktoriserat bemanningsföretag med kontor i Helsingborg.', 'Glimstabemanning AB'],
    ['nb', 'Glimsvik Rekruttering', 'Glimsviksrekruttering AS er et rekrutteringsbyrå med kontor i Bodø.', 'Glimsviksrekruttering AS'],
    // "is part of" the name in full: the brand's own sentence.
    ['sv', 'Glimsmar Rekrytering', 'Glimsmar Rekrytering är en del av Glimsmarsrekrytering AB, Kungsgatan 22, Uddevalla.', 'Glimsmarsrekrytering AB'],
  ] as const)('%s: %s', (lang, brand, line, name) => {
    // The ad's own text between the heading and the closing line, as an ad has it.
    const duties = ['Plocka order', 'Packa order', 'Lasta ut gods', 'Ta emot gods', 'Inventera lagret', 'Köra truck', 'Hålla ordning'].map((d) => `<li>${d}</li>`).join('');
    const prose = '<p>Vi söker en noggrann lagermedarbetare till vår kund i Bjuv.</p><p>Du arbetar kvällar i ett trevligt team.</p><p>Tjänsten passar dig som gillar fart.</p>';
    const html = page(lang, { title: `Lagermedarbetare – ${brand}`, body: `<img alt="${brand}" src="data:,"><h1>Lagermedarbetare</h1><p>${brand}</p>${prose}<ul>${duties}</ul><ul>${duties}</ul>`, after: `<p>${line}</p>` });
    expect(legal(html)).toBe(name);
  });
  test.each([
    // Guards: more than the two words joined, or another word.
    ['Glimstabemanningsgruppen AB', 'Glimsta Bemanning'],
    ['Glimstabygg AB', 'Glimsta Bemanning'],
  ])('%s is no compound of "%s"', (full, brand) => {
    expect(compoundOfBrand(full, brand)).toBe(false);
  });
});

describe('a registered name that says what it makes, with the brand\'s other words, is the employer', () => {
  test.each([
    ['en', 'Glimsmere Boats', 'Glimsmere Paadiehitus OÜ builds aluminium workboats and patrol boats for customers around the Baltic.', 'Glimsmere Paadiehitus OÜ'],
    ['nb', 'Glimsvik Båter', 'Glimsvik Verft AS bygger båter i aluminium for kunder langs hele kysten.', 'Glimsvik Verft AS'],
    ['sv', 'Glimsö Båtar', 'Glimsö Varv AB bygger båtar i aluminium för kunder runt Östersjön.', 'Glimsö Varv AB'],
  ] as const)('%s: %s', (lang, brand, line, name) => {
    const html = page(lang as 'en', { title: `Electrician | ${brand}`, head: ld({ title: 'Electrician', hiringOrganization: brand }), body: `<img alt="${brand} logo" src="data:,"><h1>${brand}</h1><h2>Electrician</h2><p>${line}</p>` });
    expect(legal(html)).toBe(name);
  });
});

describe("a charity's registration in the board's footer writes the brand's name in full", () => {
  test.each([
    ['en', 'Glimshill Health', 'Glimshill Community Health Trust is registered with Charities Services (CC00000).', 'Glimshill Community Health Trust'],
    ['nb', 'Glimsvik Helse', 'Glimsvik Lokale Helse Forening er en registrert ideell forening.', 'Glimsvik Lokale Helse Forening'],
  ] as const)('%s: %s', (lang, brand, footer, name) => {
    const html = `<html lang="${lang}"><head><title>Nurse | ${brand} | Jobs</title>${ld({ title: 'Nurse', hiringOrganization: { name: brand } })}</head><body><main><img alt="${brand}" src="data:,"><h1>Nurse</h1><p>${brand}</p><h2>Duties</h2><ul><li>Visit families</li></ul><p>Applications close 10 January 2027.</p></main><footer><p>${footer}</p><p>© 2026 Regional Jobs Ltd</p></footer></body></html>`;
    expect(legal(html)).toBe(name);
  });
});

describe('a board that asks employers for their ads is no employer, whatever its address', () => {
  const board = (lang: string, menu: string, footer: string): string =>
    `<html lang="${lang}"><head><title>Glimsenay Careers – Veterinary Technologist</title></head><body><header><img alt="Glimsenay Careers" src="data:,"><nav><a href="/">Home</a><a href="/jobs">Browse jobs</a><a href="/post">${menu}</a></nav></header><main>` +
    '<div class="title">Veterinary Technologist</div><div>Glimshill Vet</div><div>Posted: December 4, 2026</div><div>Type: Permanent, part-time</div>' +
    '<p>We are a busy mixed-animal practice with four veterinarians.</p><h3>What you\'ll do</h3><ul><li>Monitor anaesthetic patients</li><li>Take radiographs</li></ul><h3>What we need</h3><ul><li>A diploma in veterinary technology</li></ul>' +
    `<p>Please apply by December 31, 2026.</p><p>Glimshill Veterinary Clinic Ltd. Cranbrook, BC V1C 0A0</p></main><footer><p>${footer}</p></footer></body></html>`;
  const url = 'https://www.glimsenaycareers.example/jobs/kc-31552';
  test.each([
    ['en', 'Employers: post a job'],
    ['nb', 'Arbeidsgivere: Legg ut stilling'],
    ['sv', 'Arbetsgivare: Annonsera ett jobb'],
  ])('%s: "%s" in the menu', (lang, menu) => {
    const read = ad(board(lang, menu, 'Glimsenay Careers is run by a registered non-profit.'), url);
    expect(read?.hiringOrganization?.name).toBe('Glimshill Veterinary Clinic Ltd.');
  });
  test('en: the address closing the ad places the job, its province\'s code the region', () => {
    const read = ad(board('en', 'Employers: post a job', 'Glimsenay Careers is run by a registered non-profit.'), url);
    expect(read?.locations).toEqual([{ city: 'Cranbrook', region: 'BC' }]);
  });
  test("en: without the board's menu, the site's own name stands (guard: an employer's own careers site)", () => {
    const read = ad(board('en', 'Contact us', '© 2026 Glimsenay Careers'), url);
    expect(read?.hiringOrganization?.name).not.toBe('Glimshill Veterinary Clinic Ltd.');
  });
});

describe("when the work is done after a title's place is no part of the title", () => {
  test.each([
    ['en', 'Automation Technician – Iisalmi, 2-shift work', 'Automation Technician'],
    ['en', 'Process Operator – Kajaani, 3-shift work', 'Process Operator'],
  ])('%s: %s', (lang, heading, title) => {
    const html = page(lang as 'en', { title: `${heading} | Jobs`, body: `<h1>${heading}</h1><p>Location: ${heading.split(' – ')[1]!.split(',')[0]}</p>` });
    expect(ad(html, BOARD)?.title).toBe(title);
  });
});

describe("v45's Baltic towns are places", () => {
  test.each(['Tukums', 'Utena', 'Haapsalu'])('%s', (town) => {
    expect(knownTown(town)).toBe(town);
  });
});

describe("a company page's name from its footer", () => {
  const doc = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
  const company = (url: string, logo: string, footer: string[]): string | undefined => {
    const html = `<html lang="en"><head><title>Contact – Built for rough water</title></head><body><header><img alt="${logo}" src="data:,"></header><main><h1>Contact</h1><p>Talk to the people who build your boat.</p></main><footer>${footer.map((l) => `<p>${l}</p>`).join('')}</footer></body></html>`;
    const captured = capturePage(doc(html), url);
    return guessCompany(url, captured.metadata, captured.jsonLd, undefined, captured.lines).name;
  };
  test('en: an Estonian registry line ("Reg. code") with no legal form names the owner', () => {
    expect(company('https://www.glimsmereboats.example/en/contact', 'GLIMSMERE BOATS', ['Glimsmere Paadiehitus · Reg. code 10000000 · Haapsalu, Estonia', '© 2026 Glimsmere Boats'])).toBe('Glimsmere Paadiehitus');
  });
  test('en: "D&B" in the logo, "Drill and Blast" written out in the footer', () => {
    expect(company('https://www.glimstondb.example/careers', 'Glimston D&B', ['Glimston Drill and Blast · Head office: Sudbury, Ontario', '© 2026 Glimston D&B. All rights reserved.'])).toBe('Glimston Drill and Blast');
  });
});

describe('lead-ins over the lists and wishes said in prose', () => {
  const read = (lang: string, body: string) => extractJobAd(pageInput(`<html lang="${lang}"><head><title>Operator | Jobs</title></head><body><main><h1>Operator</h1><p>Glimsby Foods Ltd packs vegetables.</p>${body}<p>Apply by 10 January 2027.</p></main></body></html>`, BOARD).input);
  test.each([
    ['en', 'To be considered you will have:', 'We hope you have:'],
    // Bokmål and Swedish read so before the fix too (a list under the opening read as the requirements); the lead-ins are named now.
    ['nb', 'Vi håper du har:', 'Vi håper at du har:'],
    ['sv', 'Vi hoppas att du har:', 'Vi hoppas du har:'],
  ])('%s: "%s" and "%s" lead the requirements', (lang, first, second) => {
    for (const lead of [first, second]) {
      const ad = read(lang, `<p>${lead}</p><ul><li>Two years in food production</li><li>A forklift licence</li></ul>`);
      expect(ad?.requirements?.must).toEqual(['Two years in food production', 'A forklift licence']);
    }
  });
  test.each([
    ['en', 'Your work includes:'],
    ['nb', 'Arbeidet ditt omfatter:'],
    ['sv', 'Arbetet omfattar:'],
  ])('%s: "%s" leads the duties', (lang, lead) => {
    const ad = read(lang, `<p>${lead}</p><ul><li>Repair the packing lines</li><li>Plan preventive maintenance</li></ul><p>We hope you have:</p><ul><li>A trade certificate</li></ul>`);
    expect(ad?.responsibilities).toEqual(['Repair the packing lines', 'Plan preventive maintenance']);
  });
  test.each([
    ['nb', 'Har du fagskole innen automasjon, vil det telle positivt.'],
    ['en', 'Vaccinator authorisation will be looked on favourably.'],
  ])('%s: "%s" is a wish', (lang, wish) => {
    const ad = read(lang, `<p>We hope you have:</p><ul><li>A trade certificate</li><li>A driving licence</li></ul><p>${wish}</p>`);
    expect(ad?.requirements?.nice).toEqual([wish]);
  });
});
