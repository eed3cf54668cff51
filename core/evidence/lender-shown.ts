import type { ClipKind, Prompt } from '../prompts/types';
import { round } from './keep';
import { sentenceKey } from './stems';
import type { EvidenceHit } from './types';

/** How many hits a prompt shows first. */
const SHOWN = 3;
/** A plan strong enough to be lifted: a doing word with its time, or two cues ("apply by: 17 January" scores less). */
const MIN_LENT = 1.5;

/**
 * A prompt that borrows another's sentences ("why this job" borrows the ad's plans from strategy) shows the best borrowed
 * one among its first three: the guide asks for the duties and the company's direction, and an ad's long list of duties
 * must not hide the direction ("I 2027 flytter vi alle lønnskundene over til et nytt system …"). Run on all of a clip's
 * hits, the ad's lists among them, so that the score it is given ranks it so on the board too.
 */
export function lenderShown(hits: readonly EvidenceHit[], prompts: readonly Prompt[], kind: ClipKind): EvidenceHit[] {
  let result = [...hits];
  for (const prompt of prompts) {
    const evidence = typeof prompt.evidence === 'object' ? prompt.evidence : undefined;
    const borrows = evidence?.borrows;
    if (!borrows || !borrows.clipKinds.includes(kind)) continue;
    // Each sentence once, at its best: a duty may be both a cue-scored sentence and an item of the ad's list.
    const best = new Map<string, EvidenceHit>();
    for (const h of result) if (h.promptId === prompt.id && (best.get(sentenceKey(h.sentence))?.score ?? -1) < h.score) best.set(sentenceKey(h.sentence), h);
    const own = [...best.values()].sort((a, b) => b.score - a.score || a.blockIndex - b.blockIndex);
    // The lender's strongest sentence, not a duty it also claims weakly ("Liaise with investment managers …").
    const lenders = result.filter((h) => h.promptId === borrows.promptId).sort((a, b) => b.score - a.score || a.blockIndex - b.blockIndex);
    const strongest = lenders[0];
    const third = own[SHOWN - 1];
    if (!strongest || strongest.score < MIN_LENT || !third) continue;
    // … as this prompt kept it, or, where its own list was full, as lent now.
    const lent = own.find((o) => sentenceKey(o.sentence) === sentenceKey(strongest.sentence));
    if (lent && own.indexOf(lent) < SHOWN) continue;
    const lifted = { ...(lent ?? strongest), promptId: prompt.id, score: round(third.score + 0.01) };
    result = [...result.filter((h) => h.promptId !== prompt.id || sentenceKey(h.sentence) !== sentenceKey(lifted.sentence)), lifted];
  }
  return result;
}
