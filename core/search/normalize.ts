/**
 * One spelling for every way a Nordic word is typed: case, diacritics and the letters
 * a keyboard without them stands in for. Used at index time and at query time, so
 * "Tromsø", "tromso" and "TROMSØ" are the same term, as are "kvalitet"/"kvalität",
 * "Ærlig"/"aerlig" and "Åre"/"are".
 */
const LETTERS: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a', ä: 'a', ö: 'o', ü: 'u', ß: 'ss', œ: 'oe', ð: 'd', þ: 'th', ł: 'l' };
const SPECIAL = /[æøåäöüßœðþł]/g;
const COMBINING = /\p{M}+/gu;

/** Lower case, Nordic letters folded (æ→ae, ø→o, å/ä→a), other diacritics removed. */
export function foldTerm(term: string): string {
  return term
    .toLowerCase()
    .replace(SPECIAL, (letter) => LETTERS[letter] ?? letter)
    .normalize('NFD')
    .replace(COMBINING, '');
}

/** Words of a text: letters and digits; an apostrophe or hyphen inside a word splits it. */
const WORD = /[\p{L}\p{N}]+/gu;

export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * Words in nearly every English, Norwegian or Swedish page (folded). They say nothing about
 * where a page is and would make every posting list as long as the number of clips.
 */
const STOP_WORDS = new Set(
  (
    'the and of to in is it that for on was with as are be this by at or from an have has had not but were which ' +
    'their they its we our you your he she his her them there been would will can all more also than into about ' +
    'og er det som en et av til pa med har de den var for ikke om seg kan vi jeg du han hun sin sitt sine ' +
    'eller men ogsa fra ved etter nar hvor ble blir vil skal dette disse' +
    ' och att ar som pa med har inte om sig kan vi jag du han hon sin sitt sina eller men ocksa fran vid efter nar ' +
    'dar blev blir vill ska detta dessa ett den det'
  ).split(/\s+/),
);

/** A term the index keeps: folded, not a single letter and not a stop word. */
export function processTerm(term: string): string | null {
  const folded = foldTerm(term);
  if (folded.length < 2 && !/\d/.test(folded)) return null;
  return STOP_WORDS.has(folded) ? null : folded;
}
