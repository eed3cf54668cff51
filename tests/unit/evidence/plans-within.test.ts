// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tellsPresentPlan } from '../../../core/evidence/plans';
import { scoreBlocks } from '../../../core/evidence/score';
import { fold, words } from '../../../core/evidence/stems';
import type { TextBlock } from '../../../core/model';
import { getPrompt, type Prompt } from '../../../core/prompts';

/**
 * A plan whose time stands inside the sentence rather than at its opening, as letters, history pages and
 * press releases write it: "A new kiln opens in May 2027 …", "from June 2027 every tenant will …",
 * "Kommunen ansetter … i løpet av 2027" (a present in second place), "… och från den 1 mars 2027 går
 * färjan …" (a present right after the time). Not what was done in a year, nor a Swedish passive or an
 * English word in -r read as a present.
 */

function prompt(id: string): Prompt {
  const found = getPrompt(id);
  if (!found) throw new Error(`No prompt ${id}`);
  return found;
}

const plan = (sentence: string): boolean => tellsPresentPlan(sentence, words(fold(sentence)));
const strategyOf = (sentence: string, lang: string): string[] => {
  const blocks: TextBlock[] = [{ tag: 'p', heading: 'Nyheter', text: sentence }];
  return scoreBlocks(blocks, lang, [prompt('strategy')], { clipKind: 'news' }).map((h) => h.sentence);
};

describe('strategy: a time ahead inside the sentence, with a plan’s doing word', () => {
  it.each([
    ['en', 'A second kiln opens in May 2027 and will let the pottery fire twice as many pieces.'],
    ['en', 'Rents are set once a year, and from June 2027 every tenant will get a monthly statement.'],
    ['nb', 'Kommunen ansetter fire nye helsesykepleiere i løpet av 2027, slik at alle skoler får faste dager.'],
    ['nb', 'Verkstedet er åpent hver dag, og fra 1. mars 2027 tar vi også imot elbiler.'],
    ['sv', 'Regionen anställer tio nya barnmorskor under 2027.'],
    ['sv', 'Sedan i våras har vi en egen kundtjänst, och från den 1 mars 2027 går färjan varje timme.'],
  ])('%s: %s is a plan', (lang, sentence) => {
    expect(plan(sentence)).toBe(true);
    expect(strategyOf(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    // What was done, an English word in -r after the year, a Swedish passive before it.
    ['Amira founded the studio in 2018 after ten years at sea.'],
    ['Megan Dyer joined the team in 2023 and now checks every survey.'],
    ['Firmaet ble startet i 1988 og flyttet til Hamar i 2001.'],
    ['Föreningen har stämt bolaget, och målet väntas avgöras under 2026.'],
    ['The plant was opened in March 2019 by the mayor.'],
  ])('%s is no plan', (sentence) => {
    expect(plan(sentence)).toBe(false);
  });
});
