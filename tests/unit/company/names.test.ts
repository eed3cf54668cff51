// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { normalizeCompanyName } from '../../../core/company/names';

describe('company names that mean the same employer normalise equal', () => {
  test.each([
    ['Nordlys Energi AS', 'Nordlys Energi'],
    ['NORDLYS ENERGI ASA', 'nordlys energi'],
    ['Nordlys-Energi', 'Nordlys Energi'],
    ['  Nordlys   Energi, AS ', 'Nordlys Energi'],
    ['Spotify AB (publ)', 'Spotify'],
    ['Volvo Car AB', 'Volvo Car'],
    ['Acme Ltd.', 'Acme'],
    ['Acme Limited', 'Acme'],
    ['Acme, Inc.', 'Acme'],
    ['Acme LLC', 'Acme'],
    ['Acme Corp.', 'Acme'],
    ['Acme Co.', 'Acme'],
    ['Acme plc', 'Acme'],
    ['Siemens GmbH', 'Siemens'],
    ['Supercell Oy', 'Supercell'],
    ['Novo Nordisk A/S', 'Novo Nordisk'],
    ['Trustpilot ApS', 'Trustpilot'],
    ['Nestlé SA', 'Nestle'],
    ['Booking.com BV', 'Booking com'],
    ['Acme Holding Co. Ltd', 'Acme Holding'],
  ])('"%s" = "%s"', (a, b) => {
    expect(normalizeCompanyName(a)).toBe(normalizeCompanyName(b));
  });

  test('the result is lower case with single spaces', () => {
    expect(normalizeCompanyName('  Nordlys   ENERGI AS ')).toBe('nordlys energi');
  });

  test('Nordic letters fold to their plain vowels, and their written-out pairs too; other accents are folded', () => {
    expect(normalizeCompanyName('Bølgen & Måne Skärgård AS')).toBe('bolgen mane skargard');
    expect(normalizeCompanyName('Ærø Øl')).toBe('aro ol');
    expect(normalizeCompanyName('Café Müller')).toBe('cafe muller');
  });

  // Boards and news sites drop the Nordic letters; Norwegians write them out as two.
  test.each([
    ['Sæther Bygg AB', 'Säther Bygg AB', 'Saether Bygg', 'Sather Bygg'],
    ['Bjerkås Maskin', 'Bjerkaas Maskin AS', 'BJERKAS MASKIN', 'Bjerkås maskin'],
    ['Nordøy Ocean Tech AS', 'Nordoy Ocean Tech', 'Nordöy Ocean Tech', 'Nordoey Ocean Tech'],
    ['Skog & Sjø AB', 'Skog og Sjö', 'Skog and Sjo AS', 'SKOG OCH SJÖ'],
  ])('"%s", "%s", "%s" and "%s" are one employer', (...names) => {
    expect(new Set(names.map(normalizeCompanyName)).size).toBe(1);
  });

  test('names that differ by more than spelling stay apart', () => {
    expect(normalizeCompanyName('Sæther Bygg')).not.toBe(normalizeCompanyName('Sætre Bygg'));
    expect(normalizeCompanyName('Nordøy Ocean Tech')).not.toBe(normalizeCompanyName('Nordby Ocean Tech'));
  });

  test('different companies stay different', () => {
    expect(normalizeCompanyName('Nordlys Energi AS')).not.toBe(normalizeCompanyName('Nordlys Eiendom AS'));
  });

  test('a suffix inside a name is not stripped, and a name that is only a suffix is kept', () => {
    expect(normalizeCompanyName('Atlas Copco')).toBe('atlas copco');
    expect(normalizeCompanyName('Ab Initio Software AB')).toBe('ab initio software');
    expect(normalizeCompanyName('AS')).toBe('as');
  });

  test('nothing in, nothing out', () => {
    expect(normalizeCompanyName('')).toBe('');
    expect(normalizeCompanyName(' - ')).toBe('');
  });
});

describe('English name forms', () => {
  test.each([
    ["St Aldhelm's Hospice", 'Saint Aldhelms Hospice'],
    ['The Penrose Bakery Company', 'Penrose Bakery Company Ltd'],
    ['St. Olavs hospital', 'Sankt Olavs Hospital'],
  ])('"%s" and "%s" are one name', (a, b) => {
    expect(normalizeCompanyName(a)).toBe(normalizeCompanyName(b));
  });

  test('"The" alone, or a name that is only "St", stays a name', () => {
    expect(normalizeCompanyName('The')).toBe('the');
    expect(normalizeCompanyName('St')).toBe('st');
  });
});
