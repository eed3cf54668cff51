// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { ad, BOARD, page } from './employer-pages';

/**
 * Classes v29's pages left open, in English, Norwegian and Swedish: a paper's section heading ("Lediga jobb") as the
 * page's h1 over the ad's own h2, with the employer's logo beside the h2; the places a board writes as tags of their
 * own, one town to a tag; two towns joined by "og" / "och" / "and" on the place's line; the employer's name on the line
 * above the town's under the heading, on a board whose glued name ("LGjobs") closes the page's title. Names written
 * for this test.
 */

const LOGO = 'data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==';

describe("a paper's section heading over the ad: the logo beside the ad's heading names the employer", () => {
  test.each([
    ['nb', 'Ledige stillinger', 'Brattli Fjellturer', 'Bookingansvarlig til salgsavdelingen'],
    ['sv', 'Lediga jobb', 'Frostviks Fjällturer', 'Bokningsansvarig till säljavdelningen'],
    ['en', 'Jobs', 'Caldbeck Fell Tours', 'Booking Coordinator for our sales team'],
  ] as const)('%s', (lang, section, logo, heading) => {
    const html = page(lang, {
      title: `${section} – Fjellposten`,
      head: '<meta property="og:site_name" content="Fjellposten">',
      body: `<h1>${section}</h1><section class="job"><img src="${LOGO}" alt="${logo}" width="120" height="60"><h2>${heading}</h2><p>${heading}.</p></section>`,
    });
    expect(ad(html, BOARD)?.hiringOrganization?.name).toBe(logo);
  });
});

describe('places a board writes as tags, one town to a tag', () => {
  test.each([
    ['nb', 'Hemsedal', 'Ål', 'Heltid'],
    ['sv', 'Östersund', 'Åre', 'Deltid'],
    ['en', 'Leeds', 'Sheffield', 'Full time'],
  ] as const)('%s: %s and %s', (lang, first, second, extent) => {
    const html = page(lang, {
      title: 'Resepsjonist | Fjellposten',
      body: `<h1>Resepsjonist</h1><div class="tags"><span>${first}</span> <span>${second}</span> <span>${extent}</span></div>`,
    });
    expect(ad(html, BOARD)?.locations).toEqual([{ city: first }, { city: second }]);
  });

  test('a word after the town tag is no town ("Lund", then "Hybrid")', () => {
    const html = page('sv', { title: 'Utvecklare | Jobb', body: '<h1>Utvecklare</h1><div class="tags"><span>Lund</span> <span>Hybrid</span></div>' });
    expect(ad(html, BOARD)?.locations).toEqual([{ city: 'Lund' }]);
  });
});

describe('two towns joined by a word on the place line', () => {
  test.each([
    ['nb', '📍 Tromsø og Finnsnes', ['Tromsø', 'Finnsnes']],
    ['sv', '📍 Luleå och Piteå', ['Luleå', 'Piteå']],
    ['en', '📍 Leeds and Sheffield', ['Leeds', 'Sheffield']],
  ] as const)('%s: %s', (lang, line, towns) => {
    const html = page(lang, { title: 'Operatør | Avisa', body: `<h1>Operatør</h1><div class="icon-line"><span>${line}</span></div>` });
    expect(ad(html, BOARD)?.locations).toEqual(towns.map((city) => ({ city })));
  });

  test('nb: the heading "Tømrer – Tromsø og Finnsnes" gives both towns', () => {
    const html = page('nb', { title: 'Tømrer – Tindvik Bygg', body: '<h1>Tømrer – Tromsø og Finnsnes</h1>' });
    expect(ad(html, BOARD)?.locations).toEqual([{ city: 'Tromsø' }, { city: 'Finnsnes' }]);
  });
});

describe("the employer's line above the town's line under the heading, on a board the list does not know", () => {
  test.each([
    ['en', 'Payroll Officer', 'Kingsbury Shared Services', 'Worcester', 'Councilsjobs'],
    ['nb', 'Lønnsmedarbeider', 'Vestby Felles Tjenester', 'Drammen', 'Kommunejobb'],
    ['sv', 'Löneadministratör', 'Sjöbo Gemensamma Tjänster', 'Växjö', 'Kommunjobb'],
  ] as const)('%s', (lang, heading, employer, town, board) => {
    const html = page(lang, {
      title: `${heading} - ${town} | ${board}`,
      body: `<h1>${heading}</h1><div class="facts"><p>${employer}</p><p>${town}</p></div><p>${heading}.</p>`,
      after: `<footer><p>About ${board}</p><p>${board} © 2026</p></footer>`,
    });
    expect(ad(html, 'https://www.council-vacancies.example/job/8812')?.hiringOrganization?.name).toBe(employer);
  });
});
