// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { companyNameKeys, storedNameKeys } from '../../../core/company/names';

/**
 * A Nordic firm writes its name as one compound in the definite form ("Ramsdalsmeieriet SA", "Lövstakvarnen AB"),
 * a board as two words ("Ramsdal Meieri SA", "Lövsta Kvarn"): one company. English names have no such form.
 */

const joins = (a: string, b: string): boolean => companyNameKeys(a).some((k) => storedNameKeys(b).includes(k));

describe('a compound name in the definite form', () => {
  test.each([
    ['nb', 'Ramsdalsmeieriet SA', 'Ramsdal Meieri SA'],
    ['nb', 'Hovlandsbakeriet AS', 'Hovland Bakeri AS'],
    ['nb', 'Fossheimsagbruket', 'Fossheim Sagbruk'],
    ['sv', 'Lövstakvarnen AB', 'Lövsta Kvarn'],
    ['sv', 'Brännstorpsbageriet', 'Brännstorp Bageri AB'],
  ])('%s: "%s" and "%s" are one company', (_lang, a, b) => {
    expect(joins(a, b)).toBe(true);
    expect(joins(b, a)).toBe(true);
  });

  test.each([
    ['nb', 'Ramsdalsmeieriet SA', 'Ramsdal Bakeri SA'],
    ['nb', 'Fiskeriet AS', 'Fisker AS'],
    ['sv', 'Lövstakvarnen AB', 'Lövsta Kvarnar AB'],
    ['sv', 'Kvarnen', 'Kvarn AB'],
    ['en', 'Riverside Garden', 'Riverside Gardens'],
    ['en', 'Thornbury Garden', 'Thornbury Gardener'],
  ])('%s: "%s" and "%s" stay apart', (_lang, a, b) => {
    expect(joins(a, b)).toBe(false);
  });

  test.each([
    ['en', 'Penrose Bakery Company Ltd', ['penrose bakery company', 'penrosebakerycompany']],
    ['nb', 'Fjordlys Energi AS', ['fjordlys energi', 'fjordlysenergi']],
    ['sv', 'Hemvik Spel AB', ['hemvik spel', 'hemvikspel']],
  ])('%s: a name of several words keeps its keys ("%s")', (_lang, name, keys) => {
    expect(storedNameKeys(name)).toEqual(keys);
  });
});
