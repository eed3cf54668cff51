/**
 * A routine of the house told with the case it answers: "We call the customer when a delivery is late", "Vi ringer kunden
 * når en levering blir forsinket", "Hos oss säger vi till när något kan bli bättre", "We tell customers about a problem on the
 * day we find it". "We" and a present doing word open it (after "Hos oss", "Here", "At our place" if they stand first), and a
 * clause of when follows: what is done each time, not something that went wrong once. Not in the past, not with a year or a
 * month, not a modal (a plan). Works on folded words (stems.ts).
 */
import { YEAR_OR_MONTH } from './figures';

const WE = /^(?:we|vi)$/;
/** "Hos oss", "Här hos oss", "Her hos oss", "Here", "At our place": the house named before "we" in second place. */
const HOUSE_OPENING: ReadonlyArray<readonly string[]> = [['hos', 'oss'], ['her', 'hos', 'oss'], ['här', 'hos', 'oss'], ['here'], ['at', 'our', 'place']];
/** A present doing word: nb/sv in -r, English not a past nor an auxiliary. */
const NORDIC_PRESENT = /^\p{L}{2,}r$/u;
// … nor helping or serving, which is the company's service ("Vi hjälper våra kunder när det värsta har hänt").
const NOT_THE_VERB =
  /^(?:are|is|was|were|had|have|has|will|would|can|could|should|shall|must|did|do|does|also|now|har|var|er|är|skal|ska|vil|vill|kan|må|måste|hadde|hade|ble|blev|kommer|nå|nu|help|serve|assist|support|hjelper|hjälper|bistår|betjener|betjänar|stöttar|\p{L}+ed)$/u;
/** A purpose given ("so that the farm is in better shape when we hand it on"): the vision's, not a routine. */
const SO_THAT = (text: readonly string[], i: number): boolean => /^(?:so|slik|så|for|för)$/.test(text[i] ?? '') && /^(?:that|at|att)$/.test(text[i + 1] ?? '');
/** When: "when", "whenever", "når", "när", or "the day we …", "dagen vi …", "samma dag som". */
const WHEN = /^(?:when|whenever|når|när)$/;
const DAY_WE = (text: readonly string[], i: number): boolean => /^(?:day|dag|dagen)$/.test(text[i] ?? '') && /^(?:we|vi|som)$/.test(text[i + 1] ?? '');
const PAST = /^(?:was|were|had|did|ble|blei|blev|vart|hadde|hade|fikk|fick|\p{L}{3,}ade)$/u;

/** Whether a sentence (folded words) tells a routine of "we" with the case it answers: see the module comment. */
export function tellsRoutineWhen(text: readonly string[]): boolean {
  const opening = HOUSE_OPENING.find((o) => o.every((w, i) => text[i] === w))?.length ?? 0;
  // "Vi ringer …" or, after the house named first, "Hos oss ringer vi …" (the verb before "we").
  const [verb, we] = opening > 0 ? (WE.test(text[opening] ?? '') ? [text[opening + 1], text[opening]] : [text[opening], text[opening + 1]]) : [text[1], text[0]];
  if (!WE.test(we ?? '') || !verb || NOT_THE_VERB.test(verb)) return false;
  if (!/^(?:we)$/.test(we!) && !NORDIC_PRESENT.test(verb)) return false;
  if (text.some((w, i) => YEAR_OR_MONTH.test(w) || PAST.test(w) || SO_THAT(text, i))) return false;
  return text.some((w, i) => i > opening + 2 && (WHEN.test(w) || DAY_WE(text, i)));
}
