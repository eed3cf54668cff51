import { sentenceKey } from './stems';
import type { ClipHits, RankedEvidence } from './types';

/** What identifies a sentence across clips and in the user's dismissals. */
export function evidenceKey(sentence: string): string {
  return sentenceKey(sentence);
}

export interface RankOptions {
  /** Keys (from `evidenceKey`) the user dismissed for this prompt. */
  dismissed: ReadonlySet<string>;
}

/**
 * The best evidence for one prompt across all clips of a company: the same
 * sentence clipped from two pages shows once, with its best score, and the
 * other clips listed in `alsoIn`; within one clip, a sentence that is both
 * cue-scored and a job-ad item keeps its best score. Ties go to the sentence more
 * clips hold, then to the one earlier on its page; clip order decides only last.
 */
export function topEvidence(
  hitsByClip: readonly ClipHits[],
  promptId: string,
  { dismissed }: RankOptions,
  limit = 5,
): RankedEvidence[] {
  const best = new Map<string, RankedEvidence>();
  const order = new Map<string, number>();
  hitsByClip.forEach(({ clipId, url, hits }, clipOrder) => {
    for (const hit of hits) {
      if (hit.promptId !== promptId) continue;
      const key = evidenceKey(hit.sentence);
      if (!key || dismissed.has(key)) continue;
      const current = best.get(key);
      if (!current) {
        best.set(key, { ...hit, clipId, url, key, alsoIn: [] });
        order.set(key, clipOrder);
        continue;
      }
      if (clipId === current.clipId) {
        if (hit.score > current.score) best.set(key, { ...hit, clipId, url, key, alsoIn: current.alsoIn });
        continue;
      }
      if (hit.score > current.score) {
        const alsoIn = [current.clipId, ...current.alsoIn].filter((id) => id !== clipId);
        best.set(key, { ...hit, clipId, url, key, alsoIn });
      } else if (!current.alsoIn.includes(clipId)) {
        current.alsoIn.push(clipId);
      }
    }
  });
  return [...best.values()]
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.alsoIn.length - a.alsoIn.length ||
        a.blockIndex - b.blockIndex ||
        (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0),
    )
    .slice(0, limit);
}
