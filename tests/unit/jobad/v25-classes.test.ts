import { describe, expect, test } from 'vitest';
import { captureAd } from '../../fixtures/companies/identity-eval';
import { tidyTitle } from '../../../core/jobad/title-tidy';
import { locationsFromText } from '../../../core/jobad/location';
import { ad, BOARD, ld, page, SECTIONS, type Lang } from './employer-pages';

/**
 * Classes the twenty-fifth held-out set showed, in English, Norwegian and Swedish: the other ads' heading closes the lines
 * a place is read from; a continuous shift after the role; a brand in the plural of its registered name's first part
 * ("Møbler" for "Møbelfabrikk"); a layout's title element the page's title opens; a recruitment firm that runs the
 * selection for an unnamed client; a symbol before the place and a region named "… Region"; the heading a structured
 * title leaves out, read from the page's title on the capture path. Names written for this test.
 */

describe("the other ads' heading closes the lines a place is read from", () => {
  test.each([
    ['sv', 'Besöksadress: Bruksgatan 22, 644 30 Torshälla', 'Fler lediga tjänster', 'Montör – Kjulby Verkstad AB, Eskilstuna', 'Torshälla'],
    ['nb', 'Besøksadresse: Verftsveien 3, 6390 Vestnes', 'Flere ledige stillinger', 'Sveiser – Tindvik Mek AS, Molde', 'Vestnes'],
    ['en', 'Visiting address: 4 Mill Lane, Todmorden OL14 5AB', 'More jobs', 'Welder – Calder Steel Ltd, Leeds', 'Todmorden'],
  ] as const)('%s: %s', (lang, address, heading, other, city) => {
    const html = `<html lang="${lang}"><head><title>Gjutare | Jobb</title></head><body><main><h1>Gjutare</h1><p>Publicerad 4 december 2026</p>
      <h3>Kontakt</h3><p>${address}</p>${SECTIONS[lang]}<h3>${heading}</h3><ul><li>${other}</li></ul></main></body></html>`;
    expect(ad(html, BOARD)?.locations.map((l) => l.city)).toEqual([city]);
  });
});

describe('a continuous shift after the role', () => {
  test.each([
    ['Prosessoperatør til ovnsdrift – helkontinuerlig skift', 'Prosessoperatør til ovnsdrift'],
    ['Operatør – døgnkontinuerlig skift', 'Operatør'],
    ['Processoperatör – kontinuerligt skift', 'Processoperatör'],
    ['Process Operator – continuous shifts', 'Process Operator'],
    ['Kontinuerlig forbedring-leder', 'Kontinuerlig forbedring-leder'],
  ])('%s', (title, tidy) => {
    expect(tidyTitle(title)).toBe(tidy);
  });
});

describe("a brand in the plural of its registered name's first part", () => {
  test.each([
    ['nb', 'Hjelmeset Møbler', 'Hjelmeset Møbelfabrikk AS ble grunnlagt i 1948 og har i dag 120 ansatte.', 'Hjelmeset Møbelfabrikk AS'],
    ['sv', 'Ekbyhult Möbler', 'Ekbyhult Möbelfabrik AB grundades 1952 och har i dag 80 anställda.', 'Ekbyhult Möbelfabrik AB'],
    ['en', 'Harlowe Cycles', 'Harlowe Cycleworks Ltd was founded in 1979 and builds frames by hand.', 'Harlowe Cycleworks Ltd'],
  ] as const)('%s: %s', (lang, brand, sentence, name) => {
    const html = page(lang, { title: `Planner – ${brand} | Jobs`, body: `<div class="employer"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="${brand}"></div><h1>Planner</h1><h2>Om oss</h2><p>${sentence}</p>` });
    expect(ad(html, BOARD)?.hiringOrganization?.name).toBe(name);
  });
});

describe("a layout's title element that the page's title opens, on the capture path", () => {
  test.each([
    ['sv', 'Mekanikkonstruktör | VK Jobb – lediga tjänster', 'Mekanikkonstruktör till utvecklingsavdelningen'],
    ['nb', 'Sveiser | Jobb – ledige stillinger', 'Sveiser til sveiseverkstedet'],
    ['en', 'Welder | Jobs – vacancies in the county', 'Welder for the fabrication shop'],
  ] as const)('%s: %s', (lang, title, heading) => {
    const html = `<html lang="${lang}"><head><title>${title}</title></head><body><main><div class="ad-kicker">Rekrytering</div><div class="ad-title">${heading}</div>
      <p>${'Vi bygger kranar och söker fler konstruktörer till avdelningen i Umeå. '.repeat(4)}</p>${SECTIONS[lang]}</main></body></html>`;
    expect(captureAd(html, BOARD).jobAd?.title).toBe(heading);
  });
});

describe('a recruitment firm that runs the selection for a client it does not name', () => {
  test.each([
    ['sv', 'Vår kund är ett växande verkstadsföretag i Umeå.', 'Tavelby Rekrytering AB sköter hela urvalet och presenterar kunden senare.', 'Tavelby Rekrytering AB'],
    ['nb', 'Vår oppdragsgiver er et voksende verksted i Molde.', 'Fjordhjelp Rekruttering AS håndterer rekrutteringen og presenterer kunden senere.', 'Fjordhjelp Rekruttering AS'],
    ['en', 'Our client is a growing engineering firm in Leeds.', 'Harbour Search Ltd is handling the recruitment and will introduce the client later.', 'Harbour Search Ltd'],
  ] as const)('%s: %s', (lang, client, firm, name) => {
    // The firm's sentence under the lists, after the opening paragraphs an employer is first looked for in.
    const filler = ['Du konstruerar kranar i 3D.', 'Du arbetar nära produktionen.', 'Du testar prototyper på banan.', 'Du har kontakt med leverantörer.'].map((p) => `<p>${p}</p>`).join('');
    expect(ad(page(lang, { title: 'Konstruktör | Jobb', body: `<h1>Konstruktör</h1><p>${client}</p>${filler}`, after: `<h2>Om rekryteringen</h2><p>${firm}</p>` }), BOARD)?.hiringOrganization?.name).toBe(name);
  });
});

describe('a symbol before the place, and a region named "… Region"', () => {
  test.each([
    ['⚲ Hawassa', [{ city: 'Hawassa' }]],
    ['⚲ Molde', [{ city: 'Molde' }]],
    ['⚲ Umeå', [{ city: 'Umeå' }]],
    ['Ho, Volta Region', [{ city: 'Ho', region: 'Volta Region' }]],
  ])('%s', (line, places) => {
    expect(locationsFromText(line)).toEqual(places);
  });
});

describe("the heading a structured title leaves out, on the capture path", () => {
  test.each([
    ['nb', 'Prosessoperatør', 'til ovnsdrift', 'helkontinuerlig skift', 'Ledige stillinger | Ranavisa'],
    ['sv', 'Processoperatör', 'till smältverket', 'kontinuerligt skift', 'Lediga jobb | Norrbladet'],
    ['en', 'Process Operator', 'for the Furnace Hall', 'continuous shifts', 'Jobs | The Courier'],
  ] as const)('%s: %s', (lang, role, unit, shift, site) => {
    const html = `<html lang="${lang}"><head><title>${role} ${unit} | ${site}</title>${ld({ title: role, hiringOrganization: { '@type': 'Organization', name: 'Ranvik Silisium AS' } })}</head>
      <body><main><div class="ad"><h2 class="job-title">${role} ${unit} – ${shift}</h2><p>${'Vi søker operatører til ovnshallen, der vi produserer silisium døgnet rundt. '.repeat(4)}</p>${SECTIONS[lang]}</div></main></body></html>`;
    expect(captureAd(html, BOARD).jobAd?.title).toBe(`${role} ${unit}`);
  });
});
