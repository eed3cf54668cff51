// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tellsRoutineOfAll } from '../../../core/evidence/routines-of-all';
import { scoreBlocks } from '../../../core/evidence/score';
import type { TextBlock } from '../../../core/model';
import { prompt } from './do-better-alone';

/**
 * Values: every case, opening the sentence, done to by someone ("Every calculation that leaves the office is checked by
 * a second engineer", "Alle pasienter som har trukket en tann, blir ringt opp av en av oss", "Varje ritning granskas av
 * en annan konstruktör"): a routine of the house without a concession or a step. Not a passive of one event (a year, a
 * past), "every" later in the sentence, a passive without anyone doing it, nor "all" in English.
 */

const valuesHits = (sentence: string, lang: string): string[] => {
  const blocks: TextBlock[] = [{ tag: 'p', heading: 'Nyheter', text: sentence }];
  return scoreBlocks(blocks, lang, [prompt('values')], { clipKind: 'company' }).map((h) => h.sentence);
};

describe('values: every case done to by someone', () => {
  it.each([
    ['en', 'Every calculation that leaves the office is checked by a second engineer.'],
    ['en', 'Each new resident is visited by the same nurse on their first three evenings.'],
    ['nb', 'Alle pasienter som har trukket en tann, blir ringt opp av en av oss dagen etter.'],
    ['nb', 'Hver tegning kontrolleres av en annen ingeniør.'],
    ['sv', 'Varje ritning granskas av en annan konstruktör.'],
    ['sv', 'Alla nya hyresgäster blir uppringda av sin förvaltare den första veckan.'],
  ])('%s: %s', (lang, sentence) => {
    expect(tellsRoutineOfAll(sentence)).toBe(true);
    expect(valuesHits(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    ['en', 'Every calculation was checked by the auditors in 2024.'],
    ['en', 'All staff are paid by the end of the month.'],
    ['en', 'The office is cleaned by an outside firm every evening.'],
    ['nb', 'Alle søknader behandles fortløpende.'],
    ['nb', 'Hver bil ble kontrollert av Statens vegvesen i mars.'],
    ['sv', 'Alla ansökningar behandlas löpande.'],
  ])('%s, no routine of every case: %s', (lang, sentence) => {
    expect(tellsRoutineOfAll(sentence)).toBe(false);
  });
});
