// @vitest-environment node
import { describe, expect, test } from 'vitest';
import '../../fixtures/node-globals';
import { normalizeCompanyName } from '../../../core/company/names';
import { nameFromLegalLine, spelledOut } from '../../../core/company/org-names';
import { isShortFormOf } from '../../../core/company/short-forms';
import { pageNames } from '../../../core/company/page-name';
import { extractJobAd } from '../../../core/jobad';
import { withoutUnit } from '../../../core/jobad/employer-name';
import { pageInput } from '../jobad/page-input';

/**
 * The employer's name as a person would give it: the organisation without its unit or a charity's form in
 * brackets, the registered name a legal sentence states, a short form written out, a legal form written out.
 */
describe('the unit after a comma and a charity form in brackets are not the name', () => {
  test.each([
    ['Statens kystveier, divisjon Drift og vedlikehold', 'Statens kystveier'],
    ['Region Norrland, avdelning Vård och omsorg', 'Region Norrland'],
    ['Coastal Survey Office, Department of Hydrography', 'Coastal Survey Office'],
    ['Universitetet i Vesterålen, Fakultet for biovitenskap', 'Universitetet i Vesterålen'],
    ['Glenmore Forest Trust (SCIO)', 'Glenmore Forest Trust'],
    ['Byhjelpa Stavanger (ideell organisasjon)', 'Byhjelpa Stavanger'],
    ['Hope Street Kitchen (CIC)', 'Hope Street Kitchen'],
  ])('"%s" is "%s"', (stated, name) => {
    expect(withoutUnit(stated)).toBe(name);
  });

  test.each([['Brattli & Søn, Byggteknikk AS'], ['Kvitfjell Emballasje (KFE)'], ['Skog och Sjö AB (publ)'], ['Sales Manager, Nordics']])('"%s" keeps its words', (stated) => {
    expect(withoutUnit(stated)).toBe(stated);
  });
});

describe('a registration sentence names the registered organisation', () => {
  test.each([
    ['The Glenmore Forest Trust is a Scottish Charitable Incorporated Organisation, SC041188.', 'The Glenmore Forest Trust'],
    ['TIDEWELL ENERGY LIMITED, a company registered in England and Wales, no. 12654410.', 'TIDEWELL ENERGY LIMITED'],
    ['The Rowan Tree Trust is a registered charity in England and Wales (no. 1162204).', 'The Rowan Tree Trust'],
    ['Byhjelpa Stavanger er en ideell stiftelse registrert i Stiftelsesregisteret.', 'Byhjelpa Stavanger'],
    ['Fjällhjälpen är en ideell förening med säte i Östersund.', 'Fjällhjälpen'],
  ])('"%s" → %s', (line, name) => {
    expect(nameFromLegalLine(line)).toBe(name);
  });

  test.each([
    ['We are a registered charity and rely on donations.'],
    ['Our work is charitable and local.'],
    ['Vi er en ideell organisasjon som hjelper folk.'],
  ])('"%s" names no organisation', (line) => {
    expect(nameFromLegalLine(line)).toBeUndefined();
  });
});

describe('a short form with its name written out in brackets is the name written out', () => {
  test.each([
    ['UiV (Universitetet i Vesterålen)', 'Universitetet i Vesterålen'],
    ['NTNU (Norges teknisk-naturvitenskapelige universitet)', 'Norges teknisk-naturvitenskapelige universitet'],
    ['KTH (Kungliga Tekniska Högskolan)', 'Kungliga Tekniska Högskolan'],
  ])('"%s" is "%s"', (name, full) => {
    expect(spelledOut(name)).toBe(full);
    expect(isShortFormOf(name.split(' ')[0]!, full)).toBe(true);
  });

  // "Sveriges lantbruksuniversitet" has two words for three letters; "UiT" is not the initials of its name.
  test.each([['Kvitfjell Emballasje (KFE)'], ['UiT (Norges arktiske universitet)'], ['SLU (Sveriges lantbruksuniversitet)'], ['Brattli (Bygg)']])('"%s" stays as written', (name) => {
    expect(spelledOut(name)).toBe(name);
  });

  test("the about page's footer gives the written-out name before the logo's short form", () => {
    const lines = { header: [], footer: ['UiV (Universitetet i Vesterålen) · Postboks 300, 8401 Sortland · Org.nr. 974 512 300'], logos: ['UiV'] };
    expect(pageNames('Om oss – Kunnskap fra kysten', lines, 'uivesteralen.no')[0]).toBe('Universitetet i Vesterålen');
  });
});

describe('a legal form written out is the same legal form', () => {
  test.each([
    ['Kallvik Data Aktiebolag', 'Kallvik Data AB'],
    ['Fjordlys Energi Aksjeselskap', 'Fjordlys Energi AS'],
    ['Tidewell Energy Public Limited Company', 'Tidewell Energy plc'],
  ])('"%s" and "%s" are one employer', (a, b) => {
    expect(normalizeCompanyName(a)).toBe(normalizeCompanyName(b));
  });

  test.each([
    ['Aktiebolag', 'aktiebolag'],
    ['Limited Edition Books', 'limited edition books'],
    ['Aksjeselskapet Vinmonopolet', 'aksjeselskapet vinmonopolet'],
  ])('"%s" keeps its words', (name, key) => {
    expect(normalizeCompanyName(name)).toBe(key);
  });
});

const SECTIONS = '<h2>Arbetsuppgifter</h2><ul><li>Underhåll av maskiner</li><li>Felsökning</li></ul><h2>Vi söker dig som</h2><ul><li>Har erfarenhet av mekaniskt underhåll</li><li>Har B-körkort</li></ul>';

describe("the registered name beats a logo's brand and a shift in the title", () => {
  const ad = (body: string, title: string, url = 'https://careers.example-hub.com/jobb/1') => extractJobAd(pageInput(`<html><head><title>${title}</title></head><body>${body}</body></html>`, url).input);

  test("a legal name in the opening beats the logo's name without it", () => {
    const body = `<header><img src="l.png" alt="Kallvik Data"></header><main><h1>Backendutvecklare</h1><p>Kallvik Data AB bygger plattformen som elnätsbolag använder.</p>${SECTIONS}</main>`;
    expect(ad(body, 'Backendutvecklare | Kallvik Data')?.hiringOrganization?.name).toBe('Kallvik Data AB');
  });

  // Since the tenth set: the name the opening writes with its legal form is the fullest form, logo or not.
  test("without a logo the opening's legal form is still the name in full; another company's is not", () => {
    const body = `<main><h1>Backend Developer</h1><div>Solvik Batteri</div><p>Solvik Batteri AB is building a battery cell plant.</p>${SECTIONS}</main>`;
    expect(ad(body, 'Backend Developer at Solvik Batteri | Nordic Climate Jobs')?.hiringOrganization?.name).toBe('Solvik Batteri AB');
    const rival = `<main><h1>Backend Developer</h1><div>Solvik Batteri</div><p>Our cells go to Nordvolt Energi AB.</p>${SECTIONS}</main>`;
    expect(ad(rival, 'Backend Developer at Solvik Batteri | Nordic Climate Jobs')?.hiringOrganization?.name).toBe('Solvik Batteri');
  });

  test('an organisation number line closing the ad gives the registered name; a shift in the title is no employer', () => {
    const body = `<main><h1>Supportspecialist – kväll</h1>${SECTIONS}<p>Snöbro Labs AB, org.nr 559412-3380</p></main>`;
    expect(ad(body, 'Supportspecialist – kväll')?.hiringOrganization?.name).toBe('Snöbro Labs AB');
  });
});
