import { isPersonName, isRoleLine, NAME_PART, nameWordsFrom } from './people';

/**
 * People named where a page signs off or credits: a closing line of names, each with what they are
 * ("Kari Ystgaard, hovedtillitsvalgt, og Ole Martin Aune, hovedverneombud"), and a title with its field
 * before the name ("Kommunalsjef for helse og omsorg Anne Grethe Bøe sier …"). Structure, not a list of
 * titles: a name followed by a short describing phrase, twice in a line that is no sentence; a title word
 * whose field runs in lower case up to a name.
 */

/** The joins of a line of names: a comma, "and". */
const JOIN = /\s*,\s*(?:(?:og|och|and|&)\s+)?|\s+(?:og|och|and|&)\s+/u;
const MAX_LINE_WORDS = 16;
const MAX_DESCRIPTOR_WORDS = 4;

/** A describing phrase after a name: short, no figure, no name of its own, not a sentence. */
function descriptor(part: string | undefined): boolean {
  if (!part) return false;
  const words = part.split(/\s+/);
  return words.length <= MAX_DESCRIPTOR_WORDS && !/\d/u.test(part) && !isPersonName(part) && !/[.!?]$/u.test(part);
}

/**
 * The names of a line that lists at least two people, each with a describing phrase after the name:
 * a signature or a credit line. A line with one name, or that ends as a sentence does, is left to the
 * other readings ("Helen Marsh, Customer Director" is a name and a role by inlinePerson).
 */
export function namesWithDescriptors(line: string): string[] {
  const text = line.trim();
  if (/[.!?]$/u.test(text) || text.split(/\s+/).length > MAX_LINE_WORDS) return [];
  const parts = text.split(JOIN).filter(Boolean);
  const names: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    if (isPersonName(parts[i]!) && descriptor(parts[i + 1])) {
      names.push(parts[i]!);
      i += 1;
    } else return [];
  }
  return names.length >= 2 ? names : [];
}

/** A title's field: "for helse og omsorg", "of Customer Operations" is left to the title words; "för hemtjänsten". */
const FIELD_OPENING = /^(?:for|för|i|på|ved|vid|of|at|in|innen|inom)$/u;
const FIELD_WORD = /^(?:\p{Ll}[\p{Ll}-]*)$/u;
const MAX_FIELD_WORDS = 5;
/** "leder" and "lead" are as often the verb: a field after them is what is led ("Hun leder for tiden …"). */
const VERB_TOO = /^(?:leder|leiar|leda|leads?|chair|partner)$/iu;

/**
 * Names written after a title and its field in lower case: "Kommunalsjef for helse og omsorg Anne Grethe Bøe",
 * "enhetschef för hemtjänsten Sara Lind", "head of operations at the depot Jane Smith". The field holds no
 * capital, so a place or a firm ("sjef i Norge …") ends the reading.
 */
export function titlesWithField(sentence: string): Array<{ name: string; role: string }> {
  const tokens = sentence.trim().split(/\s+/).map((t) => t.replace(/^[«"“'(]+/u, ''));
  const found: Array<{ name: string; role: string }> = [];
  for (let i = 0; i < tokens.length - 3; i++) {
    const word = tokens[i]!;
    if (VERB_TOO.test(word) || !isRoleLine(word) || /[\p{P}]$/u.test(word) || !FIELD_OPENING.test(tokens[i + 1]!)) continue;
    let at = i + 2;
    while (at < tokens.length && at - (i + 2) < MAX_FIELD_WORDS && FIELD_WORD.test(tokens[at]!)) at += 1;
    if (at === i + 2) continue;
    const { words: nameWords, at: end } = nameWordsFrom(tokens, at);
    const name = nameWords.join(' ');
    if (nameWords.length >= 2 && isPersonName(name)) found.push({ name, role: tokens.slice(i, end - nameWords.length).join(' ') });
  }
  return found;
}

/** A month, a day or a word that opens a sentence with a capital: "From February", "Fra mandag", "I Mars" name nobody. */
const NOT_IN_NAME =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|januar|februar|mars|mai|juni|juli|desember|januari|februari|maj|augusti|oktober|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|måndag|tisdag|lördag|söndag|from|in|on|at|by|since|until|fra|från|innen|inom|etter|efter|siden|sedan|i|på)$/iu;
const NAME_PAIR = new RegExp(String.raw`(?<![\p{L}])${NAME_PART}\s+${NAME_PART}(?![\p{L}])`, 'gu');

/**
 * Whether a sentence holds what reads as someone's full name, anywhere ("Lina Sandberg blir arbetsledare …",
 * "Ellen Marsh, co-founder and CEO, said …"). A sentence with a role word and no name ("konsernsjefen holder et
 * åpent møte", "Alle ledere går gjennom svarene") holds none: a role, not a person to meet.
 */
export function holdsName(sentence: string): boolean {
  return [...sentence.matchAll(NAME_PAIR)].some((m) => isPersonName(m[0]) && !m[0].split(/\s+/).some((w) => NOT_IN_NAME.test(w)));
}
