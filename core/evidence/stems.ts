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

/** What may follow a short cue in the same word: an inflection, or a suffix that keeps its meaning. */
const SHORT_CUE_TAIL_MAX = 3;
const DERIVATIONAL_TAIL = /^(?:erna|arna|orna|ernas|arnas|ornas|ene|enes|aktig|aktiga|aktige|aktigt|lig|liga|lige|ligt|ning|ningen|ningar|het|heten|else|ande|ende|ure|ures|ing|ings)$/;
/** Noun-forming suffixes: a cue that is little more than one ("en|het") is easily formed by accident. */
const NOUN_SUFFIX = /(?:het|heten|heter|ning|ningen|else|skap|dom|itet)$/;
const MAX_ACCIDENTAL_ROOT = 2;

export function isCompounding(lang: string): boolean {
  return COMPOUNDING.has(lang);
}

/**
 * A tail that says the thing is absent ("feil|fri", "problem|fritt", "fel|fria") or solved
 * ("problem|løsere", "problem|lösning"): the opposite of the cue.
 */
const ABSENCE_TAIL = /^(?:fri|fritt|frie|fria)$|^(?:løs|lös)/;

/**
 * The compound rule. A cue is often another word when it is only part of a longer one:
 * - a cue followed by "-fri"/"-løs"/"-lös" says the thing is absent or solved ("feilfri", "problemfritt", "problemløser");
 * - a short cue (`fel`, `mål`, `team`), or one that is little more than a noun suffix (`en|het`),
 *   at a word's start is found only with an inflection or suffix after it ("felet", "enheten"),
 *   never as the first part of a compound ("felplock", "enhetspris");
 * - a cue found at a compound's end that is a short root plus a noun suffix (`en|het`) is
 *   taken only after a compound joint -s- ("affärsenhet"): otherwise the longer word's own
 *   suffix made it ("erfaren|het", "nyfiken|het").
 */
function startMatches(word: string, stem: string): boolean {
  const tail = word.slice(stem.length);
  if (ABSENCE_TAIL.test(tail)) return false;
  if (stem.length >= MIN_INFIX_STEM && !accidental(stem)) return true;
  return tail.length <= SHORT_CUE_TAIL_MAX || DERIVATIONAL_TAIL.test(tail);
}

/** A cue that is little more than a noun suffix ("en|het"). */
function accidental(stem: string): boolean {
  const suffix = NOUN_SUFFIX.exec(stem);
  return suffix !== null && stem.length - suffix[0].length <= MAX_ACCIDENTAL_ROOT;
}

function compoundEndMatches(word: string, stem: string, at: number): boolean {
  return !accidental(stem) || word[at - 1] === 's';
}

/**
 * True when `word` is an inflection or derivation of `stem` (a prefix match),
 * or — in compounding languages and for stems long enough — a compound that
 * contains it ("satsingsområder" ⊃ "satsing", "konsernstrategien" ⊃ "strategi").
 * The compound rule above says what is not a match.
 */
export function wordHasStem(word: string, stem: string, compounding: boolean): boolean {
  if (word.startsWith(stem)) return startMatches(word, stem);
  if (!compounding || stem.length < MIN_INFIX_STEM) return false;
  const at = word.indexOf(stem, MIN_COMPOUND_HEAD);
  if (at < 0 || FALSE_COMPOUNDS.some((prefix) => word.startsWith(prefix))) return false;
  return compoundEndMatches(word, stem, at);
}

/** A sentence reduced to its folded words: equal for the same sentence in different markup. */
export function sentenceKey(sentence: string): string {
  return words(fold(sentence)).join(' ');
}

/** A token without the quotes and brackets before it and the punctuation after it: "«Kundesenteret," is "Kundesenteret". */
export function bareToken(token: string): string {
  return token.replace(/^[«"“'(]+|[,.:;!?»"”')]+$/gu, '');
}
