import { fold, words } from '../evidence/stems';

/** Words are cut to this many letters: "leading", "leader" and "leadership" count as one. */
const STEM_LENGTH = 5;
/** Answers shorter than this (in distinct stems) are too short to judge. */
export const MIN_STEMS = 6;
/** Below this similarity the new answer is said to drift from the old one. */
export const DRIFT_THRESHOLD = 0.3;

/** The set of word stems of a text: folded words of three letters or more, cut to five letters. */
export function stemSet(text: string): Set<string> {
  return new Set(words(fold(text)).filter((word) => word.length >= 3).map((word) => word.slice(0, STEM_LENGTH)));
}

/** Cosine similarity of two texts' stem sets: |A∩B| / √(|A|·|B|), from 0 (nothing shared) to 1. */
export function stemCosine(a: string, b: string): number {
  const left = stemSet(a);
  const right = stemSet(b);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const stem of left) if (right.has(stem)) shared += 1;
  return shared / Math.sqrt(left.size * right.size);
}

export interface Drift {
  similarity: number;
  drifts: boolean;
}

/** Whether a new answer wanders far from the round-one answer to the same question. */
export function answerDrift(before: string, now: string): Drift | undefined {
  if (stemSet(before).size < MIN_STEMS || stemSet(now).size < MIN_STEMS) return undefined;
  const similarity = stemCosine(before, now);
  return { similarity, drifts: similarity < DRIFT_THRESHOLD };
}
