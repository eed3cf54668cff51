// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tellsNorm, tellsPurpose } from '../../../core/evidence/habits-norms';
import { scoreBlocks } from '../../../core/evidence/score';
import { fold, words } from '../../../core/evidence/stems';
import type { TextBlock } from '../../../core/model';
import { getPrompt, type Prompt } from '../../../core/prompts';

/**
 * Vision without a word of vision, in the forms reports and portraits use: what should be possible for
 * anyone, said of nobody ("Det ska gå att resa …", "It should be possible to …"), and what a founder wants
 * for others in Norwegian and Swedish ("Jeg vil at folk skal smake …", "Vi vill att alla ska …"). Not a
 * vision: a plan with a time, what someone wants for the reader or for themselves.
 */

function prompt(id: string): Prompt {
  const found = getPrompt(id);
  if (!found) throw new Error(`No prompt ${id}`);
  return found;
}

const visionHits = (sentence: string, lang: string, kind: 'company' | 'news' = 'company'): string[] => {
  const blocks: TextBlock[] = [{ tag: 'p', heading: 'Rapport', text: sentence }];
  return scoreBlocks(blocks, lang, [prompt('vision')], { clipKind: kind }).map((h) => h.sentence);
};
const folded = (sentence: string): string[] => words(fold(sentence));

describe('vision: what should be possible for anyone', () => {
  it.each([
    ['sv', 'Det ska gå att ta sig över fjällen lika enkelt med tåg som med bil.'],
    ['nb', 'Det skal være trygt å bygge hus på leirgrunn i hele Trøndelag.'],
    ['en', 'It should be possible to cross the estuary without burning a litre of diesel.'],
  ])('%s: %s', (lang, sentence) => {
    expect(tellsNorm(folded(sentence))).toBe(true);
    expect(visionHits(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    // A plan with a time, a rule for the reader, a statement that is no norm.
    ['sv', 'Det ska gå att boka resor i appen från våren 2027.'],
    ['nb', 'Det skal være levert innen fredag.'],
    ['en', 'It is possible to park behind the shop.'],
  ])('%s: %s is no norm', (_, sentence) => {
    expect(tellsNorm(folded(sentence))).toBe(false);
  });
});

describe('vision: what a founder wants for others', () => {
  it.each([
    ['nb', '– Jeg vil at folk skal kjenne hvor melken kommer fra, sier hun.', 'news'],
    ['sv', 'Vi vill att alla barn i kommunen ska kunna lära sig simma.', 'company'],
    ['nb', 'Vi ønsker at bøndene skal få mer betalt for kornet sitt.', 'company'],
  ] as const)('%s: %s', (lang, sentence, kind) => {
    expect(tellsPurpose(folded(sentence))).toBe(true);
    expect(visionHits(sentence, lang, kind)).toEqual([sentence]);
  });

  it.each([
    // What someone wants for the reader or for themselves.
    ['nb', 'Vi vil at du skal trives fra første dag.'],
    ['sv', 'Jag vill att ni ska höra av er om något är oklart.'],
    ['nb', 'Jeg vil gjerne at vi skal vokse litt neste år.'],
  ])('%s: %s is no purpose', (_, sentence) => {
    expect(tellsPurpose(folded(sentence))).toBe(false);
  });
});
