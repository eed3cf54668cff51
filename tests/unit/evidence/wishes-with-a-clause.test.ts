// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tellsPurpose } from '../../../core/evidence/habits-norms';
import { scoreBlocks } from '../../../core/evidence/score';
import { fold, words } from '../../../core/evidence/stems';
import type { TextBlock } from '../../../core/model';
import { getPrompt } from '../../../core/prompts';

/**
 * Vision: what the company wants for others or the world, where whom it wants it for is told with a clause of its own
 * ("We want the timber that grows in these valleys to replace …"; Bokmål and Swedish "vil at … som … skal" already read
 * so). Not a wish with its year (a target), not a personal want ("we want to …"), and not strategy.
 */

const purpose = (sentence: string): boolean => tellsPurpose(words(fold(sentence)));
const hits = (sentence: string, lang: string, id: string): string[] => {
  const prompt = getPrompt(id);
  if (!prompt) throw new Error(`No prompt ${id}`);
  const blocks: TextBlock[] = [{ tag: 'p', heading: 'Welcome', text: sentence }];
  return scoreBlocks(blocks, lang, [prompt], { clipKind: 'company' }).map((h) => h.sentence);
};

describe('vision: a wish for others told with a clause', () => {
  it.each([
    ['en', 'We want the timber that grows in these valleys to replace the steel in the houses people build here.'],
    ['en', 'We want every child who learns to swim with us to feel safe in any lake they meet.'],
    ['nb', 'Vi vil at tømmeret som vokser i dalene våre, skal erstatte stålet i husene folk bygger her.'],
    ['sv', 'Vi vill att virket som växer i dalarna ska ersätta stålet i husen som byggs här.'],
  ])('%s: %s', (lang, sentence) => {
    expect(purpose(sentence)).toBe(true);
    expect(hits(sentence, lang, 'vision')).toEqual([sentence]);
  });

  it.each([
    ['en', 'By 2030 we want the timber that grows in these valleys to make up half of what we sell.'],
    ['en', 'We want to plant the trees that grow best here on every slope we own.'],
  ])('%s, no wish for others: %s', (_lang, sentence) => {
    expect(purpose(sentence)).toBe(false);
  });
});
