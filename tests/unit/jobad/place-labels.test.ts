// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { locationsFromText } from '../../../core/jobad/location';
import { locationFacts } from '../../../core/jobad/page-facts';
import type { TextBlock } from '../../../core/model';

/** Places as small boards label them in a two-column table, and an area written after its town. */
const row = (label: string, value: string): TextBlock[] => [
  { tag: 'td', text: label },
  { tag: 'td', text: value },
];

describe('"Where:" and its kin label the place', () => {
  test.each([
    [row('Where:', 'Aviemore'), 'Aviemore'],
    [row('Place of work:', 'Inverness'), 'Inverness'],
    [row('Hvor:', 'Molde'), 'Molde'],
    [row('Kvar:', 'Førde'), 'Førde'],
    [[{ tag: 'p', text: 'Based in: Leeds' }], 'Leeds'],
  ])('%j → %s', (blocks, city) => {
    const { locations, labelled } = locationFacts(blocks);
    expect(labelled).toBe(true);
    expect(locations.map((l) => l.city)).toEqual([city]);
  });

  test.each([[[{ tag: 'p', text: 'Where you will work matters to us.' }]], [[{ tag: 'p', text: 'Hvor mye du jobber avtaler vi.' }]]])('%j labels no place', (blocks) => {
    expect(locationFacts(blocks).labelled).toBe(false);
  });
});

describe('an area of two names after its town is no second place', () => {
  test.each([
    ['Aviemore, Badenoch & Strathspey', ['Aviemore']],
    ['Brora, Sutherland & Caithness', ['Brora']],
    ['Kirkwall, Orkney & Shetland', ['Kirkwall']],
  ])('"%s" → %j', (value, cities) => {
    expect(locationsFromText(value).map((l) => l.city)).toEqual(cities);
  });

  test.each([
    ['Bergen, Førde', ['Bergen', 'Førde']],
    ['Tromsø og Finnsnes', ['Tromsø', 'Finnsnes']],
  ])('"%s" keeps its towns: %j', (value, cities) => {
    expect(locationsFromText(value).map((l) => l.city)).toEqual(cities);
  });
});
