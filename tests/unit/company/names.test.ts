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

  test('Nordic letters are kept (ø and ö, æ and ä as one), other accents are folded', () => {
    expect(normalizeCompanyName('Bølgen & Måne Skärgård AS')).toBe('bölgen måne skärgård');
    expect(normalizeCompanyName('Ærø Øl')).toBe('ärö öl');
    expect(normalizeCompanyName('Café Müller')).toBe('cafe muller');
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
