import { isJudged } from './judged';
import { EXTRA_CUE_WEIGHT, FIRST_CUE_WEIGHT, type Rule } from './rules';
import { sentenceKey } from './stems';
import type { EvidenceHit } from './types';

/** Hits kept per prompt per clip: enough to choose from, small enough to store with the clip. */
export const DEFAULT_LIMIT = 5;

export const round = (n: number): number => Math.round(n * 100) / 100;

/**
 * Hits far weaker than the clip's best for a prompt are passing mentions: when a
 * page has a "Vår visjon" section, a stray "visjon" elsewhere adds nothing.
 */
const RELATIVE_CUTOFF = 0.3;

function keepTop(hits: EvidenceHit[], limit: number): EvidenceHit[] {
  const seen = new Set<string>();
  // A loop, not Math.max(...scores): a long page has more hits than a call can take arguments.
  const best = hits.reduce((max, hit) => Math.max(max, hit.score), 0);
  return hits
    .sort((a, b) => b.score - a.score || a.blockIndex - b.blockIndex)
    .filter((hit) => {
      if (hit.score < best * RELATIVE_CUTOFF) return false;
      const key = sentenceKey(hit.sentence);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, limit);
}

/**
 * A people hit whose sentence names nobody ("konsernsjefen holder et åpent møte", "Alle ledere går gjennom …") is a role,
 * not a person to meet: it counts this share, so a named person on the same page ranks above it and the cut drops it.
 */
export const NAMELESS_WEIGHT = 0.25;

/** One cue and nothing more: no second cue, no heading over it. */
const WEAK = FIRST_CUE_WEIGHT + EXTRA_CUE_WEIGHT;

/**
 * A sentence is evidence for the question it answers best. A weak hit goes when the same sentence
 * holds more strongly for another prompt ("Our support team answered 94 per cent of calls within two
 * minutes" is the department's, not a plan), except when that other prompt is people: what a named
 * person says or does may well tell of their unit, a plan or a shortfall. A people hit that names nobody
 * (`nameless`) counts `NAMELESS_WEIGHT` of its score, and goes as a weak hit does when another prompt
 * holds its sentence more strongly. A hit the learned judge added (judged.ts) stays: the judge has read the
 * sentence as a whole for its prompt, and its hit, never worth more than one cue, would otherwise go whenever
 * another prompt held a cue of the same sentence.
 */
function answeredElsewhere(byPrompt: ReadonlyMap<string, EvidenceHit[]>, rules: readonly Rule[], nameless: ReadonlySet<string>): Map<string, EvidenceHit[]> {
  const people = new Set(rules.filter((rule) => rule.people).map((rule) => rule.promptId));
  // A long page repeats sentences: each is keyed once.
  const keys = new Map<string, string>();
  const keyOf = (sentence: string): string => keys.get(sentence) ?? keys.set(sentence, sentenceKey(sentence)).get(sentence)!;
  const strongest = new Map<string, { score: number; promptId: string }>();
  // … and the strongest hit of a prompt other than people, which a nameless people hit must match.
  const others = new Map<string, number>();
  for (const [promptId, hits] of byPrompt) {
    for (const hit of hits) {
      const key = keyOf(hit.sentence);
      if (hit.score > (strongest.get(key)?.score ?? 0)) strongest.set(key, { score: hit.score, promptId });
      if (!people.has(promptId) && hit.score > (others.get(key) ?? 0)) others.set(key, hit.score);
    }
  }
  const kept = (hit: EvidenceHit): boolean => {
    if (hit.score >= WEAK || isJudged(hit)) return true;
    // A sentence none of whose hits scores above nothing (a quality that rounds its score to 0) is no evidence.
    const best = strongest.get(keyOf(hit.sentence));
    return best !== undefined && (hit.score >= best.score || people.has(best.promptId));
  };
  const keptNameless = (hit: EvidenceHit): boolean => hit.score > 0 && (hit.score >= WEAK || hit.score >= (others.get(keyOf(hit.sentence)) ?? 0));
  return new Map(
    [...byPrompt].map(([promptId, hits]) => {
      if (!people.has(promptId)) return [promptId, hits.filter(kept)];
      const weighed = hits.map((hit) => (nameless.has(hit.sentence) ? { ...hit, score: round(hit.score * NAMELESS_WEIGHT) } : hit));
      return [promptId, weighed.filter((hit) => (nameless.has(hit.sentence) ? keptNameless(hit) : kept(hit)))];
    }),
  );
}

/**
 * The hits of one clip worth storing: per prompt, the best few, without passing mentions, repeats or
 * weak hits of a sentence that answers another prompt better; then, for a rule that borrows, the
 * lending prompt's kept hits at a share of their score.
 */
export function keepBest(byPrompt: ReadonlyMap<string, EvidenceHit[]>, rules: readonly Rule[], limit: number, nameless: ReadonlySet<string> = new Set()): EvidenceHit[] {
  const kept = new Map([...answeredElsewhere(byPrompt, rules, nameless)].map(([id, hits]) => [id, keepTop(hits, limit)]));
  // A borrowed hit has passed its own prompt's cut; it is weighed down, not cut again against this prompt's best.
  for (const rule of rules) {
    if (!rule.borrows) continue;
    const { promptId, weight } = rule.borrows;
    const own = kept.get(rule.promptId)!;
    const lent = (kept.get(promptId) ?? []).filter((hit) => !own.some((h) => sentenceKey(h.sentence) === sentenceKey(hit.sentence)));
    const merged = [...own, ...lent.map((hit) => ({ ...hit, promptId: rule.promptId, score: round(hit.score * weight) }))];
    kept.set(rule.promptId, merged.sort((a, b) => b.score - a.score || a.blockIndex - b.blockIndex).slice(0, limit));
  }
  return [...kept.values()].flat();
}
