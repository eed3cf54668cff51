// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { scoreBlocks } from '../../../core/evidence/score';
import type { TextBlock } from '../../../core/model';
import { getPrompt } from '../../../core/prompts';

/**
 * Strategy: the company's plan to take on people, with no time told ("Vi skal også ansette fire nye serviceteknikere,
 * to av dem i Nord-Norge"): growth said plainly, as "we will" with "hire". Not a duty of the reader in an ad ("You will
 * recruit and train …"), nor hiring told as done.
 */

const strategyHits = (sentence: string, lang: string, clipKind: 'company' | 'job-ad' = 'company'): string[] => {
  const strategy = getPrompt('strategy');
  if (!strategy) throw new Error('No prompt strategy');
  const blocks: TextBlock[] = [{ tag: 'p', heading: 'Hilsen', text: sentence }];
  return scoreBlocks(blocks, lang, [strategy], { clipKind }).map((h) => h.sentence);
};

describe('strategy: a plan to take on people', () => {
  it.each([
    ['en', 'We will also hire six more drivers, two of them for the new Carlisle route.'],
    ['en', 'We are going to recruit three apprentices a year for the machine shop.'],
    ['nb', 'Vi skal også ansette fire nye elektrikere, to av dem i Bodø.'],
    ['nb', 'Samtidig vil vi rekruttere flere lærlinger til verkstedet.'],
    ['sv', 'Vi ska också anställa fem nya montörer, två av dem i Kiruna.'],
    ['sv', 'Dessutom kommer vi att rekrytera fler lärlingar till verkstaden.'],
  ])('%s: %s', (lang, sentence) => {
    expect(strategyHits(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    ['en', 'You will recruit and train the seasonal staff for the shop.'],
    ['nb', 'Du skal rekruttere og lære opp sommervikarene i butikken.'],
    ['sv', 'I fjol anställde vi fyra nya montörer.'],
  ])('%s, no plan of the company: %s', (lang, sentence) => {
    expect(strategyHits(sentence, lang, 'job-ad')).toEqual([]);
  });
});
