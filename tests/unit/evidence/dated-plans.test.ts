// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tellsPresentPlan } from '../../../core/evidence/plans';
import { scoreBlocks } from '../../../core/evidence/score';
import { fold, words } from '../../../core/evidence/stems';
import type { TextBlock } from '../../../core/model';
import { getPrompt, type Prompt } from '../../../core/prompts';

/**
 * Strategy in the forms outage notices, portraits and press releases use: a state from a date on ("Fra 1.
 * januar 2027 er det alltid to på vakt"), what is due this year ("I år skal de lage …"), and a decision with
 * a time ahead ("nämnden beslutade … att tio tjänster inrättas under 2027"). Not a plan: a date in the
 * past told as what happened, "per year" ("i året"), and a decision with no time.
 */

function prompt(id: string): Prompt {
  const found = getPrompt(id);
  if (!found) throw new Error(`No prompt ${id}`);
  return found;
}

const strategyHits = (sentence: string, lang: string, kind: 'company' | 'news' = 'company'): string[] => {
  const blocks: TextBlock[] = [{ tag: 'p', heading: 'Nytt', text: sentence }];
  return scoreBlocks(blocks, lang, [prompt('strategy')], { clipKind: kind }).map((h) => h.sentence);
};
const plan = (sentence: string): boolean => tellsPresentPlan(sentence, words(fold(sentence)));

describe('strategy: a state or a doing from a date on', () => {
  it.each([
    ['nb', 'Fra 1. mars 2027 er det alltid to sykepleiere på nattvakt i Bodø.'],
    ['sv', 'Från den 1 april 2027 är mottagningen öppen även på lördagar.'],
    ['en', 'From 1 June 2027 the depot is open on Sundays as well.'],
  ])('%s: %s', (lang, sentence) => {
    expect(plan(sentence)).toBe(true);
    expect(strategyHits(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    // Told as what happened, or a date that is no opening.
    ['nb', 'Fra 1. mars 2019 hadde vi to sykepleiere på nattvakt.'],
    ['sv', 'I mars 2020 stängde vi mottagningen i två veckor.'],
    ['en', 'Since 1 June 2019 we have opened on Sundays.'],
  ])('%s: %s is no plan in the present', (_, sentence) => {
    expect(plan(sentence)).toBe(false);
  });
});

describe('strategy: what is due this year, and a decision with a time ahead', () => {
  it.each([
    ['nb', 'I år skal de brygge 40 000 liter og ansette to nye på tapperiet.', 'news'],
    ['sv', 'I år ska gården odla dubbelt så mycket potatis som i fjol.', 'company'],
    ['en', 'This year the bakery will open a second shop in Kendal.', 'company'],
    ['sv', 'Regionstyrelsen beslutade i går att akutmottagningen i Malung blir kvar och att sex nya tjänster inrättas under 2027.', 'news'],
    ['nb', 'Fylkestinget vedtok tirsdag at skolen i Gol skal bygges ut i 2028.', 'news'],
    ['en', 'The council decided on Monday that the library will reopen in 2027.', 'news'],
  ] as const)('%s: %s', (lang, sentence, kind) => {
    expect(strategyHits(sentence, lang, kind)).toEqual([sentence]);
  });

  it.each([
    // Per year, a decision with no time ahead.
    ['nb', 'Bakeriet har tolv ansatte og baker rundt 300 000 brød i året.'],
    ['sv', 'Styrelsen beslutade att välja om revisorn.'],
    ['en', 'The council decided that the meeting was closed to the public.'],
  ])('%s: %s is not shown', (lang, sentence) => {
    expect(strategyHits(sentence, lang)).toEqual([]);
  });
});
