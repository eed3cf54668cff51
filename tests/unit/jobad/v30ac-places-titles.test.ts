// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { ad, BOARD, ld, page, SECTIONS } from './employer-pages';

/**
 * Place and title classes the thirtieth held-out set's parts A and C showed: a paper's menu of local editions above the
 * heading; an agency's office as the structured place; a firm's "söker" heading over the job's line; the terms and the
 * client left once the place goes; a division or province row; a place named by its kind after a dash; a town no
 * register knows over the terms' line. Names written for this test.
 */

const at = (html: string, url = BOARD): string[] => (ad(html, url)?.locations ?? []).map((l) => [l.city, l.region, l.country].filter(Boolean).join(' '));

describe("a paper's menu of local editions above the heading is not the job's place", () => {
  test.each([
    ['sv', ['Nyheter', 'Uddevalla', 'Lysekil', 'Sport', 'Jobb'], 'Strömstad · Heltid · Tillsvidare', 'Strömstad'],
    ['nb', ['Nyheter', 'Horten', 'Tønsberg', 'Sport', 'Jobb'], 'Sandefjord · Heltid · Fast', 'Sandefjord'],
    ['en', ['News', 'Leeds', 'York', 'Sport', 'Jobs'], 'Sheffield · Full-time · Permanent', 'Sheffield'],
  ] as const)('%s', (lang, menu, line, town) => {
    // The paper's header outside the ad's own, as Hallands Nyheter lays its job pages out.
    const html =
      `<html lang="${lang}"><head><title>Brewer | Jobs</title></head><body><header><ul class="nav">${menu.map((m) => `<li>${m}</li>`).join('')}</ul></header>` +
      `<main><article><header><h1>Brewer</h1><p>${line}</p></header><p>We brew lager and ale for the region.</p>${SECTIONS[lang]}</article></main></body></html>`;
    expect(at(html)).toEqual([town]);
  });
});

describe("an agency's office as the structured place gives way to the place the page shows", () => {
  test.each([
    ['sv', 'Kustrekrytering AB', 'Halmstad', 'Strömstad', 'Kustrekrytering söker för kunds räkning en bryggmästare till Tångaby Bryggeri AB. I denna rekrytering samarbetar Tångaby Bryggeri med Kustrekrytering AB, Halmstad.'],
    ['en', 'Coastline Talent Ltd', 'Truro', 'Falmouth', 'Coastline Talent is recruiting on behalf of our client, Harlow Bay Aggregates Ltd. Contact Coastline Talent Ltd, Truro for details.'],
  ] as const)('%s', (lang, agency, office, town, text) => {
    const head = ld({ title: 'Brewer', hiringOrganization: { '@type': 'Organization', name: agency }, jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: office } } });
    const html = page(lang, { title: 'Brewer | Jobs', head, body: `<h1>Brewer</h1><p>${town} · Full-time</p><p>${text}</p>` });
    expect(at(html)).toEqual([town]);
  });

  test('sv: a structured town the ad also names as the workplace stays', () => {
    const head = ld({ title: 'Brewer', hiringOrganization: { '@type': 'Organization', name: 'Kustrekrytering AB' }, jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Halmstad' } } });
    const text = 'Kustrekrytering söker för kunds räkning en bryggmästare till Tångaby Bryggeri AB. Bryggeriet ligger i Halmstad. Kontakt: Kustrekrytering AB, Halmstad.';
    const html = page('sv', { title: 'Bryggmästare | Jobb', head, body: `<h1>Bryggmästare</h1><p>Strömstad · Heltid</p><p>${text}</p>` });
    expect(at(html)).toEqual(['Halmstad']);
  });
});

describe('a heading that says who seeks, the line under it the job', () => {
  test.each([
    ['sv', 'Nolby Pumpteknik söker', 'Inköpare – Alingsås', 'Inköpare'],
    ['nb', 'Hovland Sag AS søker', 'Sagbruksoperatør – Voss', 'Sagbruksoperatør'],
    ['en', 'Harlow Bay Aggregates is hiring', 'Quarry Supervisor – Falmouth', 'Quarry Supervisor'],
  ] as const)('%s', (lang, heading, line, title) => {
    const html = page(lang, { title: `${heading} | Jobs`, body: `<h1>${heading}</h1><p>${line}</p><p>We make pumps and sell them across the Nordic countries through wholesalers.</p>` });
    expect(ad(html, BOARD)?.title).toBe(title);
  });
});

describe('the terms and the company before the place go once the place has', () => {
  test.each([
    ['nb', 'Prosessoperatør til Sunde Metall, 75 % – Husnes', 'Sunde Metall AS', 'Prosessoperatør'],
    ['sv', 'Montör till Tångaby Bryggeri, 50 % – Hyltebruk', 'Tångaby Bryggeri AB', 'Montör'],
  ] as const)('%s', (lang, heading, client, title) => {
    const text = lang === 'nb' ? `Kvam Bemanning AS er eit bemanningsbyrå. Du blir fast tilsett hos oss og arbeider på oppdrag for ${client}.` : `Sotenäs Bemanning AB är ett bemanningsföretag. Du blir anställd hos oss och arbetar som konsult hos ${client}.`;
    const html = page(lang, { title: `${heading} | Jobb`, body: `<h1>${heading}</h1><p>${lang === 'nb' ? 'Sted' : 'Ort'}: ${heading.split(' – ')[1]}</p><p>${text}</p>` });
    expect(ad(html, BOARD)?.title).toBe(title);
  });
});

describe('a division or province row is the region', () => {
  test.each([
    ['en', 'Division', 'Western Division', 'Nadi', 'Nadi Western Division'],
    ['en', 'Province', 'Copperbelt', 'Kitwe', 'Kitwe Copperbelt'],
  ] as const)('%s: %s', (lang, label, region, town, place) => {
    const html = page(lang, { title: 'Guest Services Manager | Vacancies', body: `<h1>Guest Services Manager</h1><dl><dt>Location</dt><dd>${town}</dd><dt>${label}</dt><dd>${region}</dd></dl>` });
    expect(at(html)).toEqual([place]);
  });
});

describe('a place named by its kind after a dash is no part of the title', () => {
  test.each([
    ['en', 'Guest Services Manager – Denarau Island', 'Guest Services Manager'],
    ['en', 'Lifeguard – Bondi Beach', 'Lifeguard'],
    ['en', 'Product Manager – Payments', 'Product Manager – Payments'],
  ] as const)('%s: %s', (lang, heading, title) => {
    const html = page(lang, { title: `${heading} :: Vacancies`, body: `<h1>${heading}</h1><p>Our resort welcomes families all year round.</p>` });
    expect(ad(html, BOARD)?.title).toBe(title);
  });
});

describe("a town no register knows, on the line under the heading, over the terms' line", () => {
  test.each([
    ['en', "St. Julian's", 'Full-time', "St. Julian's"],
    ['sv', 'Ta’ Xbiex', 'Heltid', 'Ta’ Xbiex'],
    ['en', 'TYPE OF WORK', 'Full Time', undefined],
  ] as const)('%s: %s', (lang, line, terms, town) => {
    const html = page(lang, { title: 'Senior Payments Analyst | Jobs', body: `<h2>Senior Payments Analyst</h2><div>${line}</div><div>${terms}</div><div>Hybrid</div><p>We run the payments behind six brands.</p>` });
    expect(at(html)).toEqual(town ? [town] : []);
  });
});
