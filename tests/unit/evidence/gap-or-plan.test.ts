// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tellsPresentPlan } from '../../../core/evidence/plans';
import { scoreBlocks } from '../../../core/evidence/score';
import { fold, words } from '../../../core/evidence/stems';
import type { TextBlock } from '../../../core/model';
import { getPrompt, type Prompt } from '../../../core/prompts';

/**
 * Time decides a gap from a plan: a figure that fell short (against a target, only part of a count, worse than an
 * earlier figure), told with nothing ahead, is how things stand now — do-better, not strategy, whatever years or
 * target words it holds. With a modal, a deadline ahead ("innen 2030"), "next year" or a goal to reach ("målet är
 * att …") it is still a plan. A count after a figure ("3,400 hours in 2026") is no doing word of a plan.
 */

function prompt(id: string): Prompt {
  const found = getPrompt(id);
  if (!found) throw new Error(`No prompt ${id}`);
  return found;
}

const hitsFor = (id: string, sentence: string, lang: string): string[] => {
  const blocks: TextBlock[] = [{ tag: 'p', heading: 'Nytt', text: sentence }];
  return scoreBlocks(blocks, lang, [prompt(id)], { clipKind: 'company' }).map((h) => h.sentence);
};

describe('a gap told with years is no plan', () => {
  it.each([
    ['en', 'Sick leave in the depot went from 4 percent in 2024 to 7 percent in 2026.'],
    ['en', 'Only six of the 20 drivers we hired in 2024 still work for us.'],
    ['nb', 'Bare tre av ti lærlinger fra 2023 jobber fortsatt i bedriften.'],
    ['nb', 'I 2026 har 24 prosent av vaktene vært nattevakter, mot målet 15 prosent.'],
    ['sv', 'Under 2026 har bara 71 procent av leveranserna kommit i tid, mot målet 95 procent.'],
    ['sv', 'Från 2024 är endast fyra av tio nya förare kvar hos oss.'],
  ])('%s: %s', (lang, sentence) => {
    expect(hitsFor('strategy', sentence, lang)).toEqual([]);
    expect(hitsFor('do-better', sentence, lang)).toEqual([sentence]);
  });

  it.each([
    // A plan with its figures: a modal, a deadline ahead, next year, a goal to reach.
    ['en', 'By 2028 only two of every ten deliveries will go by diesel truck, against eight today.'],
    ['nb', 'Styret har vedtatt nye ruter fra våren 2027, og målet er å frakte 40 prosent mer gods innen 2030.'],
    ['sv', 'Nästa år bygger vi ett nytt lager, och målet är att 2029 leverera dubbelt så mycket som idag.'],
    ['nb', 'Fra 2027 skal ingen pasient vente mer enn fire uker på time.'],
  ])('still a plan, %s: %s', (lang, sentence) => {
    expect(hitsFor('strategy', sentence, lang)).toEqual([sentence]);
  });

  it('a count after a figure is no doing word', () => {
    const text = 'Overtime in the bakery went from 900 hours in 2025 to 1,600 hours in 2026.';
    expect(tellsPresentPlan(text, words(fold(text)))).toBe(false);
    const plan = 'A new oven opens in March 2027.';
    expect(tellsPresentPlan(plan, words(fold(plan)))).toBe(true);
  });
});
