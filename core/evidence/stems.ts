/**
 * Text normalisation and word-level stem matching shared by cue matching,
 * deduplication and language guessing.
 */

// Keep the ring above and the diaeresis: å, ä and ö are letters of their own in
// Norwegian and Swedish (mål ≠ mal), while é, è, ó… are only accents (idé = ide).
const ACCENTS = /[\u0300-\u0307\u0309\u030B-\u036F]/g;
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** Lower case, accents removed except for the Nordic letters, invisible characters gone. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(INVISIBLE, '').replace(ACCENTS, '').normalize('NFC').toLowerCase().replace(/’/g, "'");
}

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu;

/** The words of an already folded text. */
export function words(folded: string): string[] {
  return folded.match(WORD) ?? [];
}

/** Languages that write compounds as one word, so a stem may sit inside a word. */
const COMPOUNDING = new Set(['nb', 'sv']);

/** A stem must be at least this long to be found inside a compound. */
export const MIN_INFIX_STEM = 5;
/** The part of a compound before the stem must be at least this long ("re|visjon" is no vision). */
const MIN_COMPOUND_HEAD = 4;

/** Words whose inside looks like a cue but is not a compound of it. */
const FALSE_COMPOUNDS = ['televis', 'supervis', 'improvis'];

export function isCompounding(lang: string): boolean {
  return COMPOUNDING.has(lang);
}

/**
 * True when `word` is an inflection or derivation of `stem` (a prefix match),
 * or — in compounding languages and for stems long enough — a compound that
 * contains it ("satsingsområder" ⊃ "satsing", "konsernstrategien" ⊃ "strategi").
 */
export function wordHasStem(word: string, stem: string, compounding: boolean): boolean {
  if (word.startsWith(stem)) return true;
  if (!compounding || stem.length < MIN_INFIX_STEM) return false;
  if (word.indexOf(stem, MIN_COMPOUND_HEAD) < 0) return false;
  return !FALSE_COMPOUNDS.some((prefix) => word.startsWith(prefix));
}

/** A sentence reduced to its folded words: equal for the same sentence in different markup. */
export function sentenceKey(sentence: string): string {
  return words(fold(sentence)).join(' ');
}
