// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tellsHabit } from '../../../core/evidence/habits-norms';
import { scoreBlocks } from '../../../core/evidence/score';
import { fold, words } from '../../../core/evidence/stems';
import type { TextBlock } from '../../../core/model';
import { getPrompt, type Prompt } from '../../../core/prompts';

/**
 * Values shown as a routine that comes round, as engineers' blogs tell them: "Every Friday we …", "Varje
 * fredag går vi …", "Hver morgen møtes vi …". Not a habit: every year (growth or a count), every day of
 * opening hours, and a routine of the reader's.
 */

function prompt(id: string): Prompt {
  const found = getPrompt(id);
  if (!found) throw new Error(`No prompt ${id}`);
  return found;
}

const valuesHits = (sentence: string, lang: string): string[] => {
  const blocks: TextBlock[] = [{ tag: 'p', heading: 'Blogg', text: sentence }];
  return scoreBlocks(blocks, lang, [prompt('values')], { clipKind: 'company' }).map((h) => h.sentence);
};
const habit = (sentence: string): boolean => tellsHabit(words(fold(sentence)));

describe('values: a routine that comes round', () => {
  it.each([
    ['sv', 'Varje måndag går vi igenom förra veckans larm tillsammans, och den som var i beredskap börjar.'],
    ['nb', 'Hver fredag møtes vi i verkstedet og går gjennom ukas feil, og lærlingen snakker først.'],
    ['en', 'Every Friday morning we read through the week’s test reports together, and the newest engineer goes first.'],
  ])('%s: %s', (lang, sentence) => {
    expect(habit(sentence)).toBe(true);
    expect(valuesHits(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    // A year is growth or a count; the reader's routine; a day with no one doing anything.
    ['sv', 'Varje år växer vi med runt tio procent.'],
    ['nb', 'Hver fredag kan du hente varene dine på lageret.'],
    ['en', 'Every Friday the shop closes at four.'],
  ])('%s: %s is no habit', (_, sentence) => {
    expect(habit(sentence)).toBe(false);
  });
});
