// @vitest-environment node
import { describe, expect, test } from 'vitest';
import {
  AMBIGUOUS,
  DENMARK,
  FINLAND,
  IRELAND,
  NORWAY_MUNICIPALITIES,
  NORWAY_TOWNS,
  PLACE_NAMES,
  SWEDEN_LOCALITIES,
  SWEDEN_MUNICIPALITIES,
  UK,
} from '../../../core/places/gazetteer';

const LISTS = { NORWAY_MUNICIPALITIES, NORWAY_TOWNS, SWEDEN_MUNICIPALITIES, SWEDEN_LOCALITIES, DENMARK, FINLAND, UK, IRELAND };
const duplicates = (names: readonly string[]): string[] => names.filter((name, i) => names.indexOf(name) !== i);

describe('gazetteer', () => {
  test('holds every municipality of Norway, Sweden and Denmark and a thousand names in all', () => {
    expect(NORWAY_MUNICIPALITIES.length + NORWAY_TOWNS.length, 'Norwegian names').toBeGreaterThanOrEqual(340);
    expect(NORWAY_MUNICIPALITIES.length, '355 names for 357 municipalities, and Sámi names').toBeGreaterThanOrEqual(355);
    expect(SWEDEN_MUNICIPALITIES.length, "Sweden's 290 municipalities").toBe(290);
    expect(SWEDEN_MUNICIPALITIES.length + SWEDEN_LOCALITIES.length, 'Swedish names').toBeGreaterThanOrEqual(280);
    expect(DENMARK.length, "Denmark's 98 municipalities and its towns").toBeGreaterThanOrEqual(98);
    expect(PLACE_NAMES.size).toBeGreaterThanOrEqual(1000);
  });

  test('names are lower-cased, trimmed, and written without the source joiner', () => {
    const bad = [...PLACE_NAMES].filter(
      (name) => name === '' || name !== name.toLowerCase() || name !== name.trim() || /_|\s{2}/.test(name),
    );
    expect(bad).toEqual([]);
  });

  test('no list names a place twice, nor a country across its two lists', () => {
    for (const [list, names] of Object.entries(LISTS)) expect(duplicates(names), list).toEqual([]);
    expect(duplicates([...NORWAY_MUNICIPALITIES, ...NORWAY_TOWNS]), 'Norway').toEqual([]);
    expect(duplicates([...SWEDEN_MUNICIPALITIES, ...SWEDEN_LOCALITIES]), 'Sweden').toEqual([]);
  });

  test('knows places a Nordic or British ad names', () => {
    const known = ['sollefteå', 'ljusdal', 'järvsö', 'averøy', 'voss', 'kautokeino', 'indre østfold', 'nord-odal'];
    known.push('barnstaple', 'dundee', 'king\'s lynn', 'aarhus', 'hillerød', 'vasa', 'vaasa', 'jakobstad', 'cork');
    expect(known.filter((name) => !PLACE_NAMES.has(name))).toEqual([]);
    expect(PLACE_NAMES.has('solheimsviken'), 'a district of Bergen is not a town').toBe(false);
  });

  test('ambiguous names are places that a sentence could hold for another reason', () => {
    expect([...AMBIGUOUS].filter((name) => !PLACE_NAMES.has(name))).toEqual([]);
    expect(['hole', 'mark', 'reading', 'bath', 'moss', 'gran'].filter((name) => !AMBIGUOUS.has(name))).toEqual([]);
    const short = [...PLACE_NAMES].filter((name) => [...name].length <= 3);
    expect(short, 'names of one to three letters').toContain('bø');
    expect(short.filter((name) => !AMBIGUOUS.has(name))).toEqual([]);
    expect(['sollefteå', 'barnstaple', 'bjuv', 'frosta', 'poole'].filter((name) => AMBIGUOUS.has(name))).toEqual([]);
  });
});
