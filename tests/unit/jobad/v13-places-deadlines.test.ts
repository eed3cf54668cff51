// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { findDeadline } from '../../../core/jobad/deadline';
import { townOfDistrict } from '../../../core/jobad/district';
import { locationsFromText } from '../../../core/jobad/location';
import { locationFacts } from '../../../core/jobad/page-facts';
import type { TextBlock } from '../../../core/model';

/**
 * Place and deadline classes the thirteenth set showed, each in English, Norwegian and Swedish: a district written
 * with its town, a region in a row of its own, Finland's Swedish-named places, and deadline labels not seen before.
 */

const td = (text: string): TextBlock => ({ tag: 'td', text });
const p = (text: string): TextBlock => ({ tag: 'p', text });

describe('a district written with its town is the town', () => {
  test.each([
    ['en', 'Hunslet (Leeds)', [{ city: 'Leeds' }]],
    ['nb', 'Kokstadflaten 31, 5257 Kokstad (Bergen)', [{ city: 'Bergen' }]],
    ['nb', 'Ensjø (Oslo)', [{ city: 'Oslo' }]],
    ['sv', 'Hisingen (Göteborg)', [{ city: 'Göteborg' }]],
  ])('%s: its town in brackets: "%s"', (_lang, value, want) => {
    expect(locationsFromText(value)).toEqual(want);
  });

  test.each([
    ['en', 'Hamburg-Rothenburgsort', 'Hamburg'],
    ['nb', 'Bergen-Åsane', 'Bergen'],
    ['sv', 'Göteborg-Hisingen', 'Göteborg'],
  ])('%s: the town and its district joined by a hyphen: "%s"', (_lang, value, want) => {
    expect(townOfDistrict(value)).toBe(want);
  });

  test('a town of its own, a bracket that names no town and a name with small words stay', () => {
    expect(townOfDistrict('Nord-Aurdal')).toBe('Nord-Aurdal');
    expect(townOfDistrict('Oslo (hybrid)')).toBe('Oslo (hybrid)');
    expect(townOfDistrict('Newcastle-under-Lyme')).toBe('Newcastle-under-Lyme');
  });
});

describe("a region in a row of its own is the town's", () => {
  test.each([
    ['en', ['Location', 'Keswick', 'County', 'Cumbria'], { city: 'Keswick', region: 'Cumbria' }],
    ['nb', ['Arbeidssted', 'Førde', 'Fylke', 'Vestland'], { city: 'Førde', region: 'Vestland' }],
    ['sv', ['Ort', 'Borlänge', 'Län', 'Dalarnas län'], { city: 'Borlänge', region: 'Dalarnas län' }],
  ])('%s: %j', (_lang, cells, want) => {
    expect(locationFacts(cells.map(td)).locations).toEqual([want]);
  });

  test('a row that names no region adds none', () => {
    expect(locationFacts(['Location', 'Keswick', 'Region', 'Nordics and Baltics'].map(td)).locations).toEqual([{ city: 'Keswick' }]);
  });
});

describe("Finland's Swedish-named places and its regions", () => {
  test.each([
    ['en', 'Korsholm, Ostrobothnia', [{ city: 'Korsholm', region: 'Ostrobothnia' }]],
    ['nb', 'Pedersöre, Österbotten', [{ city: 'Pedersöre', region: 'Österbotten' }]],
    ['sv', 'Korsholm, Österbotten', [{ city: 'Korsholm', region: 'Österbotten' }]],
    ['sv', 'Sibbo, Nyland', [{ city: 'Sibbo', region: 'Nyland' }]],
  ])('%s: "%s"', (_lang, value, want) => {
    expect(locationsFromText(value)).toEqual(want);
  });
});

describe('deadline labels', () => {
  test.each([
    ['en', [p('The application period ends on 31 January 2027 at 4 pm.')], '2027-01-31'],
    ['nb', [p('Søknadstida går ut 31.1.2027 kl. 12.00')], '2027-01-31'],
    ['sv', [p('Ansökningstiden går ut 31.1.2027 kl. 16.00')], '2027-01-31'],
    ['sv', [td('Sista ansökan'), td('15 januari 2027')], '2027-01-15'],
    ['sv', [p('Sista ansökan: 2027-01-15')], '2027-01-15'],
  ])('%s: %j', (_lang, blocks, want) => {
    expect(findDeadline(blocks).date).toBe(want);
  });

  test('the words "sista ansökan" in a sentence label nothing', () => {
    expect(findDeadline([p('Efter sista ansökan i januari 2027 går vi igenom allt.')]).date).toBeUndefined();
  });
});
