// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tellsPresentPlan } from '../../../core/evidence/plans';
import { scoreBlocks } from '../../../core/evidence/score';
import { fellShort } from '../../../core/evidence/structures';
import { fold, words } from '../../../core/evidence/stems';
import type { TextBlock } from '../../../core/model';
import { prompt, shownAlone } from './do-better-alone';

/**
 * Strategy: a plan told in the present after a season of the work or a school's or budget's year with its year ("Till
 * säsongen 2027 tecknar vi …", "Fra skoleåret 2027 tilbyr vi …"), or after a day of a month without its year ("From 1
 * February the depot opens …"); a figure set against a goal in such a sentence is the plan's, no shortfall of now. Not a
 * plan: the same opening with a past or "har", a day of a month told as an event in the past.
 */

const strategyHits = (sentence: string, lang: string): string[] => {
  const blocks: TextBlock[] = [{ tag: 'p', text: sentence }];
  return scoreBlocks(blocks, lang, [prompt('strategy')], { clipKind: 'company' }).map((h) => h.sentence);
};
const plan = (sentence: string): boolean => tellsPresentPlan(sentence, words(fold(sentence)));
const fell = (sentence: string): boolean => fellShort(sentence, words(fold(sentence)));

describe('strategy: a plan from a season, a term or a day ahead', () => {
  it.each([
    ['en', 'From 1 February the new depot takes over all deliveries north of the river.'],
    ['en', 'From 3 March our mobile clinic visits the four outer islands every week.'],
    ['nb', 'Fra skoleåret 2027 tilbyr vi gratis leksehjelp på alle trinn.'],
    ['nb', 'Til sesongen 2027 planter vi 40 mål jordbær, og målet er 60 mål i 2029.'],
    ['sv', 'Till vårterminen 2027 inför vi frukost i skolan för alla elever.'],
    ['sv', 'Till säsongen 2027 odlar vi raps på 80 hektar, 20 fler än i år, och målet är 120 hektar år 2030.'],
  ])('%s: %s', (lang, sentence) => {
    expect(plan(sentence)).toBe(true);
    expect(fell(sentence)).toBe(false);
    expect(strategyHits(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    ['nb', 'Til sesongen 2027 planter vi 40 mål jordbær, og målet er 60 mål i 2029.'],
    ['sv', 'Till säsongen 2027 odlar vi raps på 80 hektar, 20 fler än i år, och målet är 120 hektar år 2030.'],
  ])('%s, a goal ahead is no shortfall: %s', (lang, sentence) => {
    expect(shownAlone(sentence, lang)).toEqual([]);
  });

  it.each([
    ['en', 'From 1 February to 20 March the depot was closed for repairs.'],
    ['nb', 'Fra skoleåret 2024 hadde vi leksehjelp på alle trinn.'],
    ['sv', 'Till säsongen 2025 hade vi 80 hektar raps, och målet var 120 hektar.'],
  ])('%s, no plan: %s', (_lang, sentence) => {
    expect(plan(sentence)).toBe(false);
  });
});
