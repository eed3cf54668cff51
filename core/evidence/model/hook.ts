/**
 * Where the learned judge meets the rules (called once per scored sentence from score.ts): for a prompt
 * the judge knows, a sentence it rates highly becomes a hit even without a cue, and a rule's hit it rates
 * very low is weighed down. Prompts it does not know, and clips whose kind the prompt does not read, are
 * left to the rules alone.
 */
import { round } from '../keep';
import { FIRST_CUE_WEIGHT } from '../rules';
import type { EvidenceHit } from '../types';
import { sentenceFeatures } from './features';
import { activeModel, probability } from './judge';
import { markJudged } from '../judged';

/** A sentence the judge rates at least this likely is a hit of its own. */
export const ADD_AT = 0.7;
/**
 * A judge's hit weighs as much as one cue, times how sure the judge is: never more than another prompt's weak hit of
 * the same sentence, so it stands beside that hit instead of taking its place (keep.ts, answeredElsewhere, keeps it
 * there, marked by judged.ts).
 */
const ADD_WEIGHT = FIRST_CUE_WEIGHT;
/**
 * A rule's hit the judge rates below this is weighed down by WEAKEN_BY. 0.1 until the judge was retrained with v27's
 * labels, which put a dry summer and falling prices at 0.102; at 0.12 the tuning prompts measured P@3 0.9233 / R@5 0.9276
 * / 21 false alarms against 0.9226 / 0.9276 / 22 at 0.1 (0.15: 0.9237 / 0.9272 / 21), the held-out v28 the same with each.
 */
export const WEAKEN_BELOW = 0.12;
const WEAKEN_BY = 0.5;

export interface JudgeSettings {
  addAt: number;
  weakenBelow: number;
}

let settings: JudgeSettings = { addAt: ADD_AT, weakenBelow: WEAKEN_BELOW };

/** For the training script's measurements: the thresholds tried on left-out sets. */
export function useJudgeSettings(next: JudgeSettings): void {
  settings = next;
}

export function judgeSentence(
  byPrompt: ReadonlyMap<string, EvidenceHit[]>,
  sentence: string,
  quality: number,
  blockIndex: number,
  heading: string | undefined,
  ruledOut: ReadonlySet<string> = new Set(),
): void {
  const model = activeModel();
  if (!model) return;
  let features: string[] | undefined;
  for (const [promptId, prompt] of Object.entries(model.prompts)) {
    const hits = byPrompt.get(promptId);
    if (!hits) continue;
    const p = probability(prompt, (features ??= sentenceFeatures(sentence)));
    // The rules pushed this sentence's hit, if any, last.
    const own = hits.length > 0 && hits[hits.length - 1]!.sentence === sentence ? hits[hits.length - 1] : undefined;
    if (own) {
      if (p < settings.weakenBelow) own.score = round(own.score * WEAKEN_BY);
      // A rule's hit the judge would have added itself is as much the judge's: it stays beside another prompt's too.
      else if (p >= settings.addAt) markJudged(own);
    } else if (p >= settings.addAt && !ruledOut.has(promptId)) {
      // A rule that has ruled the sentence out of the prompt (a trouble that is no shortfall of the company's) has the last word.
      const hit: EvidenceHit = { promptId, sentence, score: round(ADD_WEIGHT * p * quality), blockIndex };
      if (heading !== undefined) hit.heading = heading;
      hits.push(markJudged(hit));
    }
  }
}
