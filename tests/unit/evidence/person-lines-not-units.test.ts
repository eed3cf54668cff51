// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { scoreBlocks } from '../../../core/evidence/score';
import type { TextBlock } from '../../../core/model';
import { getPrompt } from '../../../core/prompts';

/**
 * The grammatical subject decides: a sentence whose subject is a named person is about that person, and a team,
 * a crew or a work team it names in passing ("… och arbetar natt i Ekhagens arbetslag") is no evidence of the
 * department. Unless the person leads the unit ("leder ett team av …", "heads the night crew"), or the unit is
 * the subject and the person comes after it.
 */

const departmentHits = (sentence: string, lang: string): string[] => {
  const prompt = getPrompt('department');
  if (!prompt) throw new Error('No prompt department');
  const blocks: TextBlock[] = [{ tag: 'p', heading: 'Nytt', text: sentence }];
  return scoreBlocks(blocks, lang, [prompt], { clipKind: 'company' }).map((h) => h.sentence);
};

describe('department: a person line names a unit in passing', () => {
  it.each([
    ['en', 'Callum Reid is the site manager and drives a forklift with the yard crew most nights.'],
    ['nb', 'Kari Nordvik er styreleder i klubben og jobber natt på skiftlaget i Mo.'],
    ['sv', 'Per Holm är ordförande och arbetar dag i Norrbyns arbetslag.'],
  ])('not department, %s: %s', (lang, sentence) => {
    expect(departmentHits(sentence, lang)).toEqual([]);
  });

  it.each([
    // The person leads the unit; the unit is the subject.
    ['en', 'Callum Reid heads the yard team of eleven drivers and loaders.'],
    ['nb', 'Driftsleder Kari Nordvik leder et team på ni montører i Mo.'],
    ['sv', 'Avdelningschef Per Holm ansvarar för ett team av sex planerare i Norrbyn.'],
    ['sv', 'Planeringsteamet i Norrbyn är sex personer och leds av Per Holm.'],
  ])('still department, %s: %s', (lang, sentence) => {
    expect(departmentHits(sentence, lang)).toEqual([sentence]);
  });
});
