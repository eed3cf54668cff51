// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tellsPresentPlan } from '../../../core/evidence/plans';
import { scoreBlocks } from '../../../core/evidence/score';
import { fold, words } from '../../../core/evidence/stems';
import type { TextBlock } from '../../../core/model';
import { getPrompt } from '../../../core/prompts';

/**
 * Strategy as an action plan after an inspection writes it: a present passive right after a date ahead ("Från den
 * 1 januari 2027 bemannas varje natt med två undersköterskor"), and a state to reach by a date ("Alla planer ska vara
 * uppdaterade senast den 28 februari 2027"), where a word in -ade after "vara" is a participle, not a past. Not a
 * plan: what was done by a date ("planerna uppdaterades i mars 2026", "var uppdaterade"), and English.
 */

const plan = (sentence: string): boolean => tellsPresentPlan(sentence, words(fold(sentence)));
const strategyHits = (sentence: string, lang: string): string[] => {
  const strategy = getPrompt('strategy');
  if (!strategy) throw new Error('No prompt strategy');
  const blocks: TextBlock[] = [{ tag: 'p', heading: 'Våra åtgärder', text: sentence }];
  return scoreBlocks(blocks, lang, [strategy], { clipKind: 'company' }).map((h) => h.sentence);
};

describe('strategy: a present passive right after a date ahead', () => {
  it.each([
    ['sv', 'Från den 1 januari 2027 bemannas varje natt med två undersköterskor och en sjuksköterska i beredskap.'],
    ['sv', 'Från 1 mars 2027 planeras alla helger fyra veckor i förväg.'],
    ['nb', 'Fra 1. januar 2027 bemannes hver natt med to sykepleiere og en lege i beredskap.'],
    ['nb', 'Fra 1. mars 2027 settes alle vaktlister opp fire uker i forveien.'],
    ['en', 'From 1 January 2027 every night shift will be staffed by two nurses.'],
  ])('%s: "%s" is a plan', (lang, sentence) => {
    expect(plan(sentence)).toBe(true);
    expect(strategyHits(sentence, lang)).toContain(sentence);
  });
});

describe('strategy: a state to reach by a date', () => {
  it.each([
    ['sv', 'Alla genomförandeplaner ska vara uppdaterade senast den 28 februari 2027 och ses sedan över var tredje månad.'],
    ['sv', 'Samtliga larm ska vara kontrollerade senast den 1 april 2027.'],
    ['nb', 'Alle tiltaksplaner skal være oppdatert innen 28. februar 2027 og gås gjennom hver tredje måned.'],
    ['en', 'Every care plan will be up to date by 28 February 2027 and reviewed every three months.'],
  ])('%s: "%s" is a plan', (lang, sentence) => {
    expect(plan(sentence)).toBe(true);
    expect(strategyHits(sentence, lang)).toContain(sentence);
  });
});

describe('strategy: what was done by a date is no plan', () => {
  it.each([
    ['sv', 'Alla genomförandeplaner uppdaterades i mars 2026 efter inspektionen.'],
    ['sv', 'I oktober 2026 var planerna uppdaterade för bara 15 av 24 boende.'],
    ['sv', 'Från den 1 januari 2026 bemannades varje natt med en undersköterska.'],
    ['nb', 'Fra 1. januar 2026 ble hver natt bemannet med én sykepleier.'],
    ['en', 'From 1 January 2026 the night shift was staffed by one nurse.'],
  ])('%s: "%s" is no plan', (_lang, sentence) => {
    expect(plan(sentence)).toBe(false);
  });
});
