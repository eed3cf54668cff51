// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { companyNameKeys, looseCompanyName } from '../../../core/company/names';

/**
 * A name that abbreviates a word of place ("Wattle Ck", "Mt Barker", "Oak Hts") and the same name written out are one
 * employer: a board writes one, the firm's own site the other.
 */

const joins = (a: string, b: string): boolean => companyNameKeys(a).some((k) => companyNameKeys(b).includes(k));

describe('an abbreviated word of place', () => {
  test.each([
    ['Wattle Ck Pottery Pty Ltd', 'Wattle Creek Pottery'],
    ['Mt Kembla Landscapes', 'Mount Kembla Landscapes Pty Ltd'],
    ['Blue Mtn Outfitters', 'Blue Mountain Outfitters LLC'],
    ['Cedar Hts Dental Group', 'Cedar Heights Dental Group'],
    ['Birch Crk Feed & Supply', 'Birch Creek Feed and Supply'],
  ])('"%s" and "%s" are one company', (a, b) => {
    expect(looseCompanyName(a)).toBe(looseCompanyName(b));
    expect(joins(a, b)).toBe(true);
  });

  test.each([
    ['en', 'Wattle Creek Pottery', 'Wattle Street Pottery'],
    ['nb', 'Mt Bygg AS', 'Mo Bygg AS'],
    ['nb', 'Fjellheim Mek. Verksted AS', 'Fjellheim Bygg AS'],
    ['sv', 'Hts Konsult AB', 'Hyttans Konsult AB'],
    ['sv', 'Björkå Bruk AB', 'Björkå Bygg AB'],
  ])('%s: "%s" and "%s" stay apart', (_lang, a, b) => {
    expect(joins(a, b)).toBe(false);
  });

  test.each([
    ['nb', 'Strand Kro og Bakeri AS', 'strand kro bakeri'],
    ['sv', 'Ekbacka Snickeri AB', 'ekbacka snickeri'],
    ['en', 'Creekside Motors Ltd', 'creekside motors'],
  ])('%s: a name without the short words keeps its key ("%s")', (_lang, name, key) => {
    expect(looseCompanyName(name)).toBe(key);
  });
});
