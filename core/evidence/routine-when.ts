/**
 * A routine of the house told with the case it answers: "We call the customer when a delivery is late", "Vi ringer kunden
 * når en levering blir forsinket", "Hos oss säger vi till när något kan bli bättre", "We tell customers about a problem on the
 * day we find it". "We" and a present doing word open it (after "Hos oss", "Here", "At our place" if they stand first), and a
 * clause of when follows (or, v54, opens it: caseFirst): what is done each time, not something that went wrong once. Not in the past, not with a year or a
 * month, not a modal (a plan). Works on folded words (stems.ts).
 */
import { YEAR_OR_MONTH } from './figures';

const WE = /^(?:we|vi)$/;
/** "Hos oss", "Här hos oss", "Her hos oss", "Here", "At our place": the house named before "we" in second place. */
const HOUSE_OPENING: ReadonlyArray<readonly string[]> = [['hos', 'oss'], ['her', 'hos', 'oss'], ['här', 'hos', 'oss'], ['here'], ['at', 'our', 'place']];
/** A present doing word: nb/sv in -r, English not a past nor an auxiliary. */
const NORDIC_PRESENT = /^\p{L}{2,}r$/u;
// … nor helping or serving, which is the company's service ("Vi hjälper våra kunder när det värsta har hänt"); v54: nor expecting,
// which is a forecast ("Vi venter høyere aktivitet i fjerde kvartal, når tre store butikkprosjekter skal overleveres").
const NOT_THE_VERB =
  /^(?:are|is|was|were|had|have|has|will|would|can|could|should|shall|must|did|do|does|also|now|har|var|er|är|skal|ska|vil|vill|kan|må|måste|hadde|hade|ble|blev|kommer|nå|nu|help|serve|assist|support|hjelper|hjälper|bistår|betjener|betjänar|stöttar|expect|venter|forventer|väntar|förväntar|regner|räknar|hope|håper|hoppas|\p{L}+ed)$/u;
/** A purpose given ("so that the farm is in better shape when we hand it on"): the vision's, not a routine. */
const SO_THAT = (text: readonly string[], i: number): boolean => /^(?:so|slik|så|for|för)$/.test(text[i] ?? '') && /^(?:that|at|att)$/.test(text[i + 1] ?? '');
/** When: "when", "whenever", "når", "när", or "the day we …", "dagen vi …", "samma dag som". */
const WHEN = /^(?:when|whenever|når|när)$/;
const DAY_WE = (text: readonly string[], i: number): boolean => /^(?:day|dag|dagen)$/.test(text[i] ?? '') && /^(?:we|vi|som)$/.test(text[i + 1] ?? '');
const PAST = /^(?:was|were|had|did|ble|blei|blev|vart|hadde|hade|fikk|fick|\p{L}{3,}ade)$/u;

/** Whether a sentence (folded words; the raw sentence for its commas) tells a routine of "we" with the case it answers: see the module comment. */
export function tellsRoutineWhen(text: readonly string[], sentence?: string): boolean {
  if (WHEN.test(text[0] ?? '')) return sentence !== undefined && caseFirst(text, sentence);
  const opening = HOUSE_OPENING.find((o) => o.every((w, i) => text[i] === w))?.length ?? 0;
  // "Vi ringer …" or, after the house named first, "Hos oss ringer vi …" (the verb before "we").
  const [verb, we] = opening > 0 ? (WE.test(text[opening] ?? '') ? [text[opening + 1], text[opening]] : [text[opening], text[opening + 1]]) : [text[1], text[0]];
  if (!WE.test(we ?? '') || !verb || NOT_THE_VERB.test(verb)) return false;
  if (!/^(?:we)$/.test(we!) && !NORDIC_PRESENT.test(verb)) return false;
  if (text.some((w, i) => YEAR_OR_MONTH.test(w) || PAST.test(w) || SO_THAT(text, i))) return false;
  return text.some((w, i) => i > opening + 2 && (WHEN.test(w) || DAY_WE(text, i)));
}

/**
 * v54: the case told first, then what the house does: "When a boat lands with us for the first time, the plant manager meets the
 * skipper on the quay and shows him how we grade the fish", "Når en båt står på slippen, spiser skipperen lunsj sammen med
 * oss, og vi viser ham hva vi har funnet". The main clause after the comma opens with a present doing word (Bokmål and
 * Swedish put it first), "we" and one, or a subject of one to three words and one ("the plant manager meets"); the house
 * ("we", "us") in the sentence; not in the past, not with a year or a month, not a plan, nor an offer to the reader ("When
 * the grid is under strain, we pay you …").
 */
function caseFirst(text: readonly string[], sentence: string): boolean {
  const main = /^\S+\s[^,]{3,140},\s*(.+)$/su.exec(sentence.trim())?.[1]?.toLowerCase();
  if (!main || !text.some((w) => HOUSE.test(w))) return false;
  if (text.some((w, i) => YEAR_OR_MONTH.test(w) || PAST.test(w) || SO_THAT(text, i) || PLAN.test(w) || (w === 'kommer' && /^(?:att|til|å)$/.test(text[i + 1] ?? '')) || YOU.test(w))) return false;
  const [first = '', second = ''] = main.split(/\s+/u).map((w) => w.replace(/[^\p{L}'’]/gu, ''));
  if (WE.test(first)) return !NOT_THE_VERB.test(second) && (first === 'we' || NORDIC_PRESENT.test(second));
  if (NORDIC_PRESENT.test(first) && !NOT_THE_VERB.test(first)) return true;
  const verb = /^(?:the|our)\s+(?:\p{L}+\s+){0,2}?(\p{L}{3,}s)\s/u.exec(main)?.[1];
  return verb !== undefined && !NOT_THE_VERB.test(verb) && !/^(?:does|goes|was|has)$/.test(verb);
}

const HOUSE = /^(?:we|us|our|vi|oss|vår|vårt|våre|våra)$/;
const YOU = /^(?:you|your|du|deg|dig|din|ditt|dine|dina)$/;
const PLAN = /^(?:will|would|shall|skal|ska|vil|vill)$/;
