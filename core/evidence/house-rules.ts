/**
 * A rule of the house, in folded words (see stems.ts): how the staff work, told as what they do, without "always"
 * or "even when". Three shapes:
 * - nobody without a step first: "nobody is moved to another line without being asked first", "ingen flyttas …
 *   utan att först ha tillfrågats", "ingen går hjem uten å …": a negative of all with its exception;
 * - everyone, or "we", keeping a time: within a limit ("svarar på alla mejl inom ett dygn", "answer them within
 *   two working days"), at a frequency ("one day a week", "fire dager i uka") or on set days ("Alla äter lunch
 *   tillsammans på fredagar");
 * - notice given in advance, by whoever: "Rotas are published three weeks in advance".
 * Told in the present: a past or a modal in the main clause makes it an event, a plan or a wish; a past inside a
 * clause of what or which ("showing the tenant what was done") tells of the work, not of when the rule held.
 */
import { ANY_UNIT, isNumber, YEAR_OR_MONTH } from './figures';
import { fold, words } from './stems';
import { READER } from './small-words';

const NOBODY = /^(?:nobody|noone|ingen|inga|inget|ingenting|none)$/;
const WITHOUT = /^(?:without|uten|utan)$/;
/** "is without", "er uten", "är utan": lacking something, not a rule. */
const BE = /^(?:is|are|be|er|är|være|vara|bli|being)$/;

/** Words of all that may open the subject; "any" and "all" only first ("Any change …", "All staff …"). */
const ALL = /^(?:every|each|everyone|everybody|alle|alla|hver|hvert|varje|enhver)$/;
const FIRST_ALL = /^(?:any|all|we|vi)$/;
/** How far the word of all may stand in the subject: "På lageret teller alle", "Kansliet svarar på alla mejl". */
const ALL_REACH = 5;

const IN_ADVANCE = (text: readonly string[], i: number): boolean =>
  (text[i] === 'in' && text[i + 1] === 'advance') || (/^(?:i|på)$/.test(text[i] ?? '') && /^(?:förväg|forveien|forvegen|forhånd)$/.test(text[i + 1] ?? ''));
const WITHIN = /^(?:within|innen|innenfor|inom)$/;
/** A unit of time, also compounded or after an adjective: "two working days", "tre bankdagar", "en arbeidsdag". */
const UNIT_END = /(?:days?|hours?|weeks?|dag|dagar|dager|døgn|dygn|time|timer|timme|timmar|uke|uker|vecka|veckor)$/;
const PER = /^(?:a|an|per|i|om|pr|every|hver|varje)$/;
const PERIOD = /^(?:day|week|month|year|dag|døgn|dygn|uke|uka|veka|måned|månad|månaden|vecka|veckan|år|året)$/;
/** Days that come round: "on Fridays", "på fredager", "på fredagar", "om mandagane". */
const WEEKDAYS = /^(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|\p{L}+dager|\p{L}+dagar|\p{L}+dagane)$/u;
const WEEKDAY_STEM = /^(?:mon|tues|wednes|thurs|fri|satur|sun|man|tirs|ons|tors|fre|lør|søn|mån|tis|lör|sön)/;

/** A time kept: within a limit, at a frequency, on set days of the week. */
function keepsTime(text: readonly string[]): boolean {
  return text.some((word, i) => {
    if (WITHIN.test(word) && (isNumber(text[i + 1]) || /^(?:a|an)$/.test(text[i + 1] ?? '')) && [2, 3].some((n) => UNIT_END.test(text[i + n] ?? ''))) return true;
    // "one day a week", "tre dager i uka", "two hours every month"
    if (isNumber(word) && ANY_UNIT.test(text[i + 1] ?? '') && PER.test(text[i + 2] ?? '') && PERIOD.test(text[i + 3] ?? '')) return true;
    return /^(?:on|på|om)$/.test(word) && WEEKDAYS.test(text[i + 1] ?? '') && WEEKDAY_STEM.test(text[i + 1] ?? '');
  });
}

/** A past or a modal: an event, a plan, a wish, an ability ("can be assembled in ten minutes"). */
const NOT_PRESENT = /^(?:was|were|had|did|will|would|should|shall|can|could|may|must|want|wants|ble|blei|blev|vart|hadde|hade|fikk|fick|gjorde|skal|ska|skall|vil|vill|ville|ønsker|önskar|kommer|måste|må|kan|kunne|\p{L}{3,}ade)$/u;
/** A clause of what or which: its tense tells of the work done, not of the rule ("what was done"). */
const CLAUSE = /^(?:what|which|that|who|hva|vad|som)$/;

/** A change made ("Vi har bytt leverantör och följer upp …", "We have moved …"): a fix told, not a rule kept. */
const HAVE = /^(?:have|has|har)$/;
const PARTICIPLE = /^\p{L}{2,}(?:ed|t|tt|it|at|et)$/u;
const PERFECT_REACH = 4;
/** "usually within ten days", "normalt innen": a habit with exceptions, not a rule. */
const HEDGE = /^(?:usually|normally|mostly|often|generally|typically|vanligvis|normalt|oftest|ofte|vanligtvis|vanligen|oftast|ofta)$/;

function toldInPresent(text: readonly string[]): boolean {
  if (text.slice(0, PERFECT_REACH).some((word, i) => HAVE.test(word) && PARTICIPLE.test(text[i + 1] ?? ''))) return false;
  if (text.some((word) => HEDGE.test(word))) return false;
  // A promise to the reader ("You get an answer within …") is a service offered, not a routine of the house.
  return !text.some((word, i) => (NOT_PRESENT.test(word) && !text.slice(Math.max(0, i - 2), i).some((w) => CLAUSE.test(w))) || YEAR_OR_MONTH.test(word) || READER.test(word));
}

function nobodyWithout(text: readonly string[]): boolean {
  // "No driver takes …": "no" opening the subject; elsewhere "no" may be an answer or "no more".
  const nobody = text.findIndex((word, i) => NOBODY.test(word) || (word === 'no' && (i === 0 || text[i + 1] === 'one')));
  if (nobody < 0) return false;
  return text.some((word, i) => i > nobody + 1 && WITHOUT.test(word) && !BE.test(text[i - 1] ?? ''));
}

function everyoneKeepsTime(text: readonly string[]): boolean {
  const ofAll = FIRST_ALL.test(text[0] ?? '') || text.slice(0, ALL_REACH).some((word) => ALL.test(word));
  return ofAll && keepsTime(text);
}

/** Notice given in advance ("Rotas are published three weeks in advance", "sätts upp fyra veckor i förväg"), by whoever. */
const inAdvance = (text: readonly string[]): boolean => text.some((_, i) => IN_ADVANCE(text, i));

/** Whether a sentence tells a rule of the house: see the module comment. */
export function tellsHouseRule(sentence: string): boolean {
  const text = words(fold(sentence));
  if (!toldInPresent(text)) return false;
  return nobodyWithout(text) || everyoneKeepsTime(text) || inAdvance(text);
}
