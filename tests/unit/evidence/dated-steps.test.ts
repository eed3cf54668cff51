// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tellsPresentPlan } from '../../../core/evidence/plans';
import { scoreBlocks } from '../../../core/evidence/score';
import { fold, words } from '../../../core/evidence/stems';
import type { TextBlock } from '../../../core/model';
import { getPrompt } from '../../../core/prompts';

/**
 * Strategy: a dated step ahead told with a present passive ("Planen legges ut … i mars 2027", "Maskinen tas i
 * drift i augusti 2027", in the sentence's first clause), or a
 * modal with a season ahead ("Vi ska anställa tio operatörer före sommaren"). Not a past told with its year,
 * a plural noun before a year, nor a season that comes round every year.
 */

const strategyHits = (sentence: string, lang: string): string[] => {
  const strategy = getPrompt('strategy');
  if (!strategy) throw new Error('No prompt strategy');
  const blocks: TextBlock[] = [{ tag: 'p', text: sentence }];
  return scoreBlocks(blocks, lang, [strategy], { clipKind: 'company' }).map((h) => h.sentence);
};
const plan = (sentence: string): boolean => tellsPresentPlan(sentence, words(fold(sentence)));

describe('strategy: a dated step ahead', () => {
  it.each([
    ['en', 'Our second depot opens in September 2027.'],
    ['en', 'We shall recruit four apprentices before the summer.'],
    ['nb', 'Den nye brua åpnes for trafikk i oktober 2027.'],
    ['nb', 'Reguleringsplanen sendes på høring i april 2027.'],
    ['nb', 'Vi skal ansette fem nye sykepleiere før sommeren.'],
    ['sv', 'Det nya lagret tas i bruk i maj 2027.'],
    ['sv', 'Detaljplanen skickas ut på samråd i november 2027.'],
    ['sv', 'Vi ska öppna två nya butiker före jul.'],
  ])('%s: %s', (lang, sentence) => {
    expect(plan(sentence)).toBe(true);
    expect(strategyHits(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    // The past with its year, a plural noun before a year, a season that comes round.
    ['en', 'Storm Ciara flattened 40 hectares of spruce in 2020.'],
    ['en', 'She joined as an apprentice and became foreman in 2019.'],
    ['nb', 'Knut overtok verkstedet etter faren i 2012.'],
    ['nb', 'Han begynte som røkter hos oss i 2004.'],
    ['sv', 'Huset lämnades över till köparna 2023, och tvisten avgörs under 2026.'],
    ['sv', 'Reklamationerna på dörrar från 2024 ökade till 2,8 procent.'],
    ['sv', 'Kunden har stämt oss, och tvisten väntas avgöras under 2027.'],
    ['en', 'The café is finding new guests online in 2025.'],
    ['nb', 'Vi holder stengt i to uker før jul hvert år.'],
    ['sv', 'Vi brukar ha fullt upp före sommaren.'],
  ])('not %s: %s', (_lang, sentence) => {
    expect(plan(sentence)).toBe(false);
  });
});
