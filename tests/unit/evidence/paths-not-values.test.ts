// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { scoreBlocks } from '../../../core/evidence/score';
import type { TextBlock } from '../../../core/model';
import { prompt } from './do-better-alone';

/**
 * Values: a path on offered (a course the company pays for, a route to a role, a mentor of one's own) is career goals'
 * evidence and tells a value less: on a page that also tells a habit of the house, the habit ranks first.
 */

const values = (blocks: TextBlock[], lang: string): Array<{ sentence: string; score: number }> =>
  scoreBlocks(blocks, lang, [prompt('values')], { clipKind: 'company' }).map(({ sentence, score }) => ({ sentence, score }));

describe('a path on offered weighs less than a habit for values', () => {
  it.each([
    ['en', 'Every new engineer gets a mentor from another team for the first year.', 'Every project ends with a site walk with the client, even when the budget is spent.'],
    ['nb', 'Alle nyansatte får en mentor fra en annen avdeling det første året.', 'Vi rydder etter oss hver dag, også når vi skal tilbake dagen etter.'],
    ['sv', 'Varje ny medarbetare får en mentor från en annan grupp under första året.', 'Vi städar efter oss varje dag, även när vi ska tillbaka dagen efter.'],
  ])('%s', (lang, path, habit) => {
    const blocks: TextBlock[] = [
      { tag: 'p', heading: 'Kultur', text: path },
      { tag: 'p', heading: 'Kultur', text: habit },
    ];
    const hits = values(blocks, lang);
    expect(hits[0]?.sentence).toBe(habit);
    const [p, h] = [hits.find((x) => x.sentence === path), hits.find((x) => x.sentence === habit)];
    // The path may not surface for values at all; where it does, it weighs less than the habit.
    expect(p?.score ?? 0).toBeLessThan(h!.score);
  });
});
