/**
 * A sentence's figures, read for comparing one with another (worse-than-before.ts, against-norm.ts): digits
 * with thousands spaces and decimal commas ("2 140", "6,8"), and counts written as words ("fire skader", "mot
 * én"), each with its kind from the word after it; and whether a change between two of them is for the worse,
 * given what the sentence measures.
 */
import { ANY_UNIT, numberValue } from './figures';
import { isBad } from './shortfall-events';
import { fold } from './stems';

/** A figure: digits with thousands spaces and a decimal part ("3 000", "7,5", "1.9"), not inside a word ("Q2"). */
const FIGURE = /(?<![\p{L}\d])\d{1,3}(?:[\u00a0 ]\d{3})+(?![\d,.]\d)|(?<![\p{L}\d])\d+(?:[.,]\d+)?(?![\p{L}\d])/gu;
const TOKEN = /[\p{L}\p{N}]+(?:'[\p{L}]+)?|[.,;:]/gu;

const PERCENT = /^(?:%|per|percent|prosent|procent|prosentpoeng|procentenheter)$/;
const YEAR_OR_QUARTER = /^(?:(?:19|20)\d{2}|q[1-4])$/;
/**
 * Number words that are other words too ("to", "en", "ett", "ei", "ni", "sex"): a figure only where nothing but a
 * figure can stand, before a time, a year or the end of a clause ("mot én i 2024", "mot ett året før").
 */
const AMBIGUOUS = /^(?:to|en|ett|ei|ni|sex|one)$/;
const CLOSES = /^(?:[.,;:]|i|in|år|året|the|a|last|ifjor)$/;

export type Kind = 'percent' | 'time' | 'count';
export interface Figure { value: number; at: number; kind: Kind | undefined }

/** The sentence as tokens, with each figure read as one token ("7,5" → 7.5) and its kind from the word after it. */
export interface FiguresRead { tokens: string[]; figures: Figure[] }

export function figuresOf(sentence: string): FiguresRead {
  const folded = fold(sentence).replace(/%/g, ' percent ');
  const tokens: string[] = [];
  const values = new Map<number, number>();
  let last = 0;
  for (const match of folded.matchAll(FIGURE)) {
    tokens.push(...(folded.slice(last, match.index).match(TOKEN) ?? []));
    values.set(tokens.length, Number(match[0].replace(/[\u00a0 ]/g, '').replace(',', '.')));
    tokens.push(match[0]);
    last = match.index + match[0].length;
  }
  tokens.push(...(folded.slice(last).match(TOKEN) ?? []));
  tokens.forEach((token, at) => {
    if (values.has(at) || !/^\p{L}+$/u.test(token)) return;
    const value = numberValue(token);
    if (value === undefined || (AMBIGUOUS.test(token) && !CLOSES.test(tokens[at + 1] ?? '.'))) return;
    values.set(at, value);
  });
  const figures = [...values].sort(([a], [b]) => a - b).map(([at, value]) => {
    const unit = tokens[at + 1] ?? '';
    const kind: Kind | undefined = PERCENT.test(unit) ? 'percent' : ANY_UNIT.test(unit) ? 'time' : /^\p{L}{3,}$/u.test(unit) ? 'count' : undefined;
    return { value, at, kind };
  });
  return { tokens, figures };
}

/** A year or a quarter: "2023", "q3". */
export const isYearOrQuarter = (token: string | undefined): boolean => YEAR_OR_QUARTER.test(token ?? '');
/** A year or a quarter read as a figure is a time, not a measure: "i 2023", "in Q3". */
export const isTime = (figure: Figure, tokens: readonly string[]): boolean => isYearOrQuarter(tokens[figure.at]) && figure.kind !== 'percent';
export const isYear = (token: string | undefined): boolean => /^(?:19|20)\d{2}$/.test(token ?? '');

/** Besides the bad things shortfall-events.ts knows: errors and what is thrown away ("kassationen", "svinnet", "scrap"). */
const WASTE = /^(?:kassat|kasser|svinn|scrap|waste|spill|vrak|feil|fel$|errors?$|defect|mistakes?$|threw$|thrown$|kastet$|kasta$|slängde$|slängt$|reject|underkjen|underkänd)/;
/** Harm counted in safety and care: collisions, fires, breaches, deaths, infections ("kalvdödligheten", "blodförgiftningar"). */
const HARM = /(?:collision|kollisjon|kollision|mortality|dødelighet|dödlighet|death|dødsfall|dödsfall|infection|infeksjon|infektion|förgiftning|forgiftning|sepsis|breach|brudd|^fires?$|^brann|^bränder|^branden)/;
/** Staff who left ("sluttet", "slutade", "quit", "oppsigelser") and overtime ("overtidstimer", "övertid"): more of them is worse. */
const LEFT = /^(?:quit|resigned|resignations?|leavers|sluttet|slutta|slutte|oppsigelser|oppseiingar|avganger|slutade|slutat|uppsägningar|avgångar|overtime|overtid\p{L}*|övertid\p{L}*)$/u;
/** A count of what was not done ("tømminger som ikke ble gjort", "orders that were not delivered"): more is worse. */
const NOT = /^(?:not|never|ikke|ikkje|aldri|inte|icke|aldrig|missed)$/;

/** Whether the sentence counts a bad thing (a harm, waste, a complaint, what was not done, staff who left): more of it is worse. */
export function countsBadThing(tokens: readonly string[]): boolean {
  return tokens.some((token) => /^\p{L}+$/u.test(token) && (isBad(token) || WASTE.test(token) || HARM.test(token) || NOT.test(token) || LEFT.test(token)));
}

/** Whether the change from `earlier` to `later` is for the worse, given what the sentence measures. */
export function worse(earlier: Figure, later: Figure, tokens: readonly string[]): boolean {
  const kind = later.kind ?? earlier.kind;
  if (kind === 'time') return later.value > earlier.value;
  // More of a bad thing (complaints, errors, returns) is worse; of anything else a company counts, less is.
  return countsBadThing(tokens) ? later.value > earlier.value : later.value < earlier.value;
}

/** A word after a figure may be no unit at all ("96 for ett år siden"): only a percent set against a time is told apart. */
export const sameKind = (a: Figure, b: Figure): boolean => a.kind === b.kind || [a.kind, b.kind].some((kind) => kind === undefined || kind === 'count');
