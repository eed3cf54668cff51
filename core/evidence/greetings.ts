/**
 * A greeting, a thank-you or a see-you line of a letter or a post: "Tack för ett gott samarbete, och väl mött på
 * träffen i februari", "Takk til alle som var med!", "Thanks for a great season, see you in March". It tells the
 * reader something kind, not the company's plans, values or troubles, though a month or "alle" in it may look so.
 * Works on folded words (stems.ts): the sentence opens with the greeting.
 */

const OPENINGS: ReadonlyArray<readonly string[]> = [
  ['thanks'], ['thank', 'you'], ['many', 'thanks'], ['see', 'you'], ['hope', 'to', 'see'], ['best', 'wishes'], ['merry', 'christmas'], ['happy', 'new', 'year'],
  ['takk'], ['tusen', 'takk'], ['stor', 'takk'], ['vel', 'møtt'], ['vi', 'sees'], ['god', 'jul'], ['godt', 'nyttår'],
  ['tack'], ['stort', 'tack'], ['tusen', 'tack'], ['väl', 'mött'], ['vi', 'ses'], ['gott', 'nytt', 'år'],
];

/** Whether a sentence (folded words) opens with a greeting, a thank-you or a see-you: see the module comment. */
export function isGreeting(text: readonly string[]): boolean {
  return OPENINGS.some((opening) => opening.every((word, i) => text[i] === word));
}
