// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { classifyHeading } from '../../../core/jobad/headings';
import { isNiceItem } from '../../../core/jobad/lists';
import { locationFacts } from '../../../core/jobad/page-facts';
import type { TextBlock } from '../../../core/model';

/**
 * Place and list classes the twentieth set showed, in English, Norwegian and Swedish: a region row whose region shares
 * its name with a town ("Region: Wellington" under "Location: Wellington, Porirua") holds for every town of the place
 * row; "To be successful you will have:" opens the must list; a board's fact row written as a heading ("Location
 * requirements", "Experience level") opens none; "Assets:" and "Meriter:" open the nice list, and "a strong advantage"
 * closes a nice item.
 */

const p = (text: string): TextBlock => ({ tag: 'p', text });

describe('a region row named like its town', () => {
  test.each([
    ['en', ['Location: Wellington, Porirua', 'Region: Wellington'], [{ city: 'Wellington', region: 'Wellington' }, { city: 'Porirua', region: 'Wellington' }]],
    ['nb', ['Arbeidssted: Oslo og Lillestrøm', 'Fylke: Oslo'], [{ city: 'Oslo', region: 'Oslo' }, { city: 'Lillestrøm', region: 'Oslo' }]],
    ['sv', ['Ort: Uppsala', 'Region: Uppsala'], [{ city: 'Uppsala', region: 'Uppsala' }]],
  ])('%s: %j', (_lang, lines, want) => {
    expect(locationFacts(lines.map(p)).locations).toEqual(want);
  });

  test.each([['Region: EMEA'], ['Region: Nordics and Baltics'], ['Region: Norway'], ['Region: se annonsen']])('"%s" names no region of the town', (row) => {
    expect(locationFacts([p('Location: Bergen'), p(row)]).locations).toEqual([{ city: 'Bergen' }]);
  });
});

describe('what success in the role takes, as the must heading', () => {
  test.each([
    ['en', 'To be successful you will have:'],
    ['en', 'To be successful in this role, you will need:'],
    ['nb', 'For å lykkes i rollen har du:'],
    ['nn', 'For å lukkast i rolla har du:'],
    ['sv', 'För att lyckas i rollen behöver du:'],
  ])('%s: "%s"', (_lang, heading) => {
    expect(classifyHeading(heading)).toBe('must');
  });
});

describe("a board's fact row written as a heading", () => {
  test.each([
    ['en', 'Location requirements'],
    ['en', 'Experience level'],
    ['nb', 'Krav til bosted'],
    ['nb', 'Erfaringsnivå'],
    ['sv', 'Krav på bostadsort'],
    ['sv', 'Erfarenhetsnivå'],
  ])('%s: "%s" opens no list', (_lang, heading) => {
    expect(classifyHeading(heading)).toBeUndefined();
  });

  test('the requirements heading itself still opens the list', () => {
    expect(classifyHeading('Requirements')).toBe('must');
    expect(classifyHeading('Krav til deg')).toBe('must');
  });
});

describe('what counts beyond the requirements', () => {
  test.each([
    ['en', 'Assets:'],
    ['sv', 'Meriter:'],
    ['nb', 'Fordel:'],
  ])('%s: "%s" opens the nice list', (_lang, heading) => {
    expect(classifyHeading(heading)).toBe('nice');
  });

  test.each([
    ['en', 'A harvest completed overseas will be a strong advantage.'],
    ['nb', 'Erfaring fra utlandet er en betydelig fordel.'],
    ['sv', 'Erfarenhet från utlandet är en betydande fördel.'],
  ])('%s: "%s" is a nice item', (_lang, item) => {
    expect(isNiceItem(item)).toBe(true);
  });

  test('an item with no such marker is a must', () => {
    expect(isNiceItem('Valid forklift certification')).toBe(false);
  });
});
