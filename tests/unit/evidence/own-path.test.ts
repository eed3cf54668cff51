// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tellsCareerPath } from '../../../core/evidence/career-path';
import { scoreBlocks } from '../../../core/evidence/score';
import { fold, words } from '../../../core/evidence/stems';
import type { TextBlock } from '../../../core/model';
import { getPrompt, type Prompt } from '../../../core/prompts';

/**
 * Career goals as an employee's blog or an NHS advert tells them: the writer's own path ("Förra året fick
 * jag gå ledarprogrammet, och i dag leder jag …"), and a course "paid by" the employer. Not a path: "i dag"
 * in a company's history or a target, "i" as a preposition, a course the reader pays for.
 */

function prompt(id: string): Prompt {
  const found = getPrompt(id);
  if (!found) throw new Error(`No prompt ${id}`);
  return found;
}

const careerHits = (sentence: string, lang: string): string[] => {
  const blocks: TextBlock[] = [{ tag: 'p', heading: 'Blogg', text: sentence }];
  return scoreBlocks(blocks, lang, [prompt('career-goals')], { clipKind: 'company' }).map((h) => h.sentence);
};
const path = (sentence: string): boolean => tellsCareerPath(words(fold(sentence)));

describe('career goals: the writer’s own path', () => {
  it.each([
    ['sv', 'För två år sedan gick jag företagets projektledarutbildning, och i dag leder jag egna uppdrag.'],
    ['nb', 'I fjor tok jeg fagbrev som elektriker, og i dag leder jeg et lag på fire.'],
    ['nb', 'I 2021 begynte jeg som lærling, og nå har jeg ansvar for hele lageret.'],
  ])('%s: %s', (lang, sentence) => {
    expect(path(sentence)).toBe(true);
    expect(careerHits(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    // "i dag" in a history or a target; "i" as a preposition; no time gone by.
    'Bageriet har bakat i Umeå sedan 1962 och har i dag två butiker.',
    'Innen 2028 skal halvparten av kornet være norsk, mot en firedel i dag.',
    'I dag leder jag ett möte om nya skyddsrutiner.',
  ])('%s is no path', (sentence) => {
    expect(path(sentence)).toBe(false);
  });
});

describe('career goals: a course paid by the employer', () => {
  it.each([
    ['en', 'After your first year you can train as a district nurse, with the course paid by the trust.'],
    ['sv', 'Efter ett år kan du läsa till specialistundersköterska, och utbildningen betalas av regionen.'],
    ['nb', 'Etter to år kan du ta videreutdanning i geriatri, og kurset er betalt av kommunen.'],
  ])('%s: %s', (lang, sentence) => {
    expect(careerHits(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    ['en', 'Parking is paid by the hour.'],
    ['sv', 'Parkeringen betalas av besökaren.'],
  ])('%s: %s is not shown', (lang, sentence) => {
    expect(careerHits(sentence, lang)).toEqual([]);
  });
});
