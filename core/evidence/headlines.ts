import { isPersonName } from './people';

/**
 * A heading that is a headline: as long as a sentence ("Quillfeather raises £14m to bring its contract editor to in-house
 * legal teams in …"), or about a named person: "Marte Engen blir ny leder for VA-avdelingen", "Ola Dahl takes over
 * the Leeds depot", "Sara Lind leder nya kundteamet". It tells a piece of news, not what the section holds: a single
 * cue word in it ("avdelingen", "depot") names no section, as in a heading written as a sentence (score.ts).
 */

/** As long as a sentence is: a name and a short role ("Kari Nordmann, daglig leder") is a person's card, not a headline. */
const MIN_HEADLINE_WORDS = 5;

/** Longer than any section's name ("How the team fits into the company"): a news headline, whatever it opens with. */
const MIN_LONG_HEADLINE_WORDS = 10;

export function isHeadline(heading: string): boolean {
  const words = heading.trim().split(/\s+/);
  if (words.length >= MIN_LONG_HEADLINE_WORDS) return true;
  if (words.length < MIN_HEADLINE_WORDS) return false;
  // The name opens the headline: two or three capitalised words, followed by a word in lower case (its doing word).
  return [2, 3].some((n) => isPersonName(words.slice(0, n).join(' ')) && /^\p{Ll}/u.test(words[n] ?? ''));
}
