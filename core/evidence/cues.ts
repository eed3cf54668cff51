import { fold, isCompounding, wordHasStem, words } from './stems';

/** A compiled list of cues: single stems, and phrases matched word by word. */
export interface CueMatcher {
  compounding: boolean;
  stems: Array<{ cue: string; stem: string; anchored: boolean }>;
  phrases: Array<{ cue: string; parts: string[] }>;
}

/**
 * Cue syntax: a stem (`strategi`), a phrase (`vi søker`), or a stem with a
 * leading `^` that must start a word, never sit inside a compound: verbs do
 * not end compounds, so `^bidra` must not find "friskvårdsbidrag".
 */
export function compileCues(cues: readonly string[], lang: string): CueMatcher {
  const matcher: CueMatcher = { compounding: isCompounding(lang), stems: [], phrases: [] };
  const nordic = lang === 'nb' || lang === 'sv';
  for (const cue of cues) {
    const anchored = cue.startsWith('^');
    const parts = words(fold(anchored ? cue.slice(1) : cue));
    if (parts.length === 1 && parts[0] !== undefined) matcher.stems.push({ cue, stem: parts[0], anchored });
    else if (parts.length > 1) for (const order of nordic ? wordOrders(parts) : [parts]) matcher.phrases.push({ cue, parts: order });
  }
  return matcher;
}

const WE = /^(?:vi)$/;
const NOT = /^(?:ikke|ikkje|inte)$/;
/**
 * A Bokmål or Swedish phrase as written, and as it stands after a time or a place put first, where the verb comes
 * before the subject ("I oktober nådde vi bara …" for "vi nådde bara", "Förra vintern hann vi inte …" for "hann inte"):
 * "vi V …" turns to "V vi …", and "V ikke …" takes its "vi" between ("V vi ikke …").
 */
function wordOrders(parts: readonly string[]): string[][] {
  const [first, second, ...rest] = parts;
  if (first === undefined || second === undefined) return [[...parts]];
  if (WE.test(first) && parts.length > 2 && !NOT.test(second)) return [[...parts], [second, first, ...rest]];
  if (NOT.test(second) && !WE.test(first)) return [[...parts], [first, 'vi', second, ...rest]];
  return [[...parts]];
}

/**
 * In a phrase every word must be exact except the last, which is a stem:
 * "vi søker" finds "Vi søker deg som…", "du kommer att" finds "du kommer att leda".
 */
function phraseAt(text: readonly string[], at: number, parts: readonly string[]): boolean {
  for (let i = 0; i < parts.length; i++) {
    const word = text[at + i];
    const part = parts[i];
    if (word === undefined || part === undefined) return false;
    const last = i === parts.length - 1;
    if (last ? !word.startsWith(part) : word !== part) return false;
  }
  return true;
}

/** The distinct cues found in a text given as folded words. */
export function matchCues(text: readonly string[], matcher: CueMatcher): string[] {
  const found: string[] = [];
  for (const { cue, stem, anchored } of matcher.stems) {
    const compounding = matcher.compounding && !anchored;
    if (text.some((word) => wordHasStem(word, stem, compounding))) found.push(cue);
  }
  for (const { cue, parts } of matcher.phrases) {
    for (let at = 0; at + parts.length <= text.length; at++) {
      if (phraseAt(text, at, parts)) {
        found.push(cue);
        break;
      }
    }
  }
  return found;
}

/** The cues a text (folded words) opens with: each stem or phrase matched from the first word. */
export function openingCues(text: readonly string[], matcher: CueMatcher): string[] {
  const found = matcher.stems.filter(({ stem }) => text[0] !== undefined && wordHasStem(text[0], stem, false)).map(({ cue }) => cue);
  return [...found, ...matcher.phrases.filter(({ parts }) => phraseAt(text, 0, parts)).map(({ cue }) => cue)];
}

/** Convenience for a raw string: fold, split into words, match. */
export function findCues(text: string, matcher: CueMatcher): string[] {
  return matchCues(words(fold(text)), matcher);
}
