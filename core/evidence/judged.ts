import type { EvidenceHit } from './types';

/**
 * The hits the learned judge added (model/hook.ts), known to keep.ts by identity: nothing is stored with the hit,
 * and the set forgets them with the scoring pass that made them.
 */
const judged = new WeakSet<EvidenceHit>();

export function markJudged(hit: EvidenceHit): EvidenceHit {
  judged.add(hit);
  return hit;
}

export const isJudged = (hit: EvidenceHit): boolean => judged.has(hit);
