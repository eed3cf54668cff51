// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { locationsFromText } from '../../../core/jobad/location';

/** A town and the county it lies in are one place, in English, Norwegian and Swedish; a county alone, or two towns, are not joined. */

describe('a town and its county', () => {
  test.each([
    ['en', 'Blessington, County Wicklow, Ireland', [{ city: 'Blessington', region: 'County Wicklow', country: 'Ireland' }]],
    ['en', 'Skibbereen, Co. Cork', [{ city: 'Skibbereen', region: 'Co. Cork' }]],
    ['nb', 'Førde, Vestland fylke', [{ city: 'Førde', region: 'Vestland fylke' }]],
    ['sv', 'Järvsö, Gävleborgs län', [{ city: 'Järvsö', region: 'Gävleborgs län' }]],
  ])('%s: "%s" is one place', (_lang, text, want) => {
    expect(locationsFromText(text)).toEqual(want);
  });

  test.each([
    ['en', 'County Wicklow', 1],
    ['nb', 'Førde, Florø', 2],
    ['sv', 'Ljusdal, Järvsö', 2],
  ])('%s: "%s" is %i place(s), nothing joined', (_lang, text, count) => {
    const places = locationsFromText(text);
    expect(places).toHaveLength(count);
    expect(places.every((p) => p.region === undefined)).toBe(true);
  });
});
