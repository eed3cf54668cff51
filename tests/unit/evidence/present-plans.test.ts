// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tellsCareerPath } from '../../../core/evidence/career-path';
import { tellsPresentPlan } from '../../../core/evidence/plans';
import { scoreBlocks } from '../../../core/evidence/score';
import { fold, words } from '../../../core/evidence/stems';
import type { TextBlock } from '../../../core/model';
import { getPrompt, type Prompt } from '../../../core/prompts';

/**
 * Career goals: a colleague's path told as then and now ("Last year she finished …, and she now trains …").
 * Strategy: a plan told in the present after its time ("Under 2027 anställer vi …"), whatever the doing
 * word, or an English progressive with a year ("are adding … during 2027"). Not a plan: what was done
 * that year, told in the past or with "har".
 */

function prompt(id: string): Prompt {
  const found = getPrompt(id);
  if (!found) throw new Error(`No prompt ${id}`);
  return found;
}

const strategyHits = (sentence: string, lang: string): string[] => {
  const blocks: TextBlock[] = [{ tag: 'p', text: sentence }];
  return scoreBlocks(blocks, lang, [prompt('strategy')], { clipKind: 'company' }).map((h) => h.sentence);
};
const plan = (sentence: string): boolean => tellsPresentPlan(sentence, words(fold(sentence)));

describe('strategy: a plan told in the present', () => {
  it.each([
    ['en', 'Harbour Dairy are converting the old creamery in Penzance into a cheese store during 2028.'],
    ['en', "We're moving the whole workshop to Exeter in 2027, with room for twice the bikes."],
    ['nb', 'I 2028 flytter hele kundeservicen til det nye bygget i Molde.'],
    ['nb', 'Høsten 2027 tar sagbruket imot de første tømmerbilene fra Sverige.'],
    ['sv', 'Under 2028 rekryterar vi tolv tekniker till verkstaden i Borlänge.'],
    ['sv', 'Från hösten 2027 levererar mejeriet ost till alla Coop-butiker i Dalarna.'],
  ])('%s: %s', (lang, sentence) => {
    expect(plan(sentence)).toBe(true);
    expect(strategyHits(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    ['en', 'In 2019 we were adding a second line when the fire broke out.'],
    ['en', 'The team is working on the new website with an agency from Leeds.'],
    ['nb', 'I 2019 mistet vi 40 000 fisk da en fortøyning røk.'],
    ['nb', 'I 2024 har vi åpnet to nye butikker.'],
    ['sv', 'Hösten 2025 fick vi säga upp 18 kollegor.'],
    ['sv', 'Under 2024 levererade vi 3 000 fönster.'],
    ['en', 'In 2013, Senator Ann Walker called the deficit the issue of the decade.'],
    ['en', 'The shop is finding new customers online in 2025.'],
  ])('not a plan: %s: %s', (_, sentence) => {
    expect(plan(sentence)).toBe(false);
  });
});

describe('career goals: a colleague’s path, then and now', () => {
  const careerHits = (sentence: string, lang: string): string[] =>
    scoreBlocks([{ tag: 'p', text: sentence }], lang, [prompt('career-goals')], { clipKind: 'company' }).map((h) => h.sentence);

  it.each([
    ['en', 'In 2020 he finished his HGV licence with us, and he now plans the routes for all eight drivers.'],
    ['nb', 'I fjor tok hun fagbrev som industrimekaniker, og nå lærer hun opp lærlingene.'],
    ['sv', 'Förra året blev han klar med sin kranutbildning, och nu leder han ett eget arbetslag.'],
  ])('%s: %s', (lang, sentence) => {
    expect(tellsCareerPath(words(fold(sentence)))).toBe(true);
    expect(careerHits(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    ['en', 'She now works from home two days a week.'],
    ['en', 'We now have 40 staff across three sites.'],
    ['nb', 'Vi har nå 40 ansatte i tre byer.'],
    ['sv', 'Nu bygger vi en ny verkstad i Borlänge.'],
    ['en', 'Where such signs were once sophisticated, they now seemed dated.'],
  ])('not a path: %s: %s', (_, sentence) => {
    expect(tellsCareerPath(words(fold(sentence)))).toBe(false);
  });
});
