// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { companyNameKeys, storedNameKeys } from '../../../core/company/names';

/**
 * A Swedish cooperative written with its form short ("ek. för.") on a board and in full ("ekonomisk förening") on its
 * own site, or without it in a paper: one company. Other forms and other names are unchanged.
 */

const joins = (a: string, b: string): boolean => companyNameKeys(a).some((k) => storedNameKeys(b).includes(k));

describe("a Swedish cooperative's form", () => {
  test.each([
    ['Ölands Mjölkproducenter ek. för.', 'Ölands Mjölkproducenter ekonomisk förening'],
    ['Ölands Mjölkproducenter ekonomisk förening', 'Ölands Mjölkproducenter'],
    ['Hallands Skogsägare ek för', 'Hallands Skogsägare'],
  ])('sv: "%s" and "%s" are one company', (a, b) => {
    expect(joins(a, b)).toBe(true);
    expect(joins(b, a)).toBe(true);
  });

  test.each([
    ['sv', 'Ölands Mjölkproducenter ek. för.', 'Ölands Köttproducenter ek. för.'],
    ['nb', 'Vestbygd Landbrukslag SA', 'Vestbygd Landbruk AS'],
    ['en', 'Harwick Growers Co-operative Ltd', 'Harwick Growers Ltd'],
  ])('%s: "%s" and "%s" stay apart', (_lang, a, b) => {
    expect(joins(a, b)).toBe(false);
  });
});
