// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tellsCareerPath } from '../../../core/evidence/career-path';
import { scoreBlocks } from '../../../core/evidence/score';
import { fold, words } from '../../../core/evidence/stems';
import type { TextBlock } from '../../../core/model';
import { getPrompt, PROMPTS } from '../../../core/prompts';

/**
 * Career goals: routes from within told as facts about a part of the company's own people — a count or "most",
 * "several" of them, and the route they came by (came through its own apprenticeship, trained here, went the same
 * way as the person told of). Not the customers' route, nor things that started. And a heading that opens with a
 * quote (a review's title) is someone's words, not a section's name: a cue word in it does not pull a sentence
 * under it to another prompt.
 */

const careerHits = (sentence: string, lang: string): string[] => {
  const prompt = getPrompt('career-goals');
  if (!prompt) throw new Error('No prompt career-goals');
  const blocks: TextBlock[] = [{ tag: 'p', heading: 'Nyheter', text: sentence }];
  return scoreBlocks(blocks, lang, [prompt], { clipKind: 'company' }).map((h) => h.sentence);
};
const path = (sentence: string): boolean => tellsCareerPath(words(fold(sentence)));

describe('career goals: a part of the staff and the route they came by', () => {
  it.each([
    ['en', "Nine of the bakery's 40 bakers came through its own apprenticeship."],
    ['en', 'Most of our site managers trained here and run their own sites today.'],
    ['nb', 'Flere av våre driftsledere kom gjennom lærlingordningen vår.'],
    ['nb', 'Fire av de 30 sykepleierne på avdelingen har gått samme vei.'],
    ['sv', 'Många av våra arbetsledare kom upp genom vår egen traineeutbildning.'],
    ['sv', 'Fem av de 20 anställda på lagret har gått samma väg.'],
  ])('%s: %s', (lang, sentence) => {
    expect(path(sentence)).toBe(true);
    expect(careerHits(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    // The customers' route, things that started, a part with no route.
    ['en', 'Most of our customers came through a referral from a friend.'],
    ['en', 'Two of our sites started production in 2020.'],
    ['nb', 'Flere av våre kunder har gått samme vei og byttet til varmepumpe.'],
    ['sv', 'Flera av våra kunder har gått samma väg och bytt till solel.'],
    ['sv', 'Hälften av våra anställda bor i Umeå.'],
    ['en', 'Most of our trainers work part time.'],
  ])('not %s: %s', (_lang, sentence) => {
    expect(path(sentence)).toBe(false);
  });
});

describe('a quoted heading is no section name', () => {
  it.each([
    ['en', '“Lots of responsibility” – Fitter, Leeds', 'The company paid for my whole electrician course and let me work shorter weeks during it.'],
    ['sv', '”Mycket ansvar” – Montör, Umeå', 'Företaget betalade min utbildning till elinstallatör och jag fick gå ner i tid under kursen.'],
    ['nb', '«Mye ansvar» – Montør, Bodø', 'Firmaet betalte hele utdanningen min som elektriker, og jeg fikk gå ned i tid mens jeg studerte.'],
  ])('%s: a course paid for under "%s" stays career evidence', (lang, heading, sentence) => {
    const hits = scoreBlocks([{ tag: 'p', heading, text: sentence }], lang, PROMPTS, { clipKind: 'company' });
    expect(hits.filter((h) => h.promptId === 'career-goals').map((h) => h.sentence)).toEqual([sentence]);
    expect(hits.filter((h) => h.promptId === 'contribute')).toEqual([]);
  });
});
