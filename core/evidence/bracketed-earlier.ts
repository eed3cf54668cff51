/**
 * A report's key figure with the earlier period's figure in brackets after it, the way results are set out:
 * "Nettoomsättning 212 Mkr (233)", "Revenue: RM 312 million (2024/25: RM 321 million)", "Driftsresultat 8,7 MNOK
 * (15,2)". The figure in brackets is the one before; whether the change is for the worse is read from what is
 * measured (figure-tokens.ts). A bracket that says something else ("12 engineers (4 women)", "founded in 1990
 * (as Smith & Co)") is not an earlier figure: it holds a figure alone, with at most a period before a colon, a
 * currency before it and the same unit as the figure outside.
 */
import { type CueMatcher, matchCues } from './cues';
import { ANY_UNIT } from './figures';
import { type Figure, isYear, worse } from './figure-tokens';

const NUMBER = String.raw`\d{1,3}(?:[\u00a0 ]\d{3})+|\d+(?:[.,]\d+)?`;
const UNIT = String.raw`%|[\p{L}.]+(?: [\p{L}.]+)?`;
const BRACKETED = new RegExp(
  String.raw`(?<![\p{L}\d])(${NUMBER})(?: ?(${UNIT}))? ?\((?:[^():]{1,20}: ?)?(?:[\p{L}$€£]{1,4} ?)?(${NUMBER})(?: ?(${UNIT}))?\)`,
  'gu',
);

const valueOf = (text: string): number => Number(text.replace(/[\u00a0 ]/g, '').replace(',', '.'));

function figureOf(text: string, unit: string, at: number): Figure {
  const word = unit.toLowerCase().split(' ')[0] ?? '';
  const kind = /^(?:%|percent|per|prosent|procent)$/.test(word) ? 'percent' : ANY_UNIT.test(word) ? 'time' : 'count';
  return { value: valueOf(text), at, kind };
}

/** Whether the sentence sets a figure beside the earlier period's in brackets, and it is worse: see the module comment. */
export function tellsWorseInBrackets(sentence: string, tokens: readonly string[]): boolean {
  for (const match of sentence.matchAll(BRACKETED)) {
    const [, now, nowUnit = '', before, beforeUnit = ''] = match;
    if (!now || !before || isYear(now) || isYear(before)) continue;
    if (beforeUnit && beforeUnit.toLowerCase() !== nowUnit.toLowerCase()) continue;
    if (worse(figureOf(before, nowUnit, 0), figureOf(now, nowUnit, 1), tokens)) return true;
  }
  return false;
}

/** A key figure set out as a row, with no word of its own that tells the change, shows a shortfall less than a sentence that tells it. */
export const KEY_ROW_WEIGHT = 0.6;

/** Whether the sentence is a key-figure row with its earlier figure in brackets ("Nettoomsättning 212 Mkr (233)"): short, the bracket its end. */
export function isKeyFigureRow(sentence: string): boolean {
  const words = sentence.match(/[\p{L}\d]+/gu) ?? [];
  return words.length <= 12 && /\)\s*\.?\s*$/u.test(sentence) && sentence.search(BRACKETED) >= 0;
}

/** The weight of a shortfall hit: a key-figure row with no cue word of the rule's own weighs `KEY_ROW_WEIGHT`, anything else 1. */
export function keyRowWeight(structures: readonly string[], cues: CueMatcher, sentence: string, folded: readonly string[]): number {
  return structures.includes('shortfall') && matchCues(folded, cues).length === 0 && isKeyFigureRow(sentence) ? KEY_ROW_WEIGHT : 1;
}
