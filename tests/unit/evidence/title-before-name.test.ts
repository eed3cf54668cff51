// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { occupationBeforeName } from '../../../core/evidence/occupation-names';
import { scoreBlocks } from '../../../core/evidence/score';
import { getPrompt } from '../../../core/prompts';

/**
 * People, a class v17 showed: a title in the indefinite form, one word or a few in lower case after the first, before a
 * person's name ("Fiskehelsebiolog Jon Arne Tjelde følger opp …", "Medicinskt ansvarig läkare Oskar Dahlström-Vinge
 * leder …"). Sentences written for this test.
 */

const peopleHits = (sentence: string, lang: string): string[] =>
  scoreBlocks([{ tag: 'p', heading: 'Om oss', text: sentence }], lang, [getPrompt('people')!], { clipKind: 'company' }).map((h) => h.sentence);

describe('a title before a name', () => {
  it.each([
    ['nb', 'Fiskehelsebiolog Jon Arne Tjelde følger opp fiskevelferden på alle anleggene våre.'],
    ['nb', 'Medisinsk ansvarlig lege Kari Nordvik leder arbeidet med det nye journalsystemet.'],
    ['sv', 'Medicinskt ansvarig läkare Oskar Dahlström-Vinge leder arbetet med det nya journalsystemet.'],
    ['sv', 'Miljöhandläggare Sara Lind besöker alla nya verksamheter under första året.'],
    ['en', 'Fish health biologist Jon Tjelde follows up welfare at all our sites.'],
    ['en', 'Senior process engineer Amy Doyle runs the dryer trials every spring.'],
  ])('%s: %s', (lang, sentence) => {
    expect(occupationBeforeName(sentence)).toBe(true);
    expect(peopleHits(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    'Calder Valley Cycles started as a repair shop in 1998.',
    'Outdoor Trade Review is published every month.',
    'Hotellet Grand Central ligger ved stasjonen.',
    'Nye Rørlegger Service AS åpner avdeling i Moss.',
  ])('not: %s', (sentence) => {
    expect(occupationBeforeName(sentence)).toBe(false);
  });
});
