// @vitest-environment node
import { describe, expect, test } from 'vitest';
import type { TextBlock } from '../../../core/model';
import { findDeadline } from '../../../core/jobad/deadline';
import { locationsFromText } from '../../../core/jobad/location';

/**
 * Two classes the tenth held-out set showed, in English, Norwegian and Swedish: the date an ad says it stays up
 * until is its deadline, even beside a rolling selection; a town and the municipality it lies in are one place.
 */

const p = (text: string): TextBlock => ({ tag: 'p', text });

describe('the date the ad stays up until is the deadline', () => {
  test.each([
    ['sv', 'Vi tillämpar löpande urval, men annonsen ligger ute till och med 2027-01-24.', '2027-01-24'],
    ['sv', 'Annonsen är öppen till 15 februari 2027.', '2027-02-15'],
    ['nb', 'Vi intervjuer fortløpende, men annonsen ligger ute til og med 31. januar 2027.', '2027-01-31'],
    ['nn', 'Stillinga er open til 12. februar 2027.', '2027-02-12'],
    ['en', 'We interview on a rolling basis, but the advert is open until 20 January 2027.', '2027-01-20'],
    ['en', 'Applications are open until 9 January 2027.', '2027-01-09'],
  ])('%s: "%s"', (_lang, text, iso) => {
    expect(findDeadline([p(text)], '2026-11-24').date).toBe(iso);
  });

  test.each([
    ['sv', 'Vi tillämpar löpande urval.'],
    ['nb', 'Kontoret er åpent til 16.00 hver dag, også 3. januar.'],
    ['en', 'Our office is open until 6pm on 23 December 2026.'],
  ])('%s: "%s" gives no deadline', (_lang, text) => {
    expect(findDeadline([p(text)], '2026-11-24').date).toBeUndefined();
  });
});

describe('a town and the municipality it lies in', () => {
  test.each([
    ['nb', 'Fagernes, Nord-Aurdal', [{ city: 'Fagernes' }]],
    ['nb', 'Jessheim, Ullensaker', [{ city: 'Jessheim' }]],
    ['sv', 'Kista, Stockholm', [{ city: 'Kista' }]],
  ])('%s: "%s" is one place', (_lang, text, want) => {
    expect(locationsFromText(text)).toEqual(want);
  });

  test.each([
    ['nb', 'Hamar, Gjøvik', 2],
    ['sv', 'Ljusdal, Järvsö', 2],
    ['sv', 'Järvsö, Ljusdal och Ramsjö', 3],
    ['en', 'Keswick, Penrith', 2],
  ])('%s: "%s" is %i places', (_lang, text, count) => {
    expect(locationsFromText(text)).toHaveLength(count);
  });
});
