// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { jobAdEvidence } from '../../../core/evidence/job-ad';
import { topEvidence } from '../../../core/evidence/rank';
import { scoreBlocks } from '../../../core/evidence/score';
import type { TextBlock } from '../../../core/model';

describe('the order of evidence', () => {
  test("an ad's first requirement stays first when the same sentence is also cue-scored lower", () => {
    const requirements = { must: ['Erfaring med TypeScript', 'Gode samarbeidsevner', 'Førerkort klasse B'], nice: [] };
    const blocks: TextBlock[] = [
      { tag: 'h2', text: 'Kvalifikasjoner' },
      ...requirements.must.map((text) => ({ tag: 'li', text, heading: 'Kvalifikasjoner' })),
    ];
    // The cue-scored hits come first in the stored list, as analyseCapture stores them.
    const hits = [...scoreBlocks(blocks, 'nb', undefined, { clipKind: 'job-ad' }), ...jobAdEvidence({ requirements }, 'nb')];
    const ranked = topEvidence([{ clipId: 'ad', url: 'https://x.example/ad', hits }], 'key-qualities', { dismissed: new Set() }, 3);
    expect(ranked.map((r) => r.sentence)).toEqual(requirements.must);
  });

  test('equal scores are not ordered by clip age alone: a sentence more clips hold goes first', () => {
    const hit = (sentence: string, blockIndex = 0) => ({ promptId: 'strategy', sentence, score: 2, blockIndex });
    const newest = { clipId: 'newest', url: 'https://a.example/1', hits: [hit('Vi skal vokse i Sverige.')] };
    const older = { clipId: 'older', url: 'https://a.example/2', hits: [hit('Vi satser på havvind.')] };
    const oldest = { clipId: 'oldest', url: 'https://b.example/3', hits: [hit('Vi satser på havvind!')] };
    const ranked = topEvidence([newest, older, oldest], 'strategy', { dismissed: new Set() });
    expect(ranked.map((r) => r.sentence)).toEqual(['Vi satser på havvind.', 'Vi skal vokse i Sverige.']);
  });

  test('the department prompt prefers the team the role joins over the whole group', () => {
    const blocks: TextBlock[] = [
      { tag: 'p', text: 'Konsernet har 4 000 ansatte i sju land, organisert i fire divisjoner.' },
      { tag: 'p', text: 'Du blir en del av teamet for nettdrift, som har tolv medarbeidere i Tromsø.' },
    ];
    const hits = scoreBlocks(blocks, 'nb', undefined, { clipKind: 'job-ad' }).filter((h) => h.promptId === 'department');
    expect(hits[0]?.sentence).toBe('Du blir en del av teamet for nettdrift, som har tolv medarbeidere i Tromsø.');
  });

  test('Swedish and English too: the unit beats the group overview', () => {
    const sv = scoreBlocks(
      [
        { tag: 'p', text: 'Koncernen finns i tolv länder och har tre affärsområden.' },
        { tag: 'p', text: 'Du kommer att ingå i enheten för kundanalys, som består av sex analytiker.' },
      ],
      'sv',
      undefined,
      { clipKind: 'job-ad' },
    ).filter((h) => h.promptId === 'department');
    expect(sv[0]?.sentence).toBe('Du kommer att ingå i enheten för kundanalys, som består av sex analytiker.');
    const en = scoreBlocks(
      [
        { tag: 'p', text: 'The group employs 9,000 people worldwide across four divisions.' },
        { tag: 'p', text: 'You will join the payments team of six engineers and a designer.' },
      ],
      'en',
      undefined,
      { clipKind: 'job-ad' },
    ).filter((h) => h.promptId === 'department');
    expect(en[0]?.sentence).toBe('You will join the payments team of six engineers and a designer.');
  });
});
