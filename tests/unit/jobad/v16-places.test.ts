// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { countryFromRow } from '../../../core/jobad/country-row';
import { isFactLabel } from '../../../core/jobad/labels';
import { locationFacts } from '../../../core/jobad/page-facts';
import type { TextBlock } from '../../../core/model';

/**
 * Place classes the sixteenth set showed, in English, Norwegian and Swedish: a "City" row, a region row that holds for
 * every town of the place row, "Län"/"Fylke"/"County" as labels of their own, and the country a row of its own writes
 * out over the structured data's code.
 */

const p = (text: string): TextBlock => ({ tag: 'p', text });

describe("a place row's region and country rows", () => {
  test.each([
    ['en', ['City: Östhammar', 'County: Uppsala län', 'Country: Sweden'], [{ city: 'Östhammar', region: 'Uppsala län', country: 'Sweden' }]],
    ['nb', ['Arbeidssted: Hammerfest og Alta', 'Fylke: Finnmark'], [{ city: 'Hammerfest', region: 'Finnmark' }, { city: 'Alta', region: 'Finnmark' }]],
    ['sv', ['Ort: Vimmerby', 'Län: Kalmar län', 'Land: Sverige'], [{ city: 'Vimmerby', region: 'Kalmar län', country: 'Sverige' }]],
  ])('%s: %j', (_lang, lines, want) => {
    expect(locationFacts(lines.map(p)).locations).toEqual(want);
  });

  test('a region row that names no region is left out', () => {
    expect(locationFacts(['Ort: Vetlanda', 'Län: se annonsen'].map(p)).locations).toEqual([{ city: 'Vetlanda' }]);
  });

  test.each(['Län', 'Fylke', 'County', 'City'])('"%s" is a fact label (the page gives it a colon)', (label) => {
    expect(isFactLabel(label)).toBe(true);
  });
});

describe("the country's own row over the structured data's code", () => {
  const blocks = (...lines: string[]): TextBlock[] => lines.map(p);
  test.each([
    ['en', 'Country: Sweden', 'SE', 'Sweden'],
    ['nb', 'Land: Norge', 'NO', 'Norge'],
    ['sv', 'Land: Sverige', 'SE', 'Sverige'],
  ])('%s: "%s" over "%s"', (_lang, row, code, want) => {
    expect(countryFromRow([{ city: 'X', country: code }], blocks('Ort: X', row))).toEqual([{ city: 'X', country: want }]);
  });

  test("a row naming another country, or no row, leaves the code", () => {
    expect(countryFromRow([{ city: 'Oslo', country: 'NO' }], blocks('Land: Sverige'))).toEqual([{ city: 'Oslo', country: 'NO' }]);
    expect(countryFromRow([{ city: 'Umeå', country: 'SE' }], blocks('Plats: Umeå, Västerbottens län, Sverige'))).toEqual([{ city: 'Umeå', country: 'SE' }]);
  });
});
