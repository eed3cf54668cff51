// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tellsPresentPlan } from '../../../core/evidence/plans';
import { scoreBlocks } from '../../../core/evidence/score';
import { fold, words } from '../../../core/evidence/stems';
import type { TextBlock } from '../../../core/model';
import { getPrompt } from '../../../core/prompts';

/**
 * Strategy: a plan's date inside the sentence set by other words than "in"/"from"/"by": a day ("will merge on
 * 1 March 2027"), a span ("between May and August 2027", "mellom mars og mai 2027"), a holiday or a season with its
 * year ("over Easter 2027", "etter påske 2027", "under julen 2027"), a deadline after a thing named with its number
 * ("Kjølerom 3 får … innen 1. mars 2027"). Not a plan: the same dates told as done.
 */

const plan = (sentence: string): boolean => tellsPresentPlan(sentence, words(fold(sentence)));
const strategyHits = (sentence: string, lang: string): string[] => {
  const strategy = getPrompt('strategy');
  if (!strategy) throw new Error('No prompt strategy');
  const blocks: TextBlock[] = [{ tag: 'p', text: sentence }];
  return scoreBlocks(blocks, lang, [strategy], { clipKind: 'company' }).map((h) => h.sentence);
};

describe('strategy: a date set inside the sentence by a day, a span or a holiday', () => {
  it.each([
    ['en', 'The two bakeries will merge on 1 March 2027 and keep both shops open.'],
    ['en', 'We will resurface the yard at the Hull depot between May and August 2027.'],
    ['en', 'The new packing hall will be fitted out over Christmas 2026 and staffed from January.'],
    ['nb', 'Vi skal skifte ut taket på lageret mellom mars og mai 2027.'],
    ['nb', 'Verkstedet skal bygges om etter påske 2027 og få to nye løfter.'],
    ['nb', 'Kjølerom 3 får ny styring innen 1. mars 2027.'],
    ['sv', 'Vi ska byta taket på lagret mellan april och juni 2027.'],
    ['sv', 'Den nya linjen ska installeras under julen 2027 och ge tolv nya jobb.'],
    ['sv', 'Frysrum 2 får ny larmcentral senast den 1 mars 2027.'],
  ])('%s: "%s" is a plan', (lang, sentence) => {
    expect(plan(sentence)).toBe(true);
    expect(strategyHits(sentence, lang)).toContain(sentence);
  });
});

describe('strategy: the same dates told as done are no plan', () => {
  it.each([
    ['en', 'The two bakeries merged on 1 March 2021 and kept both shops open.'],
    ['en', 'The yard was resurfaced between May and August 2024.'],
    ['nb', 'Taket på lageret ble skiftet ut mellom mars og mai 2024.'],
    ['sv', 'Taket på lagret byttes mellan april och juni 2024, och det blev klart i tid.'],
  ])('%s: "%s" is no plan', (_lang, sentence) => {
    expect(plan(sentence)).toBe(false);
  });
});
