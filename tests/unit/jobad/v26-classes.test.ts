import { describe, expect, test } from 'vitest';
import { captureAd } from '../../fixtures/companies/identity-eval';
import { tidyTitle } from '../../../core/jobad/title-tidy';
import { locationsFromText } from '../../../core/jobad/location';
import { ad, BOARD, ld, page, SECTIONS, type Lang } from './employer-pages';

/**
 * Classes the twenty-sixth held-out set showed, in English, Norwegian and Swedish: a board or a paper whose address
 * spells the name its JobPosting gives as the employer, and whose ad never speaks of it; a heading "X söker: …"; a label
 * the layout sets apart from its value by style alone; a fact's values on lines of one cell; a country row for any
 * country's code; "Cebu City, Cebu"; a poster's account that writes the firm's words joined; a heading's town named
 * for the district the place row gives; "mnd." and "mån." in a term; "ref." inside the sentence with the deadline.
 * Names written for this test.
 */

describe('a site named as the employer in its own JobPosting, that the ad never names, is not the employer', () => {
  test.each([
    ['en', 'https://jobs.jobmarkt.example/qatar/job/1', 'Jobmarkt', '<p>Harbour Facilities Services W.L.L. · Doha</p>', '<p>Jobmarkt is not responsible for third-party ads.</p>', 'Harbour Facilities Services W.L.L.'],
    ['nb', 'https://www.fjordposten.example/jobb/1', 'Fjordposten', '<p>Firma: Lauvvik Havbruk AS</p>', '<footer><p>Fjordposten AS · Havnegata 9, 7800 Namsos</p></footer>', 'Lauvvik Havbruk AS'],
    ['sv', 'https://www.dalabladet.example/jobb/1', 'Dalabladet', '<p>Arbetsgivare: Lindhärads Kraft AB</p>', '<p>Dalabladet använder cookies.</p>', 'Lindhärads Kraft AB'],
  ] as const)('%s: %s', (lang, url, site, line, around, employer) => {
    const head = `<meta property="og:site_name" content="${site}">${ld({ title: 'Driftstekniker', hiringOrganization: { '@type': 'Organization', name: site } })}`;
    expect(ad(page(lang, { title: `Driftstekniker | ${site}`, head, body: `<h1>Driftstekniker</h1>${line}`, after: around }), url)?.hiringOrganization?.name).toBe(employer);
  });

  test('nb: on its own site, an employer whose ad speaks of itself stays the employer', () => {
    const head = `<meta property="og:site_name" content="Tverrdal Bygg">${ld({ title: 'Anleggsleder', hiringOrganization: { '@type': 'Organization', name: 'Tverrdal Bygg' } })}`;
    const html = page('nb', { title: 'Anleggsleder | Tverrdal Bygg', head, body: '<h1>Anleggsleder</h1><p>Tverrdal Bygg er en entreprenør i vekst. Vi bygger sammen med Hillevåg Betong AS.</p>' });
    expect(ad(html, 'https://www.tverrdalbygg.example/jobb/1')?.hiringOrganization?.name).toBe('Tverrdal Bygg');
  });
});

describe('a heading "X söker: role" names the employer and the role', () => {
  test.each([
    ['sv', 'Lindhärads Kraftteknik söker: Elkonstruktör signalsystem', 'Elkonstruktör signalsystem', 'Lindhärads Kraftteknik'],
    ['nb', 'Bjørkås Mekaniske søker: Sveiser', 'Sveiser', 'Bjørkås Mekaniske'],
    ['en', 'Calder Steel is hiring: Welder', 'Welder', 'Calder Steel'],
  ] as const)('%s: %s', (lang, heading, title, employer) => {
    const found = ad(page(lang, { title: `${heading} | Jobb`, body: `<h1>${heading}</h1>` }), BOARD);
    expect(found?.title).toBe(title);
    expect(found?.hiringOrganization?.name).toBe(employer);
  });
});

describe('a label set apart from its value by style alone, and the values on lines of one cell', () => {
  test.each([
    ['en', 'Company Name', 'Saffar Talent'],
    ['nb', 'Arbeidsgiver', 'Solvik Bemanning'],
    ['sv', 'Arbetsgivare', 'Ljungby Bemanning'],
  ] as const)('%s: "<span>%s</span>%s"', (lang, label, employer) => {
    const html = page(lang, { title: 'Receptionist | Board', body: `<h1>Receptionist</h1><div class="facts"><div><span>${label}</span>${employer}</div></div>` });
    expect(captureAd(html, BOARD).jobAd?.hiringOrganization?.name).toBe(employer);
  });

  test.each([
    ['en', 'Locations', 'Birmingham, West Midlands<br>Leeds, West Yorkshire', ['Birmingham West Midlands', 'Leeds West Yorkshire']],
    ['nb', 'Arbeidssted', 'Hamar, Innlandet<br>Gjøvik, Innlandet', ['Hamar Innlandet', 'Gjøvik Innlandet']],
    ['sv', 'Placering', 'Umeå, Västerbotten<br>Luleå, Norrbotten', ['Umeå Västerbotten', 'Luleå Norrbotten']],
  ] as const)('%s: %s', (lang, label, value, places) => {
    const html = page(lang, { title: 'Graduate Engineer | Board', body: `<h1>Graduate Engineer</h1><dl><dt>${label}</dt><dd>${value}</dd></dl>` });
    for (const found of [ad(html, BOARD), captureAd(html, BOARD).jobAd]) {
      expect(found?.locations.map((l) => [l.city, l.region].join(' '))).toEqual(places);
    }
  });
});

describe("a country row writes the structured data's code in full, whatever the country", () => {
  test.each([
    ['en', 'Country', 'Pakistan', 'PK', 'Lahore'],
    ['nb', 'Land', 'Polen', 'PL', 'Gdańsk'],
    ['sv', 'Land', 'Estland', 'EE', 'Tallinn'],
  ] as const)('%s: "%s: %s" for %s', (lang, label, country, code, city) => {
    const head = ld({ title: 'Accountant', hiringOrganization: { name: 'Ravi Mills Ltd' }, jobLocation: { '@type': 'Place', address: { addressLocality: city, addressCountry: code } } });
    const html = page(lang, { title: 'Accountant | Board', head, body: `<h1>Accountant</h1><table><tr><td>${label}:</td><td>${country}</td></tr></table>` });
    expect(ad(html, BOARD)?.locations[0]?.country).toBe(country);
  });

  test('en: a country inside the byline leaves the code', () => {
    const head = ld({ title: 'HSE Officer', hiringOrganization: { name: 'Wasmi Services W.L.L.' }, jobLocation: { '@type': 'Place', address: { addressLocality: 'Doha', addressCountry: 'QA' } } });
    expect(ad(page('en', { title: 'HSE Officer | Board', head, body: '<h1>HSE Officer</h1><p>Wasmi Services · Doha, Qatar · Posted 3 days ago</p>' }), BOARD)?.locations[0]?.country).toBe('QA');
  });
});

describe('"Cebu City, Cebu": a city and the province it is named for', () => {
  test('the text alone', () => {
    expect(locationsFromText('Cebu City, Cebu')).toEqual([{ city: 'Cebu City', region: 'Cebu' }]);
    expect(locationsFromText('Cardiff Bay, Cardiff')).toEqual([{ city: 'Cardiff' }]);
  });

  test("over the structured data's shorter town and its wider region", () => {
    const head = ld({ title: 'Team Leader', hiringOrganization: { name: 'Bayani Contact, Inc.' }, jobLocation: { '@type': 'Place', address: { addressLocality: 'Cebu', addressRegion: 'Central Visayas', addressCountry: 'Philippines' } } });
    const found = ad(page('en', { title: 'Team Leader | Board', head, body: '<h1>Team Leader</h1><dl><dt>Location:</dt><dd>Cebu City, Cebu</dd></dl>' }), BOARD);
    expect(found?.locations).toEqual([{ city: 'Cebu City', region: 'Cebu', country: 'Philippines' }]);
  });
});

describe("a poster's account that writes the firm's first words joined is the firm the ad names with its legal form", () => {
  test.each([
    ['en', 'BaktiJaya HR', 'Syarikat Bakti Jaya Sdn Bhd, a supplier of industrial gases, is looking for an Account Executive.', 'Syarikat Bakti Jaya Sdn Bhd'],
    ['nb', 'FjellTransport Rekruttering', 'Fjell Transport AS er et transportselskap med 40 ansatte.', 'Fjell Transport AS'],
    ['sv', 'SkogLinje HR', 'Skog Linje AB är ett åkeri med 25 anställda.', 'Skog Linje AB'],
  ] as const)('%s: "%s"', (lang, account, opening, employer) => {
    const html = page(lang, { title: 'Säljare | Board', body: `<h1>Säljare</h1><p>${opening}</p>`, after: `<aside class="seller"><h3>${account}</h3></aside>` });
    const input = { html: html.replace('<main>', `<main><dl><dt>${lang === 'en' ? 'Employer' : lang === 'nb' ? 'Arbeidsgiver' : 'Arbetsgivare'}</dt><dd>${account}</dd></dl>`) };
    expect(ad(input.html, BOARD)?.hiringOrganization?.name).toBe(employer);
  });

  test('en: a brand of one word that is no joined name stays', () => {
    const html = page('en', { title: 'Sales | Board', body: '<h1>Sales</h1><dl><dt>Employer</dt><dd>Brightline HR</dd></dl><p>Bright Light Ltd is a lamp maker.</p>' });
    expect(ad(html, BOARD)?.hiringOrganization?.name).not.toBe('Bright Light Ltd');
  });
});

describe("a heading's town named for the district the place row gives", () => {
  test.each([
    ['en', 'Account Executive – Kuala Belait', 'Location', 'Belait', 'Account Executive', 'Kuala Belait'],
    ['nb', 'Lagermedarbeider – Ytre Enebakk', 'Sted', 'Enebakk', 'Lagermedarbeider', 'Ytre Enebakk'],
    ['sv', 'Lagerarbetare – Södra Sandby', 'Ort', 'Sandby', 'Lagerarbetare', 'Södra Sandby'],
  ] as const)('%s: %s', (lang, heading, label, district, title, town) => {
    const found = ad(page(lang, { title: `${heading} | Board`, body: `<h1>${heading}</h1><dl><dt>${label}</dt><dd>${district}</dd></dl>` }), BOARD);
    expect(found?.locations).toEqual([{ city: town, region: district }]);
    expect(found?.title).toBe(title);
  });
});

describe('"mnd." and "mån." in the terms after the role', () => {
  test.each([
    ['Prosessoperatør til elektrolysehallen (100 %), vikariat 12 mnd.', 'Prosessoperatør til elektrolysehallen'],
    ['Undersköterska, vikariat 6 mån.', 'Undersköterska'],
    ['Care Assistant, fixed term 6 months', 'Care Assistant'],
  ])('%s', (title, tidy) => {
    expect(tidyTitle(title)).toBe(tidy);
  });
});

describe('a reference number inside the sentence that gives the deadline', () => {
  test.each([
    ['en', 'Please send your CV quoting ref. KSM/CP/12 by 15/01/2027.'],
    ['nb', 'Send søknad merket ref. 12/34 innen 15. januar 2027.'],
    ['sv', 'Skicka din ansökan märkt ref. nr. 12 senast 15 januari 2027.'],
  ] as const)('%s: %s', (lang, sentence) => {
    const html = `<html lang="${lang}"><head><title>Accounts Assistant | Board</title></head><body><main><h1>Accounts Assistant</h1><h2>Duties</h2><ul><li>Payroll</li></ul><h2>Requirements</h2><ul><li>Degree</li></ul><p>${sentence}</p></main></body></html>`;
    expect(ad(html, BOARD)?.validThrough).toBe('2027-01-15');
  });
});

describe("the heading of what the post holds: 'Job scope', 'Stillingens innhold', 'Tjänstens innehåll'", () => {
  test.each([
    ['en', 'Job scope:', 'Visit existing customers and take orders'],
    ['nb', 'Stillingens innhold', 'Besøke kunder og ta imot bestillinger'],
    ['sv', 'Tjänstens innehåll', 'Besöka kunder och ta emot beställningar'],
  ] as const)('%s: %s', (lang, heading, duty) => {
    const html = `<html lang="${lang}"><head><title>Selger | Board</title></head><body><main><h1>Selger</h1><h2>${heading}</h2><ul><li>${duty}</li><li>${duty} i regionen</li></ul>${SECTIONS[lang].replace(/<h2>[^<]*<\/h2><ul><li>[^<]*<\/li><\/ul>/u, '')}</main></body></html>`;
    expect(ad(html, BOARD)?.responsibilities).toContain(duty);
  });
});

describe('"Co., Ltd.", as Thai and Chinese firms close their names, is one legal form', () => {
  test.each(['Siam Lamai Foods Co., Ltd.', 'Siam Lamai Foods Co.,Ltd.', 'Siam Lamai Foods Co. Ltd.'])('%s', (legal) => {
    const head = ld({ title: 'QA Supervisor', hiringOrganization: { '@type': 'Organization', name: 'Siam Lamai Foods' } });
    const html = page('en', { title: 'QA Supervisor | Board', head, body: `<h1>QA Supervisor</h1><p>${legal} bakes bread for convenience stores.</p>` });
    expect(ad(html, BOARD)?.hiringOrganization?.name).toBe(legal);
  });
});
