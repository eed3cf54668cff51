// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { evidenceKey, topEvidence } from '../../../core/evidence/rank';
import type { ClipHits } from '../../../core/evidence/types';

const hit = (sentence: string, score: number, promptId = 'strategy', blockIndex = 0) => ({ promptId, sentence, score, blockIndex });

const clips: ClipHits[] = [
  {
    clipId: 'about',
    url: 'https://vestlys.example/om-oss',
    hits: [hit('Vi skal doble produksjonen innen 2030.', 2), hit('Vi skal gjøre det enkelt å leve fornybart.', 3, 'vision')],
  },
  {
    clipId: 'strategy',
    url: 'https://vestlys.example/strategi',
    hits: [hit('Vi skal  doble produksjonen innen 2030', 3.5), hit('Vi satser på havvind.', 3, 'strategy', 4)],
  },
  { clipId: 'news', url: 'https://news.example/a', hits: [hit('Vi satser på havvind!', 1), hit('Nettet skal bli smartere.', 1)] },
];

describe('topEvidence', () => {
  it('ranks one prompt across clips, best first, each sentence once', () => {
    const ranked = topEvidence(clips, 'strategy', { dismissed: new Set() }, 5);
    expect(ranked.map((r) => [r.clipId, r.sentence, r.score])).toEqual([
      ['strategy', 'Vi skal  doble produksjonen innen 2030', 3.5],
      ['strategy', 'Vi satser på havvind.', 3],
      ['news', 'Nettet skal bli smartere.', 1],
    ]);
    expect(ranked[0]?.alsoIn, 'Should remember the other clip with the same sentence').toEqual(['about']);
    expect(ranked[1]?.alsoIn).toEqual(['news']);
    expect(ranked[0]?.url).toBe('https://vestlys.example/strategi');
  });

  it('leaves out dismissed sentences, whatever their punctuation', () => {
    const dismissed = new Set([evidenceKey('Vi satser på havvind')]);
    const ranked = topEvidence(clips, 'strategy', { dismissed }, 5);
    expect(ranked.map((r) => r.sentence)).toEqual(['Vi skal  doble produksjonen innen 2030', 'Nettet skal bli smartere.']);
  });

  it('respects the limit and ignores other prompts', () => {
    expect(topEvidence(clips, 'strategy', { dismissed: new Set() }, 1)).toHaveLength(1);
    expect(topEvidence(clips, 'vision', { dismissed: new Set() }, 5).map((r) => r.clipId)).toEqual(['about']);
    expect(topEvidence([], 'vision', { dismissed: new Set() }, 5)).toEqual([]);
  });

  it('normalises keys for case, spacing, punctuation and accents', () => {
    expect(evidenceKey('  Vår IDÉ:  «fornybart»! ')).toBe(evidenceKey('vår ide fornybart'));
    expect(evidenceKey('Mål')).not.toBe(evidenceKey('Mal'));
  });
});
