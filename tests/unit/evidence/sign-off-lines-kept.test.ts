// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { scoreBlocks } from '../../../core/evidence/score';
import type { TextBlock } from '../../../core/model';
import { getPrompt } from '../../../core/prompts';

/**
 * People: a short one-line sign-off ("Name, title, Company") is shown as the name with the role, and keeps the line it
 * was read from among its parts, so the page's own words can be found and quoted. A line shown as written gets no parts.
 */

const peopleHits = (blocks: TextBlock[], lang: string) => {
  const people = getPrompt('people');
  if (!people) throw new Error('No prompt people');
  return scoreBlocks(blocks, lang, [people], { clipKind: 'company' });
};

describe('people: a one-line sign-off keeps its line', () => {
  it.each([
    ['en', 'Kind regards', 'Harriet Doyle, CEO, Fellside Haulage'],
    ['nb', 'Med vennlig hilsen', 'Eirik Solbakken, byggeleder, Solbakken AS'],
    ['sv', 'Med vänlig hälsning', 'Karin Ljungberg, vd, Ljungbergs Åkeri AB'],
  ])('%s: %s', (lang, greeting, line) => {
    const blocks: TextBlock[] = [
      { tag: 'p', heading: 'Brev', text: greeting },
      { tag: 'p', heading: 'Brev', text: line },
    ];
    const hit = peopleHits(blocks, lang).find((h) => h.sentence.startsWith(line.split(',')[0]!));
    expect(hit).toBeDefined();
    expect(hit!.sentence).not.toBe(line);
    expect(hit!.parts).toEqual([line]);
  });

  it.each([
    ['en', 'Harriet Doyle leads the operations team at our Kendal depot.'],
    ['nb', 'Eirik Solbakken leder byggeplassen på Hamar.'],
    ['sv', 'Karin Ljungberg leder trafikledningen i Ånge.'],
  ])('%s, shown as written, no parts: %s', (lang, sentence) => {
    const hits = peopleHits([{ tag: 'p', heading: 'Om oss', text: sentence }], lang);
    expect(hits.map((h) => h.sentence)).toEqual([sentence]);
    expect(hits[0]!.parts).toBeUndefined();
  });
});
