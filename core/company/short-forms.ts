/** Short forms of a name: the initials of its words, and of the parts of its compounds. */

/** "UiV" for "Universitetet i Vesterålen", "NTNU" for "Norges teknisk-naturvitenskapelige universitet": the initials of each word. */
export function isShortFormOf(short: string, full: string): boolean {
  // "TGB" for "Torshälla Gjuteri & Bearbetning": the joining word has no letter in the initials.
  const words = full.trim().split(/[\s-]+/).filter((w) => w && !/^(?:&|og|och|and)$/u.test(w));
  return words.length >= 2 && /^\p{Lu}[\p{L}]{1,6}$/u.test(short) && words.map((w) => w[0]!.toLowerCase()).join('') === short.toLowerCase();
}

/**
 * "VKO" for "Västkustens Kammarorkester", "BSL" for "Bergen Skipslaboratorium": the initials of each word, where a
 * long compound word may give the initial of a later part too ("Kammar|orkester"), as Nordic short forms are made.
 */
export function isCompoundShortForm(short: string, full: string): boolean {
  const words = full.trim().toLowerCase().split(/[\s-]+/).filter(Boolean);
  if (!/^\p{Lu}{3,6}$/u.test(short) || words.length < 2) return false;
  const letters = short.toLowerCase();
  const from = (wi: number, li: number): boolean => {
    if (wi === words.length) return li === letters.length;
    const word = words[wi]!;
    if (letters[li] !== word[0]) return false;
    // A later part of a compound starts four letters in at the earliest and leaves four letters at the least ("Kone|paja").
    const part = letters[li + 1];
    return from(wi + 1, li + 1) || (word.length >= 8 && !!part && word.slice(4, -3).includes(part) && from(wi + 1, li + 2));
  };
  return from(0, 0);
}

/**
 * "CGCS" for "Cane Garden Corporate Services Ltd.", "RVCG Co-op" for "Roseau Valley Cocoa Growers Co-operative Society Ltd":
 * the initials of the name's first words, then the start of each word after them.
 */
export function initialsOpen(short: string, full: string): boolean {
  const [letters, ...rest] = short.trim().split(/\s+/);
  const words = full.trim().split(/\s+/).filter((w) => !/^(?:&|og|och|and|of)$/u.test(w));
  if (!letters || !/^\p{Lu}{3,6}$/u.test(letters) || words.length <= letters.length) return false;
  const after = words.slice(letters.length).map((w) => w.toLowerCase());
  const opening = words.slice(0, letters.length).map((w) => w[0]!.toLowerCase()).join('');
  return opening === letters.toLowerCase() && rest.every((r, i) => r.length >= 2 && !!after[i] && after[i]!.startsWith(r.toLowerCase()));
}

/**
 * "Coniston D&B" for "Coniston Drill and Blast", "Vik R&D" for "Vik Research & Development": the brand's words, then its
 * closing letters joined by "&" the initials of the name's last words (the joining word left out).
 */
export function ampersandInitials(short: string, full: string): boolean {
  const words = short.trim().split(/\s+/u);
  const letters = /^(\p{Lu})&(\p{Lu})$/u.exec(words.at(-1) ?? '');
  const fullWords = full.trim().split(/\s+/u);
  if (!letters || words.length < 2 || fullWords.length !== words.length + 2) return false;
  const same = words.slice(0, -1).every((w, i) => w.toLowerCase() === fullWords[i]!.toLowerCase());
  const [a, joiner, b] = fullWords.slice(words.length - 1);
  return same && /^(?:&|and|og|och)$/iu.test(joiner!) && a![0] === letters[1] && b![0] === letters[2];
}
