import { describe, expect, test } from 'vitest';
import { JSDOM } from 'jsdom';
import { captureAd } from '../../fixtures/companies/identity-eval';
import { readPageLines } from '../../../content/page-lines';
import { legalNames } from '../../../core/company/org-names';
import { ad, BOARD, ld, SECTIONS, type Lang } from './employer-pages';

/**
 * More of the twenty-fourth held-out set's classes (v24-classes.test.ts has the first): a country row among the facts on
 * the capture path; a long footer paragraph read by its sentences; a heading div with role="heading"; a town with its
 * province's code; a location row naming the structured town's region; a Singapore entity number; a site's address as
 * its name. Names written for this test.
 */

describe('a country row among the facts, read on the capture path', () => {
  test.each([
    ['sv', 'Land', 'Sverige', 'Luleå', 'SE'],
    ['nb', 'Land', 'Norge', 'Bodø', 'NO'],
    ['en', 'Country', 'United Kingdom', 'Leeds', 'GB'],
  ] as const)('%s: %s', (lang, label, country, city, code) => {
    const html = `<html lang="${lang}"><head><title>Ingenjör | Jobb</title>${ld({ title: 'Ingenjör', hiringOrganization: { '@type': 'Organization', name: 'Norrsund Stål AB' }, jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: city, addressCountry: code } } })}</head>
      <body><main><h1>Ingenjör</h1><p>${'Vi bygger om verket och söker nya kollegor till driften. '.repeat(5)}</p>${SECTIONS[lang]}</main>
      <aside><dl class="fakta"><dt>Ort</dt><dd>${city}</dd><dt>${label}</dt><dd>${country}</dd></dl></aside></body></html>`;
    expect(captureAd(html, BOARD).jobAd?.locations).toEqual([{ city, country }]);
  });
});

// On the recruitment software's subdomain named for the brand (as CIPHR's), the footer's owner sentence names the employer.
describe("a long footer paragraph is read by its sentences", () => {
  test.each([
    ['en', 'Larkfield Homes', 'Larkfield Homes is the trading name of Larkfield Housing Trust Limited, a charitable community benefit society registered under the Co-operative and Community Benefit Societies Act 2014 (No. 31999R) and with the Regulator of Social Housing (L4999).', 'Larkfield Housing Trust Limited'],
  ] as const)('%s: %s', (lang, brand, sentence, name) => {
    const html = `<html lang="${lang}"><head><title>Vacancy details - ${brand} careers</title></head><body><header><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="${brand}"></header>
      <main><h1>Vacancy details</h1><table><tr><th>Job title</th><td>Tenancy Officer</td></tr></table><p>${'We support tenants who are at risk of losing their homes across the city and nearby villages. '.repeat(4)}</p>${SECTIONS[lang]}</main>
      <div class="site-footer"><p>${sentence} Registered office: 40 Quay Road, Norwich NR1 1QF, United Kingdom. Telephone 01603 000 000.</p><p>Powered by recruitment software</p></div></body></html>`;
    const tenant = brand.toLowerCase().replace(/\s+/g, '');
    expect(captureAd(html, `https://${tenant}.irecruit.example/Applicants/VacancyDetails.aspx?vid=1`)?.jobAd?.hiringOrganization?.name).toBe(name);
  });

  test.each([
    ['nb', 'Solvik Hjem er et varemerke for Solvik Boligstiftelse AS, en allmennyttig stiftelse som eier og forvalter utleieboliger for vanskeligstilte i hele kommunen og samarbeider med NAV, Husbanken, frivillige organisasjoner og boligkontoret om tiltak for trygge bosituasjoner.', 'Solvik Boligstiftelse AS'],
    ['sv', 'Ljungby Hem är ett varumärke för Ljungby Bostadsstiftelse AB, ett allmännyttigt bostadsbolag som äger och förvaltar hyresrätter i hela kommunen och samarbetar med socialtjänsten, hyresgästföreningen, frivilliga organisationer och kommunens bostadsenhet om tryggt boende.', 'Ljungby Bostadsstiftelse AB'],
  ] as const)('%s: the brand sentence of a long paragraph is a footer line of its own', (lang, sentence, name) => {
    const html = `<html lang="${lang}"><body><main><h1>Ledig stilling</h1></main><footer><p>${sentence} Besøksadresse: Storgata 1, 8006 Bodø. Telefon 75 00 00 00.</p></footer></body></html>`;
    const footer = readPageLines(new JSDOM(html).window.document).footer;
    expect(footer[0]).toBe(sentence);
    expect(legalNames(footer)).toContain(name);
  });
});

describe("a heading div with role=\"heading\" and a town with its province's code", () => {
  test.each([
    ['Mississauga, ON', { city: 'Mississauga', region: 'ON' }],
    ['Kelowna, BC', { city: 'Kelowna', region: 'BC' }],
    ['Round Rock, TX', { city: 'Round Rock', region: 'TX' }],
  ])('%s', (line, place) => {
    const html = `<html lang="en"><head><title>Job offer Maintenance Mechanic - Somewhere | Jobboard.com</title></head><body><main>
      <div class="offer-title" role="heading" aria-level="1">Maintenance Mechanic - Flexible Packaging Line</div><p class="company">Northbay Packaging</p><p class="loc">${line}</p>
      <p>${'Northbay Packaging Inc. makes printed pouches for food brands and runs eight presses on two shifts. '.repeat(3)}</p>${SECTIONS.en}</main></body></html>`;
    const { jobAd } = captureAd(html, 'https://www.jobboard.example/en/offer/123');
    expect(jobAd?.title).toBe('Maintenance Mechanic - Flexible Packaging Line');
    expect(jobAd?.locations).toEqual([place]);
  });
});

describe("a location row naming the structured town's region", () => {
  test.each([
    ['en', 'Location', 'Kiambu', { addressLocality: 'Thika', addressRegion: 'Kiambu', addressCountry: 'KE' }, 'Thika'],
    ['nb', 'Sted', 'Nordland', { addressLocality: 'Fauske', addressRegion: 'Nordland', addressCountry: 'NO' }, 'Fauske'],
    ['sv', 'Ort', 'Skåne', { addressLocality: 'Ystad', addressRegion: 'Skåne', addressCountry: 'SE' }, 'Ystad'],
  ] as const)('%s: %s', (lang, label, row, address, city) => {
    const html = `<html lang="${lang}"><head><title>Finance Officer | Jobs</title>${ld({ title: 'Finance Officer', jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', ...address } } })}</head>
      <body><main><h1>Finance Officer</h1><dl><dt>${label}</dt><dd>${row}</dd></dl>${SECTIONS[lang]}</main></body></html>`;
    expect(ad(html, BOARD)?.locations.map((l) => l.city)).toEqual([city]);
  });
});

describe("a Singapore entity's number, and a site's address as its name", () => {
  test('the UEN line names the employer in full', () => {
    const html = `<html lang="en"><head><title>Senior Executive, Procurement - Pasir Marine | Jobs</title></head><body><main><div class="co"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Pasir Marine"></div><h2>Senior Executive, Procurement</h2>
      <p>${'Pasir Marine repairs harbour craft at its yard and buys steel and valves for many projects a year. '.repeat(3)}</p>${SECTIONS.en}<p>Pasir Marine Engineering Pte. Ltd. (UEN 200817999W) · direct employer</p></main></body></html>`;
    expect(ad(html, BOARD)?.hiringOrganization?.name).toMatch(/^Pasir Marine Engineering Pte\. Ltd\.?$/u);
  });

  test.each([
    ['en', 'Real Estate Virtual Assistant - RemoteHire.ph', 'https://www.remotehire.ph/job/1', 'Hi there! We are Moreland Keys Property Group Pty Ltd, a family-run agency in Brisbane.', 'Moreland Keys Property Group Pty Ltd'],
    ['nb', 'Kundeservicemedarbeider - Jobbtorget.no', 'https://www.jobbtorget.no/stilling/1', 'Hei! Vi er Fjellvang Eiendom AS, et eiendomsselskap i Tromsø.', 'Fjellvang Eiendom AS'],
    ['sv', 'Kundtjänstmedarbetare - Jobbtorget.se', 'https://www.jobbtorget.se/jobb/1', 'Hej! Vi är Ljungvik Fastigheter AB, ett fastighetsbolag i Umeå.', 'Ljungvik Fastigheter AB'],
  ] as const)("%s: %s", (lang, title, url, opening, name) => {
    const site = title.split(' - ')[1]!;
    const html = `<html lang="${lang}"><head><title>${title}</title></head><body><main><h1>${title.split(' - ')[0]}</h1><p>${opening}</p>${SECTIONS[lang as Lang]}</main><footer><p>© 2026 ${site}. All rights reserved.</p></footer></body></html>`;
    expect(ad(html, url)?.hiringOrganization?.name).toBe(name);
  });
});
