// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { scoreBlocks } from '../../../core/evidence/score';
import type { TextBlock } from '../../../core/model';
import { getPrompt } from '../../../core/prompts';

/**
 * People: the reader addressed by a role ("Den här guiden är för dig som är chef och ska hålla årets samtal") is nobody
 * to meet; the person to ask, named with a role on the same page, still is.
 */

const peopleHits = (lines: string[], lang: string): string[] => {
  const people = getPrompt('people');
  if (!people) throw new Error('No prompt people');
  const blocks: TextBlock[] = lines.map((text) => ({ tag: 'p', heading: 'Guide', text }));
  return scoreBlocks(blocks, lang, [people], { clipKind: 'company' }).map((h) => h.sentence);
};

describe('people: the reader addressed by a role is nobody', () => {
  it.each([
    ['en', 'This checklist is for those of you who are managers and will run this year\'s reviews.', 'Questions about the checklist go to Priya Shah, HR partner for the depots.'],
    ['nb', 'Denne veiledningen er for deg som er leder og skal holde årets medarbeidersamtaler.', 'Spørsmål om veiledningen kan rettes til Silje Nygård, HR-rådgiver for verkstedene.'],
    ['sv', 'Den här checklistan är för dig som är chef och ska hålla årets utvecklingssamtal.', 'Frågor om checklistan besvaras av Karin Holm, HR-partner för lagren.'],
  ])('%s: %s', (lang, reader, contact) => {
    expect(peopleHits([reader], lang)).toEqual([]);
    expect(peopleHits([reader, contact], lang)).toEqual([contact]);
  });
});
