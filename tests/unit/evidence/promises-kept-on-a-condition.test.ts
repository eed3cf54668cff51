// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tellsOwnPromise } from '../../../core/evidence/own-promises';
import { scoreBlocks } from '../../../core/evidence/score';
import type { TextBlock } from '../../../core/model';
import { getPrompt } from '../../../core/prompts';

/**
 * Values: a promise the company keeps whenever a case arises, told as a condition and what "we" then do ("If we
 * cancel a booking, we refund …", "Hvis vi leverer for sent, betaler vi frakten", "Om vi ändrar …, står vi för …").
 * Not a plan on a condition ("If we win the tender, we will hire …"), an event ("When we moved, we lost …"), a
 * condition of the reader's, or "we" without a doing word of its own after the condition.
 */

const valuesHits = (sentence: string, lang: string): string[] => {
  const values = getPrompt('values');
  if (!values) throw new Error('No prompt values');
  const blocks: TextBlock[] = [{ tag: 'p', heading: 'Til leverandører', text: sentence }];
  return scoreBlocks(blocks, lang, [values], { clipKind: 'company' }).map((h) => h.sentence);
};

describe('values: a promise kept on a condition', () => {
  it.each([
    ['en', 'If we cancel a booking at short notice, we refund the deposit in full the same day.'],
    ['en', 'If we get a delivery date wrong, we pay for the extra night at the hotel.'],
    ['nb', 'Hvis vi leverer for sent, betaler vi frakten selv.'],
    ['nb', 'Dersom vi endrer en tegning etter bestilling, dekker vi materialene som er kappet.'],
    ['sv', 'Om vi levererar för sent, står vi för frakten.'],
    ['sv', 'Om vi ändrar en ritning efter beställningen, betalar vi för materialet som redan är kapat.'],
  ])('%s: %s', (lang, sentence) => {
    expect(tellsOwnPromise(sentence)).toBe(true);
    expect(valuesHits(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    ['en', 'If we win the tender, we will hire twenty more drivers.'],
    ['en', 'When we moved to the new yard, we lost two customers.'],
    ['en', 'If you cancel a booking, you lose the deposit.'],
    ['nb', 'Hvis vi får kontrakten, skal vi ansette ti nye.'],
    ['nb', 'Hvis vi leverer for sent, er det vanligvis på grunn av været.'],
    ['sv', 'Om vi får bygglov, kommer vi att bygga en ny hall.'],
    ['sv', 'Om vi flyttade, förlorade vi kunderna i stan.'],
  ])('%s, no promise kept: %s', (_lang, sentence) => {
    expect(tellsOwnPromise(sentence)).toBe(false);
  });
});
