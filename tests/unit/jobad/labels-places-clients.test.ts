import { describe, expect, test } from 'vitest';
import { spellAttributeText } from '../../../content/attribute-text';
import { extractJobAd, type JobAd } from '../../../core/jobad';
import { locationsFromText, unshout } from '../../../core/jobad/location';
import { isNiceItem } from '../../../core/jobad/lists';
import { knownTown } from '../../../core/places';
import { pageInput } from './page-input';

/**
 * Classes seen on the fifth held-out set (then moved into tuning), in English, Norwegian and Swedish:
 * fact labels that only an attribute carries, agency clients in the agencies' own words, titles that name
 * an employer its logo or footer confirms, places from the municipality register, and furniture words.
 */

const doc = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const ad = (html: string, url: string): JobAd | null => extractJobAd(pageInput(html, url).input);
const SECTIONS = '<h2>Arbeidsoppgaver</h2><ul><li>Planlegge</li></ul><h2>Kvalifikasjoner</h2><ul><li>Førerkort</li></ul>';

describe('a label only an icon or an attribute carries is read as the label', () => {
  test.each([
    ['nb', '<li><svg aria-label="Frist" width="12"></svg> 15. januar 2027</li>', 'Frist: 15. januar 2027'],
    ['en', '<span class="chip" aria-label="Location">Leeds</span>', 'Location: Leeds'],
    ['sv', '<span title="Stad">Umeå</span>', 'Stad: Umeå'],
    ['en', '<p><span>Hours</span> Full time - 37.5 hours per week</p>', 'Hours: Full time - 37.5 hours per week'],
    ['sv', '<p>Sök senast <time datetime="2027-01-12">tisdag 12 jan</time>.</p>', 'Sök senast tisdag 12 jan 2027.'],
  ])('%s: %s', (_lang, html, text) => {
    const page = doc(`<body>${html}</body>`);
    spellAttributeText(page);
    expect(page.body.textContent?.replace(/\s+/g, ' ').trim()).toBe(text);
  });

  test('an attribute that is no fact label, or a label already written, changes nothing', () => {
    const html = '<a title="Til forsiden" href="/">Hjem</a><span aria-label="Kontakt">Kontakt oss</span><p><span>Ort:</span> Gävle</p><i aria-label="Teknologi"></i> Kotlin';
    const page = doc(`<body>${html}</body>`);
    spellAttributeText(page);
    expect(page.body.textContent).toBe('HjemKontakt ossOrt: Gävle Kotlin');
  });

  test('the fact box of icons gives the deadline and the place', () => {
    const html = `<html lang="nb"><head><title>Utvikler – Bergen · kode24 jobb</title></head><body><h1>Utvikler</h1>
      <ul class="facts"><li><svg aria-label="Sted"></svg> Bergen (Solheimsviken) · hybrid, to dager hjemme</li><li><svg aria-label="Frist"></svg> 15. januar 2027</li></ul>${SECTIONS}</body></html>`;
    const found = ad(html, 'https://www.kode24.no/jobb/1');
    expect(found?.validThrough).toBe('2027-01-15');
    expect(found?.locations).toEqual([{ city: 'Bergen' }]);
  });
});

describe("an agency's client in the agency's own words", () => {
  test.each([
    ['en', 'Carrick Hale are delighted to be recruiting for Thistlebank Foods Ltd, the Dundee drinks maker.', 'Thistlebank Foods Ltd'],
    ['nb', 'Randstad søker på vegne av Mørkvedt Mekaniske AS etter en erfaren CNC-operatør.', 'Mørkvedt Mekaniske AS'],
    ['sv', 'Brantevik Försäkring AB är ett ömsesidigt bolag. Tjänsten är en rekrytering, så du anställs direkt av Brantevik Försäkring.', 'Brantevik Försäkring AB'],
  ])('%s: %s', (_lang, text, employer) => {
    const html = `<html><head><title>Operatør | Byrå</title></head><body><h1>Operatør</h1><p>${text}</p>${SECTIONS}</body></html>`;
    expect(ad(html, 'https://www.byra.example/jobb/1')?.hiringOrganization?.name).toBe(employer);
  });

  test('"ansatt i" a unit or a country names no client', () => {
    const html = `<html><head><title>Rådgiver | Fjellkraft</title></head><body><h1>Rådgiver</h1><p>Arbeidsgiver: Fjellkraft AS</p><p>Du blir ansatt i Avdeling for nett og jobber over hele Norge.</p>${SECTIONS}</body></html>`;
    expect(ad(html, 'https://www.fjellkraft.example/jobb/1')?.hiringOrganization?.name).toBe('Fjellkraft AS');
  });
});

describe('the employer a title names and the page confirms', () => {
  test('en: "Title - Employer - Board" with the employer in the logo and its legal name in the footer', () => {
    const html = `<html><head><title>QA Tester - Fernbrook Games - JOIN</title><meta property="og:site_name" content="JOIN"></head>
      <body><header><img alt="Fernbrook Games" src="data:,"></header><h1>QA Tester</h1>${SECTIONS}<footer>Fernbrook Games Ltd · 14 Hilton Street, Manchester · Job board by JOIN</footer></body></html>`;
    expect(ad(html, 'https://join.com/companies/fernbrook/1')?.hiringOrganization?.name).toBe('Fernbrook Games Ltd');
  });

  test('sv: the board that names itself in the title and the logo is no employer', () => {
    const html = `<html><head><title>Snickare - Arbetsförmedlingen</title></head><body><header><img alt="Arbetsförmedlingen" src="data:,"></header><h1>Snickare</h1><h2>Säther Bygg AB</h2>${SECTIONS}</body></html>`;
    expect(ad(html, 'https://arbetsformedlingen.se/platsbanken/annonser/1')?.hiringOrganization?.name).not.toBe('Arbetsförmedlingen');
  });

  test('nb: a name in capitals keeps its legal form ("NORRBÄCKENS SÅGVERK AB")', () => {
    expect(unshout('NORRBÄCKENS SÅGVERK AB')).toBe('Norrbäckens Sågverk AB');
    expect(unshout('SKOVLUND ANALYTICS APS')).toBe('Skovlund Analytics ApS');
  });
});

describe('places from the municipality register', () => {
  test.each([
    ['sv', 'Sollefteå, Västernorrlands län', [{ city: 'Sollefteå', region: 'Västernorrlands län' }]],
    ['nb', 'Averøy, Møre og Romsdal', [{ city: 'Averøy', region: 'Møre og Romsdal' }]],
    ['nn', 'Vinje i Voss herad', [{ city: 'Voss' }]],
    ['sv', 'Ramsjö i Ljusdals kommun', [{ city: 'Ljusdal' }]],
    ['da', 'Aarhus C, Denmark', [{ city: 'Aarhus', country: 'Denmark' }]],
    ['en', 'Cardiff Bay, Cardiff', [{ city: 'Cardiff' }]],
  ])('%s: "%s"', (_lang, text, places) => {
    expect(locationsFromText(text)).toEqual(places);
  });

  test('a municipality is a town when written with a capital; a name that is also a word is not', () => {
    expect(knownTown('Sollefteå')).toBe('Sollefteå');
    expect(knownTown('Barnstaple')).toBe('Barnstaple');
    expect(knownTown('sollefteå')).toBeUndefined();
    expect(knownTown('Hole')).toBeUndefined();
    expect(knownTown('Mark')).toBeUndefined();
  });
});

describe('furniture and nice-to-haves', () => {
  test.each([
    ['en', 'PLC fault-finding would be a distinct advantage.', true],
    ['en', "An interest in exotics would be lovely but isn't required.", true],
    ['sv', 'Gesällbrev är ett plus.', true],
    ['nb', 'Kjennskap til Kubernetes er et pluss.', true],
    ['en', 'Swedish is not required.', false],
  ])('%s: "%s" is a nice-to-have: %s', (_lang, item, nice) => {
    expect(isNiceItem(item)).toBe(nice);
  });

  test('sv/en: baking "kakor" or "cookies" is a duty; a cookie notice is furniture', () => {
    const html = `<html lang="sv"><head><title>Konditor</title></head><body><div class="cookie">Vi använder kakor. <button>OK</button></div><h1>Konditor</h1>
      <h2>Arbetsuppgifter</h2><ul><li>Baka tårtor, bakelser och kakor</li><li>Bake cookies for the café</li></ul><h2>Kvalifikationer</h2><ul><li>Konditorutbildning</li></ul></body></html>`;
    expect(ad(html, 'https://www.bageri.example/jobb')?.responsibilities).toEqual(['Baka tårtor, bakelser och kakor', 'Bake cookies for the café']);
  });

  test('nb: a recruiter\'s e-mail line is no requirement', () => {
    const html = `<html><head><title>Økonom</title></head><body><h1>Økonom</h1><h2>Arbeidsoppgaver</h2><ul><li>Regnskap</li></ul><h2>Kvalifikasjoner</h2><ul><li>Master i økonomi</li></ul><p>Rekrutteringsrådgiver Tone Elvebakk, tone.elvebakk@byra.no</p><p>Søknadsfrist: 31.01.2027</p></body></html>`;
    expect(ad(html, 'https://www.byra.example/jobb/2')?.requirements.must).toEqual(['Master i økonomi']);
  });
});
