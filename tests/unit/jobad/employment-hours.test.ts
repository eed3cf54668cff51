// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { normalizeEmploymentTypes } from '../../../core/jobad/employment';
import { employmentFacts } from '../../../core/jobad/page-facts';
import type { TextBlock } from '../../../core/model';

/**
 * Employment classes the eighth held-out set showed, in English, Norwegian and Swedish: "Work type" as the
 * label of the hours; the busy season inside a word ("mer i høysesong") is not a seasonal post.
 */

const p = (text: string): TextBlock => ({ tag: 'p', text });

describe('the label a board writes the terms under', () => {
  test.each([
    ['en', 'Work type: Full time', ['FULL_TIME']],
    ['en', 'Type of work: Part time', ['PART_TIME']],
    ['nb', 'Arbeidstid: Heltid', ['FULL_TIME']],
    ['nb', 'Stillingsbrøk: 60 %', ['PART_TIME']],
    ['sv', 'Arbetstid: Deltid', ['PART_TIME']],
  ])('%s: "%s"', (_lang, text, types) => {
    expect(employmentFacts([p('Om jobben'), p(text)])).toEqual(types);
  });

  test('a working pattern without terms gives none', () => {
    expect(employmentFacts([p('Work type: Office based')])).toEqual([]);
  });
});

describe('a season word opens the word that names a seasonal post', () => {
  test.each([
    ['nb', 'Sesongarbeid', ['TEMPORARY']],
    ['sv', 'Säsongsanställning', ['TEMPORARY']],
    ['en', 'Seasonal', ['TEMPORARY']],
  ])('%s: "%s" is temporary', (_lang, text, types) => {
    expect(normalizeEmploymentTypes([text])).toEqual(types);
  });

  test.each([
    ['nb', 'tirsdag og torsdag 07–15, mer i høysesong'],
    ['sv', 'vardagar, mer under högsäsong'],
    ['nb', 'ekstra vakter i lavsesong'],
  ])('%s: "%s" is the hours of a post that lasts', (_lang, text) => {
    expect(normalizeEmploymentTypes([text])).toEqual([]);
  });
});
