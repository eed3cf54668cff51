// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { scoreBlocks } from '../../../core/evidence/score';
import type { TextBlock } from '../../../core/model';
import { getPrompt } from '../../../core/prompts';

/**
 * Vision: what the people served should never have to go through, with "never" where "not" stood ("… skal aldri måtte
 * vente på …", "… ska aldrig behöva …"): purpose said as what is spared, as "should never have to" is in English.
 * Not a duty laid on the reader ("Du skal aldri …").
 */

const visionHits = (sentence: string, lang: string, clipKind: 'company' | 'news' = 'company'): string[] => {
  const vision = getPrompt('vision');
  if (!vision) throw new Error('No prompt vision');
  const blocks: TextBlock[] = [{ tag: 'p', heading: 'Om oss', text: sentence }];
  return scoreBlocks(blocks, lang, [vision], { clipKind }).map((h) => h.sentence);
};

describe('vision: what those served should never have to go through', () => {
  it.each([
    ['en', 'A farmer who rings us at harvest should never have to wait until Monday for a part.'],
    ['nb', 'En elektriker som kommer til disken vår, skal aldri måtte vente på en del vi kunne ha hatt på lager.'],
    ['nb', 'En pasient skal aldri trenge å ringe oss to ganger for å få svar.'],
    ['nb', '– En bonde skal aldri måtte stå uten fôr midt i vinteren, sier daglig leder Kari Lund.'],
    ['sv', 'En hantverkare som kommer till vår disk ska aldrig behöva åka tomhänt tillbaka till ett bygge.'],
    ['sv', 'En resenär ska aldrig mer behöva stå på perrongen utan att veta när tåget kommer.'],
  ])('%s: %s', (lang, sentence) => {
    expect(visionHits(sentence, lang)).toEqual([sentence]);
    expect(visionHits(sentence, lang, 'news')).toEqual([sentence]);
  });

  it.each([
    ['nb', 'Du skal aldri måtte løfte mer enn 20 kilo alene.'],
    ['sv', 'Du ska aldrig behöva lyfta mer än 20 kilo själv.'],
  ])('%s, a duty of the reader: %s', (lang, sentence) => {
    expect(visionHits(sentence, lang)).toEqual([]);
  });
});
