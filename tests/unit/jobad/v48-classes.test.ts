import { describe, expect, test } from 'vitest';
import { capturePage } from '../../../content/capture-page';
import { textLines } from '../../../content/element-text';
import { guessCompany } from '../../../core/company/identity';
import { withoutAddress } from '../../../core/company/org-names';
import { isNoName } from '../../../core/company/page-words';
import { placeOfStateLine } from '../../../core/jobad/address-segment';
import { tidyTitle } from '../../../core/jobad/title-tidy';
import { ad, BOARD, ld, page } from './employer-pages';

/**
 * Classes the forty-eighth held-out set showed, read on purpose after its one measurement: a recruiter "given the task of
 * finding" someone for a client it names; the facts of a header line each after an icon the stylesheet draws; a title in
 * an element the layout calls "jobb-titel" (no h1) over a JobPosting's shorter title; "(Casual)" before a title's town,
 * "(Term)" and "– Night Duty" after it; "Bairnsdale VIC 3875" alone on an icon line; a JobPosting naming the partner
 * a paper publishes its ads through, or "Confidential", as the employer; a language switch ("ET · EN · RU") after a menu's
 * "Employer" link; a registry number in brackets under any registry's label; a company logo's town after a dash. Names
 * written for this test.
 */

const employer = (html: string, url = BOARD): string | undefined => ad(html, url)?.hiringOrganization?.name;

describe("a recruiter given the task of finding someone for a client it names: the client hires", () => {
  test.each([
    ['nb', 'Ulvkyst Rekruttering AS har fått i oppdrag å finne en produksjonsleder til Ulvfjord Hvitfisk AS i Berlevåg.', 'Produksjonsleder til Ulvfjord Hvitfisk AS', 'Ulvfjord Hvitfisk AS'],
    // Read so before too (the heading's "till Ulvsunds Fisk AB"), now by the sentence as well.
    ['sv', 'Ulvkust Rekrytering AB har fått i uppdrag att hitta en produktionsledare till Ulvsunds Fisk AB i Laxå.', 'Produktionsledare till Ulvsunds Fisk AB', 'Ulvsunds Fisk AB'],
  ] as const)('%s: %s', (lang, opening, heading, client) => {
    const firm = opening.split(' har ')[0]!;
    const html = page(lang, { title: `${heading} | Ulvposten Jobb`, head: ld({ title: heading, hiringOrganization: { name: firm.replace(/ A[SB]$/u, '') } }), body: `<h1>${heading}</h1><p>${opening}</p>` });
    const read = ad(html, BOARD);
    expect([read?.hiringOrganization?.name, read?.title]).toEqual([client, heading.split(' ')[0]]);
  });
});

describe('the facts of a header line, each after an icon the stylesheet draws', () => {
  const line = (html: string): string[] => textLines(new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html').body.firstElementChild!);
  test.each([
    ['<span class="ico ico-pin" aria-hidden="true"></span> Kvænangen <span class="ico ico-clock" aria-hidden="true"></span> Fast · Heltid <span class="ico ico-cal" aria-hidden="true"></span> Søknadsfrist: snarest', ['Kvænangen', 'Fast · Heltid', 'Søknadsfrist: snarest']],
    ['<i class="icon-location"></i> Bairnsdale VIC 3875 &nbsp; <i class="icon-clock"></i> Part time', ['Bairnsdale VIC 3875', 'Part time']],
  ])('%s', (html, lines) => {
    expect(line(html)).toEqual(lines);
  });
  test('one icon opening the line leaves it one line (guard)', () => {
    expect(line('<i class="fa fa-phone"></i> Ring oss på 22 00 00 00')).toEqual(['Ring oss på 22 00 00 00']);
  });
  test('nb: the place on such a line is the ad\'s', () => {
    const html = page('nb', { title: 'Maskinfører – Ulvposten', body: '<h1>Maskinfører til anleggsavdelingen</h1><div class="meta"><span class="ico ico-pin"></span> Kvænangen <span class="ico ico-clock"></span> Fast · Heltid <span class="ico ico-cal"></span> Søknadsfrist: snarest</div><p>Ulvbekk Anlegg AS er en lokal entreprenør med 22 ansatte.</p>' });
    expect(ad(html, BOARD)?.locations).toEqual([{ city: 'Kvænangen' }]);
  });
});

describe("a title in an element the layout calls the job's title in Swedish or Norwegian, over a shorter JobPosting title", () => {
  test.each([
    ['sv', 'jobb-titel', 'Produktutvecklare till designteamet'],
    // Read so before (the class was listed already); "jobb-titel" and "annonse-tittel" were not.
    ['nb', 'stilling-tittel', 'Maskinfører til anleggsavdelingen'],
    ['nb', 'annonse-tittel', 'Røkter til settefiskanlegget'],
  ] as const)('%s: class "%s"', (lang, cls, title) => {
    const html = page(lang, { title: `${title} | Ulvbladet Jobb`, head: ld({ title: title.split(' ')[0], hiringOrganization: { name: 'Ulvön Trä AB' } }), body: `<div class="kort"><img alt="Ulvön" src="data:,"><div class="${cls}">${title}</div><div class="rad">Osby</div></div>` });
    expect(ad(html, BOARD)?.title).toBe(title);
  });
});

describe("a title's terms and shift told after the role", () => {
  test.each([
    ['Plant Operator for our Roads Crew (Casual)', 'Plant Operator for our Roads Crew'],
    ['Heavy Duty Mechanic (Term)', 'Heavy Duty Mechanic'],
    ['Registered Nurse to our Residential Care Unit – Night Duty, 0.6 FTE', 'Registered Nurse to our Residential Care Unit'],
    ['Long Term Care Aide', 'Long Term Care Aide'],
    ['Casual Dining Supervisor', 'Casual Dining Supervisor'],
  ])('%s', (title, tidy) => {
    expect(tidyTitle(title)).toBe(tidy);
  });
  test('en: "(Casual)" before the town the heading ends in goes with the town, the unit stays', () => {
    const html = page('en', { title: 'Plant Operator for our Roads Crew (Casual) – Cooma – Ulvaro Jobs', head: ld({ title: 'Plant Operator', hiringOrganization: 'Ulvalla Earthworks' }), body: '<h1>Plant Operator for our Roads Crew (Casual) – Cooma</h1><dl><dt>Employer:</dt><dd>Ulvalla Earthworks Pty Ltd</dd><dt>Location:</dt><dd>Cooma, NSW</dd></dl>' });
    expect(ad(html, BOARD)?.title).toBe('Plant Operator for our Roads Crew');
  });
});

describe('a town, its state and its postcode alone on a line', () => {
  test.each([
    ['Ulvsdale VIC 3875', { city: 'Ulvsdale', region: 'VIC' }],
    ['Port Ulvland, QLD 4871', { city: 'Port Ulvland', region: 'QLD' }],
    ['Unit 4 Parkway 2000', undefined],
    ['Ulvsdale XX 3875', undefined],
  ])('%s', (line, place) => {
    expect(placeOfStateLine(line)).toEqual(place);
  });
  test('en: the place an ad shows on its icon line', () => {
    const html = page('en', { title: 'Registered Nurse | Ulvsdale | Ulvland Jobs', body: '<p>Ulvriver Care</p><h1>Registered Nurse</h1><p class="meta"><i class="icon-location"></i> Ulvsdale VIC 3875 <i class="icon-clock"></i> Part time</p><p>Ulvriver Care Ltd is a not-for-profit provider of aged care.</p>' });
    expect(ad(html, BOARD)?.locations).toEqual([{ city: 'Ulvsdale', region: 'VIC' }]);
  });
});

describe('a JobPosting naming no employer of its own', () => {
  test.each([
    ['nb', 'Ulvmedia Jobb', '<p>Ulvbladet er en del av Ulvmedia. Stillingsannonser publiseres i samarbeid med Ulvmedia Jobb.</p>', 'Ulvstaven Havbruk AS'],
    ['sv', 'Ulvmedia Jobb', '<p>Platsannonserna publiceras i samarbete med Ulvmedia Jobb.</p>', 'Ulvstaven Havbruk AS'],
    ['en', 'Confidential', '', 'Ulvanja Personal OÜ'],
  ] as const)('%s: %s', (lang, given, footer, name) => {
    const html = page(lang, { title: 'Havbruksoperatør | Ulvbladet Jobb', head: ld({ title: 'Havbruksoperatør', hiringOrganization: { name: given } }), body: `<img alt="${name.split(' ')[0]}" src="data:,"><h1>Havbruksoperatør</h1><p>${name} · Ulvøy, 8770 Træna · Org.nr. 921 667 540</p>`, after: `<footer>${footer}</footer>` });
    expect(employer(html)).toBe(name);
  });
  test.each([['Confidential'], ['Anonym'], ['ET'], ['RU'], ['Ikke oppgitt']])('no name: %s', (text) => {
    expect(isNoName(text)).toBe(true);
  });
  test.each([['Ulvco'], ['EY'], ['Etne Sag AS']])('a name (guard): %s', (text) => {
    expect(isNoName(text)).toBe(false);
  });
  test('en: a language switch after the menu\'s "Employer" link is no employer', () => {
    const html = page('en', { title: 'Logistics Coordinator | Ulvleht.ee', head: ld({ title: 'Logistics Coordinator', hiringOrganization: { name: 'Confidential' } }), body: '<div class="top"><ul><li><a href="/en/cv">My CV</a></li><li><a href="/en/employer">Employer</a></li><li><a href="/et/">ET</a> · <a href="/en/">EN</a> · <a href="/ru/">RU</a></li></ul></div><div class="offer"><img alt="Ulvanja Personal" src="data:,"><span>Ulvanja Personal</span><h1>Logistics Coordinator</h1><p>Ulvanja Personal OÜ is a recruitment and staffing company in South Estonia.</p></div>' });
    expect(employer(html)).toBe('Ulvanja Personal OÜ');
  });
});

describe('a registry number in brackets, under any registry\'s label, and what follows it', () => {
  test.each([
    ['Ulvron Safarit Oy (Business ID 3187442-6), Jäkäläntie 4, 99600 Sodankylä', 'Ulvron Safarit Oy'],
    ['Ulvport Pty Ltd (ACN 612 440 219), 4 Wharf Street, Perth', 'Ulvport Pty Ltd'],
    // Read so before: the labels the bracket knew already.
    ['Tallulv Utbildning AB (org.nr 556721-0938), huvudkontor Göteborg', 'Tallulv Utbildning AB'],
  ])('%s', (row, name) => {
    expect(withoutAddress(row)).toBe(name);
  });
});

describe("a company logo's town after a dash, the town the page's own address writes", () => {
  const name = (logo: string, footer: string): string | undefined => {
    const html = `<html lang="en"><head><title>Stay where the mountains start | Contact</title></head><body><header><img alt="${logo}" src="data:,"></header><main><h1>Stay where the mountains start</h1><p>The lodge sits on the lake road.</p></main><footer><p>${footer}</p></footer></body></html>`;
    const url = 'https://www.ulvaslodge.example/contact';
    const captured = capturePage(new DOMParser().parseFromString(html, 'text/html'), url);
    return guessCompany(url, captured.metadata, captured.jsonLd, undefined, captured.lines).name;
  };
  test('en: the logo\'s name without the town, written in full in the footer', () => {
    expect(name('Ulvas Lodge – Wanaka', 'Ulvas Alpine Lodge · Lake Road, Wanaka 9305, New Zealand')).toBe('Ulvas Alpine Lodge');
  });
});

describe('found when v48 moved in', () => {
  test("en: the data's office town, named only as the office and in the employer's letterhead, gives the page's town no country", () => {
    const html = page('en', {
      title: 'Deckhand – Valdez | Ulvsound Jobs',
      head: ld({ title: 'Deckhand', hiringOrganization: { name: 'Ulvnarrows Marine' }, jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Anchorage', addressRegion: 'AK', addressCountry: 'US' } } }),
      body: '<h1>Deckhand – Valdez</h1><table><tr><th>Location</th><td>Valdez, AK</td></tr></table><p>Our office in Anchorage handles payroll; you will work from the Valdez harbor.</p>',
      after: '<p>Ulvnarrows Marine Services, LLC · 2200 Tudor Road, Suite 12, Anchorage, AK 99507</p>',
    });
    expect(ad(html, BOARD)?.locations).toEqual([{ city: 'Valdez', region: 'AK' }]);
  });
  test('en: "Seasonal" on a tag line of its own beside "Full-time" on the next', () => {
    const html = page('en', { title: 'Safari Guide | Ulvtunturi Jobs', body: '<h1>Safari Guide</h1><p>Ulvro Safaris</p><div class="tags"><span>Seasonal</span> <span>Full-time</span> <span>English</span></div><p>Ulvron Safarit Oy takes small groups out on snowmobiles.</p>' });
    expect([...(ad(html, BOARD)?.employmentType ?? [])].sort()).toEqual(['FULL_TIME', 'TEMPORARY']);
  });
  test('en: "Temporary" as an item of the menu beside "Full-time" is no kind of the post (guard)', () => {
    const html = page('en', { title: 'Safari Guide | Ulvtunturi Jobs', body: '<ul class="menu"><li>Permanent</li><li>Temporary</li></ul><h1>Safari Guide</h1><div class="tags"><span>Full-time</span> <span>English</span></div><p>Ulvron Safarit Oy takes small groups out on snowmobiles.</p>' });
    expect(ad(html, BOARD)?.employmentType).toEqual(['FULL_TIME']);
  });
});
