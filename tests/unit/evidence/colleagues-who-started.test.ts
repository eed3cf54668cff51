// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tellsCareerPath } from '../../../core/evidence/career-path';
import { scoreBlocks } from '../../../core/evidence/score';
import { fold, words } from '../../../core/evidence/stems';
import type { TextBlock } from '../../../core/model';
import { getPrompt, type Prompt } from '../../../core/prompts';

/**
 * Career goals: the path a company offers, told as a part of a group of colleagues who started lower down
 * ("Three of our five site leads started as labourers", "To av dem som begynte hos oss som lærlinger, …").
 * Not lines, shops or projects that started something, nor a count without the colleagues' start.
 */

function prompt(id: string): Prompt {
  const found = getPrompt(id);
  if (!found) throw new Error(`No prompt ${id}`);
  return found;
}

const path = (sentence: string): boolean => tellsCareerPath(words(fold(sentence)));
const careerOf = (sentence: string, lang: string): string[] => {
  const blocks: TextBlock[] = [{ tag: 'p', heading: 'Jobb hos oss', text: sentence }];
  return scoreBlocks(blocks, lang, [prompt('career-goals')], { clipKind: 'company' }).map((h) => h.sentence);
};

describe('career goals: colleagues who started lower down', () => {
  it.each([
    ['en', 'Three of our five site leads started on the tools as labourers.'],
    ['nb', 'Fire av våre seks formenn begynte hos oss som lærlinger.'],
    ['nb', 'To av dem som begynte i lageret, leder nå hvert sitt skift.'],
    ['sv', 'Tre av våra fyra platschefer började här som snickare.'],
  ])('%s: %s is a path', (lang, sentence) => {
    expect(path(sentence)).toBe(true);
    expect(careerOf(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    // Things that started something; colleagues counted without where they started.
    ['Two of our four lines started production in 2019.'],
    ['Tre av våra butiker startade försäljning av kaffe i våras.'],
    ['Fire av våre seks formenn har fagbrev i tømrerfaget.'],
    ['Four of the eight projects started on time.'],
  ])('%s is no path', (sentence) => {
    expect(path(sentence)).toBe(false);
  });
});
