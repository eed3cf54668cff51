// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isDateline } from '../../../core/evidence/datelines';
import { scoreBlocks } from '../../../core/evidence/score';
import type { TextBlock } from '../../../core/model';
import { getPrompt } from '../../../core/prompts';

/**
 * Any prompt: a dateline, a place and a date and nothing more ("Oxelösund den 12 mars 2026"), closing a report or opening a
 * press release, is no evidence, not even under a heading of plans. A sentence with a date in it still is.
 */

const strategyHits = (lines: string[], heading: string, lang: string): string[] => {
  const strategy = getPrompt('strategy');
  if (!strategy) throw new Error('No prompt strategy');
  const blocks: TextBlock[] = lines.map((text) => ({ tag: 'p', heading, text }));
  return scoreBlocks(blocks, lang, [strategy], { clipKind: 'company' }).map((h) => h.sentence);
};

describe('a dateline is no evidence', () => {
  it.each([
    ['en', 'Looking ahead', 'In 2027 we open a second bakery in Leeds.', 'Harrogate, 14 March 2026'],
    ['en', 'Looking ahead', 'In 2027 we open a second bakery in Leeds.', 'Kendal, March 2026.'],
    ['nb', 'Framtidsutsikter', 'I 2027 åpner vi et nytt lager i Bodø.', 'Ålesund, 3. desember 2026'],
    ['nb', 'Framtidsutsikter', 'I 2027 åpner vi et nytt lager i Bodø.', 'Mo i Rana 12. februar 2026'],
    ['sv', 'Framtida utveckling', 'Under 2027 öppnar vi ett nytt lager i Umeå.', 'Norrköping den 14 mars 2026'],
    ['sv', 'Framtida utveckling', 'Under 2027 öppnar vi ett nytt lager i Umeå.', 'Västerås, 2 april 2026'],
  ])('%s: %s', (lang, heading, plan, dateline) => {
    expect(isDateline(dateline)).toBe(true);
    expect(strategyHits([plan, dateline], heading, lang)).toEqual([plan]);
  });

  it.each([
    ['en', 'The new line opens on 14 March 2027.'],
    ['nb', 'Neste vernerunde er 12. mai 2027.'],
    ['sv', 'Bygget startar den 14 mars 2027.'],
  ])('%s, a sentence with a date: %s', (_lang, sentence) => {
    expect(isDateline(sentence)).toBe(false);
  });
});
