// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tellsRoutineOfAll } from '../../../core/evidence/routines-of-all';
import { scoreBlocks } from '../../../core/evidence/score';
import type { TextBlock } from '../../../core/model';
import { prompt } from './do-better-alone';

/**
 * Values shown as a routine of "we" without a word of all: what we do, in the present, as a step before the work
 * ("We walk the garden with the owner before we dig", "Vi … før vi begynner", "Vi … innan vi börjar"). Not a past, not
 * a change just made ("We now send …"), not a deadline ("before 2027").
 */

const values = (sentence: string, lang: string): string[] => {
  const blocks: TextBlock[] = [{ tag: 'p', heading: 'Hos kunden', text: sentence }];
  return scoreBlocks(blocks, lang, [prompt('values')], { clipKind: 'company' }).map((h) => h.sentence);
};

describe('a step "we" take before the work', () => {
  it.each([
    ['en', 'We walk round the garden with the owner and mark the cables before we start.'],
    ['nb', 'Vi legger plast over gulvet og viser beboeren tegningen før vi river noe.'],
    ['sv', 'Vi lägger skydd på golvet och går igenom ritningen med kunden innan vi river något.'],
  ])('%s: %s', (lang, sentence) => {
    expect(tellsRoutineOfAll(sentence)).toBe(true);
    expect(values(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    ['en', 'We moved the workshop to Leeds before we opened the second shop.'],
    ['en', 'We now send a reminder a week before the boiler service is due.'],
    ['nb', 'Vi var i Bergen før vi flyttet til Voss.'],
    ['sv', 'Vi flyttade lagret innan vi öppnade butiken.'],
    ['en', 'We deliver the new depot before 2028.'],
  ])('%s, no routine: %s', (_, sentence) => {
    expect(tellsRoutineOfAll(sentence)).toBe(false);
  });
});
