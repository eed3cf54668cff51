// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tellsHabit } from '../../../core/evidence/habits-norms';
import { scoreBlocks } from '../../../core/evidence/score';
import { fold, words } from '../../../core/evidence/stems';
import type { TextBlock } from '../../../core/model';
import { getPrompt } from '../../../core/prompts';

/**
 * Values: a rule for whoever it concerns after a time that says it still holds ("To this day, whoever bakes a loaf
 * …", "Än i dag provar den som …", "Den dag i dag signerer den som …"), read as if the rule opened the sentence. Not
 * the same time before a sentence of something else, nor "den som" further on.
 */

const habit = (sentence: string): boolean => tellsHabit(words(fold(sentence)));
const valuesHits = (sentence: string, lang: string): string[] => {
  const values = getPrompt('values');
  if (!values) throw new Error('No prompt values');
  const blocks: TextBlock[] = [{ tag: 'p', heading: 'Historien', text: sentence }];
  return scoreBlocks(blocks, lang, [values], { clipKind: 'company' }).map((h) => h.sentence);
};

describe('values: a rule for whoever, after a time that says it still holds', () => {
  it.each([
    ['en', 'To this day, whoever bakes the first batch tastes a loaf from it before the shop opens.'],
    ['en', 'Still today, anyone who finds a fault on the line may stop it without asking.'],
    ['nb', 'Den dag i dag signerer den som har sveiset en skjøt, protokollen med egne initialer.'],
    ['nb', 'Fortsatt får alle som begynner hos oss en fadder den første måneden.'],
    ['sv', 'Än i dag provar den som har sytt ett segel det i vinden innan det levereras.'],
    ['sv', 'Fortfarande skriver alla som har kört en tur en rad i loggboken.'],
  ])('%s: %s', (lang, sentence) => {
    expect(habit(sentence)).toBe(true);
    expect(valuesHits(sentence, lang)).toContain(sentence);
  });

  it.each([
    ['en', 'To this day, the bakery uses the oven the founder built in 1962.'],
    ['nb', 'Den dag i dag står den gamle saga i verkstedet, og den som vil kan se den.'],
    ['sv', 'Än i dag ligger kontoret i den gamla stationen vid hamnen.'],
  ])('%s, no rule for whoever: %s', (_lang, sentence) => {
    expect(habit(sentence)).toBe(false);
  });
});
