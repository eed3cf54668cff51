// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { captureAd } from '../../fixtures/companies/identity-eval';
import { tidyTitle } from '../../../core/jobad/title-tidy';
import { ad, BOARD, ld, SECTIONS, type Lang } from './employer-pages';

/**
 * Classes the twenty-fourth held-out set showed, in English, Norwegian and Swedish: "Vi på X söker" with the paper's
 * initials closing the page's title; a season and "long term" after the role; a recruitment firm that helps a named
 * client find someone; a brand that cuts its registered name's last word short ("ekonomisk förening" a legal form); a
 * heading of two spans (the role and its towns); "Välkommen med din ansökan … senast", "apply until", "review
 * applications until"; a structured deadline on the day of posting; a country row among the facts; a long footer
 * paragraph read by its sentences; a heading div with role="heading"; a town with its province's code; a location row
 * that names the structured town's region; a site's address as its name. Names written for this test.
 */

const page = (lang: Lang, p: { title: string; head?: string; site?: string; body?: string; footer?: string }) =>
  `<html lang="${lang}"><head><title>${p.title}</title>${p.head ?? ''}${p.site ? `<meta property="og:site_name" content="${p.site}">` : ''}</head><body><main>${p.body ?? ''}<p>Vi har en ledig stilling.</p>${SECTIONS[lang]}</main>${p.footer ? `<footer>${p.footer}</footer>` : ''}</body></html>`;

describe("'we at X are looking for' under a page title that closes with the paper's initials", () => {
  test.each([
    ['sv', 'Hotellreceptionist – Östersund | Jobb | SP', 'Sundsvalls-Posten', 'Vi på Vemdal Bemanning söker receptionister till vår kund i Östersund.', 'Vemdal Bemanning i Jämtland AB är ett bemanningsföretag.', 'Vemdal Bemanning i Jämtland AB'],
    ['nb', 'Resepsjonist – Lillehammer | Jobb | GD', 'Gudbrandsdølen Dagningen', 'Vi i Ustedal Bemanning søker resepsjonister til vår kunde på Lillehammer.', 'Ustedal Bemanning Buskerud AS er et bemanningsbyrå.', 'Ustedal Bemanning Buskerud AS'],
    ['en', 'Receptionist – Keswick | Jobs | WG', 'Westmorland Gazette', 'We at Borrowdale Staffing are looking for receptionists for a hotel client in Keswick.', 'Borrowdale Staffing North Ltd is a staffing agency.', 'Borrowdale Staffing North Ltd'],
  ] as const)('%s: %s', (lang, title, site, opening, about, name) => {
    const html = page(lang, { title, site, body: `<h1>${title.split(' – ')[0]}</h1><p>${opening}</p><h2>Om oss</h2><p>${about}</p>`, footer: `<p>${site} · ${title.split(' | ')[2]} ingår i Mediehuset.</p>` });
    expect(ad(html, BOARD)?.hiringOrganization?.name).toBe(name);
  });
});

describe('a season and a long term after the role', () => {
  test.each([
    ['Hotellreceptionist – säsong vintern 2027', 'Hotellreceptionist'],
    ['Resepsjonist – sesong vinteren 2027', 'Resepsjonist'],
    ['Real Estate Virtual Assistant (Full-Time, Long Term)', 'Real Estate Virtual Assistant'],
    ['Long Term Care Assistant', 'Long Term Care Assistant'],
    ['Nurse - Long Term Care', 'Nurse - Long Term Care'],
  ])('%s', (title, tidy) => {
    expect(tidyTitle(title)).toBe(tidy);
  });
});

describe('a recruitment firm that helps a named client find someone', () => {
  test.each([
    ['sv', 'Talentbro Rekrytering AB', 'Talentbro Rekrytering hjälper Ekvik Trä att hitta en underhållstekniker.', 'Ekvik Trä AB är ett sågverk i Rottne.', 'Ekvik Trä AB'],
    ['nb', 'Fjordhjelp Rekruttering AS', 'Fjordhjelp Rekruttering hjelper Nesvik Mek med å finne en ny sveiser.', 'Nesvik Mek AS er et verksted på Stord.', 'Nesvik Mek AS'],
    ['en', 'Harbour Search Ltd', 'Harbour Search is helping Calder Foods to find a maintenance engineer.', 'Calder Foods Ltd is a bakery in Halifax.', 'Calder Foods Ltd'],
  ] as const)('%s: %s', (lang, firm, helps, about, client) => {
    const html = page(lang, { title: 'Tekniker | Jobb', head: ld({ title: 'Tekniker', hiringOrganization: { '@type': 'Organization', name: firm } }), body: `<h1>Tekniker</h1><p>${about} ${helps}</p>` });
    expect(ad(html, BOARD)?.hiringOrganization?.name).toBe(client);
  });
});

describe("a brand that cuts its registered name's last word short", () => {
  test.each([
    ['sv', 'Näsåker Skog', 'Näsåker Skogsägare ekonomisk förening · Org.nr 716402-3381 · Storgatan 1, 872 30 Kramfors', 'Näsåker Skogsägare ekonomisk förening'],
    ['nb', 'Nordvik Elektro', 'Nordvik Elektroinstallasjon AS · Org.nr 912 345 678 · Strandgata 2, 8006 Bodø', 'Nordvik Elektroinstallasjon AS'],
    ['en', 'Brindle Pharma', 'Brindle Pharmaceuticals Ltd · Company No. 08123456 · 4 Mill Road, Leeds LS1 4AB', 'Brindle Pharmaceuticals Ltd'],
  ] as const)('%s: %s', (lang, brand, line, name) => {
    const html = page(lang, { title: 'Tekniker | Jobb', body: `<div class="employer"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="${brand}"></div><h1>Tekniker</h1><p>${line}</p>` });
    expect(ad(html, BOARD)?.hiringOrganization?.name).toBe(name);
  });
});

describe("a heading of two spans: the role and the towns it is in", () => {
  test.each([
    ['sv', 'Virkesköpare', 'Kramfors/Härnösand'],
    ['nb', 'Skogbruksleder', 'Elverum/Hamar'],
    ['en', 'Warehouse Operative', 'Leeds/York'],
  ] as const)('%s: %s', (lang, role, towns) => {
    const html = page(lang, { title: `${role} ${towns} | Jobb`, body: `<h1><span class="t">${role}</span> <span class="ort">${towns}</span></h1>` });
    const found = ad(html, BOARD);
    expect(found?.title).toBe(role);
    expect(found?.locations.map((l) => l.city)).toEqual(towns.split('/'));
  });
});

describe('deadlines written as a welcome, an "apply until" and a review date', () => {
  test.each([
    ['sv', 'Välkommen med din ansökan via vårt rekryteringssystem senast den 12 januari 2027.', '2027-01-12'],
    ['nb', 'Velkommen med din søknad via vårt rekrutteringssystem innen 12. januar 2027.', '2027-01-12'],
    ['en', 'Candidates may apply until 10 January 2027. Interviews follow in the week after.', '2027-01-10'],
    ['en', 'We will review applications until 14 January 2027, and interviews will happen the week after.', '2027-01-14'],
  ] as const)('%s: %s', (lang, prose, date) => {
    const html = `<html lang="${lang}"><head><title>Lektor | Jobb</title></head><body><main><h1>Lektor</h1><p>${prose}</p><h2>Kvalifikationer</h2><ul><li>Doktorsexamen</li></ul></main></body></html>`;
    expect(ad(html, BOARD)?.validThrough).toBe(date);
  });

  test.each([
    ['en', 'Candidates may apply until 10 January 2027.', '2027-01-10'],
    ['nb', 'Søk innen 10. januar 2027.', '2027-01-10'],
    ['sv', 'Ansök senast 10 januari 2027.', '2027-01-10'],
  ] as const)('%s: a structured deadline on the day of posting is not one', (lang, prose, date) => {
    const html = `<html lang="${lang}"><head><title>Area Sales Manager | Jobs</title>${ld({ title: 'Area Sales Manager', datePosted: '2026-12-03', validThrough: '2026-12-03' })}</head><body><main><h1>Area Sales Manager</h1><p>${prose}</p></main></body></html>`;
    expect(ad(html, BOARD)?.validThrough).toBe(date);
  });
});
