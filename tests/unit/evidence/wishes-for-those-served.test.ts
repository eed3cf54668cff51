// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tellsNorm } from '../../../core/evidence/habits-norms';
import { scoreBlocks } from '../../../core/evidence/score';
import { fold, words } from '../../../core/evidence/stems';
import type { TextBlock } from '../../../core/model';
import { getPrompt } from '../../../core/prompts';

/**
 * Vision: a wish of the leader or the company for anyone it serves, without a word of purpose ("Jeg vil at en
 * 85-åring som kommer fra sykehuset skal reise hjem sterkere …", "We would like every person who comes through our
 * door to eat …"); an age ("85-åring") is no time that would make it a plan. Not a wish for the company's own staff, a
 * request to the reader, nor a thank-you.
 */
const norm = (sentence: string): boolean => tellsNorm(words(fold(sentence)));

const vision = (sentence: string, lang: string): string[] => {
  const prompt = getPrompt('vision');
  if (!prompt) throw new Error('No prompt vision');
  const blocks: TextBlock[] = [{ tag: 'p', text: sentence }];
  return scoreBlocks(blocks, lang, [prompt], { clipKind: 'company' }).map((h) => h.sentence);
};

describe('vision: a wish for anyone served', () => {
  it.each([
    ['en', 'We would like every child who comes to our club to leave able to swim a length.'],
    ['en', 'I want no tenant in our blocks to wait a week for hot water.'],
    ['nb', 'Jeg vil at en 90-åring som flytter inn på sykehjemmet skal kjenne seg hjemme fra første dag.'],
    ['nb', 'Vi ønsker at alle som ringer kundesenteret skal få svar av et menneske.'],
    ['sv', 'Jag vill att en 80-åring som kommer hem från sjukhuset ska klara sig själv igen.'],
    ['sv', 'Vi vill att varje barn i kommunen ska kunna simma när de slutar sexan.'],
  ])('%s: %s', (lang, sentence) => {
    expect(norm(sentence)).toBe(true);
    expect(vision(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    ['en', 'We want every employee to take a first-aid course.'],
    ['en', 'I want to thank everyone who came to the open day.'],
    ['nb', 'Jeg vil at dere skal søke innen 1. mars.'],
    ['nb', 'Vi vil at alle ansatte skal ta kurset i førstehjelp.'],
    ['sv', 'Vi vill att alla anställda ska gå kursen i första hjälpen.'],
    ['sv', 'Jag vill att ni skickar ansökan senast i mars.'],
  ])('not %s: %s', (_lang, sentence) => {
    expect(norm(sentence)).toBe(false);
  });
});
