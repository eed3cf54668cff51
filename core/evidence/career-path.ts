/** A colleague's path inside the company, in folded words (see stems.ts): what was done then, and what is done now. */
/** A colleague, not "they" (as often things: "they now seemed dated"). */
const THIRD_PERSON = /^(?:she|he|hun|han|hon|hen)$/;
/** The writer of a blog telling their own path: "i dag leder jag", "nå leder jeg" ("i" is "in" in Bokmål and Swedish). */
const FIRST_PERSON = /^(?:jeg|eg|jag)$/;
const NOW = /^(?:now|nå|nu)$/;
/** A time gone by: a year, "last year", "i fjor", "förra året", "ago", or an English past ("finished", "joined"). */
const BEFORE = /^(?:19\d{2}|20\d{2}|fjor|fjol|ago|siden|sedan|\p{L}+ed)$/u;
const LAST_YEAR = (text: readonly string[], i: number): boolean => /^(?:last|förra|forrige)$/.test(text[i] ?? '') && /^(?:year|året|år)$/.test(text[i + 1] ?? '');

/**
 * A path inside the company told of a colleague: something done then, and what she does now ("Last year
 * she finished her certificate …, and she now trains the newer nurses", "I 2019 tok han fagbrev, og nå
 * leder han …"), or by the writer ("Förra året fick jag gå ledarprogrammet, och i dag leder jag …"): where
 * someone who starts there can go.
 */
export function tellsCareerPath(text: readonly string[]): boolean {
  const person = (word: string | undefined): boolean => THIRD_PERSON.test(word ?? '') || FIRST_PERSON.test(word ?? '');
  // "i dag" is "today" in Bokmål and Swedish: its second word stands for "now", and the word before it is "i".
  const today = (i: number): boolean => text[i] === 'dag' && text[i - 1] === 'i';
  const now = text.findIndex(
    (word, i) => (NOW.test(word) && (person(text[i - 1]) || person(text[i + 1]) || person(text[i + 2]))) || (today(i) && (person(text[i - 2]) || person(text[i + 1]) || person(text[i + 2]))),
  );
  if (now < 0) return false;
  return text.slice(0, now).some((word, i) => BEFORE.test(word) || LAST_YEAR(text, i));
}
