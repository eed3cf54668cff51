/**
 * An own result short of what the company's own plan, target or policy set, told in three shapes the bars of
 * against-norm.ts do not read (there, a second figure stands beside the own one):
 * - a part of a whole, then the bar it was measured by: "We answered 58 of the 112 queries within our own target of
 *   five days", "Vi har gjutit 7 av 9 bjälklag som planen angav till vecka 47", "I dag har 6 av 14 operatører
 *   fagbrev, og målet er at alle skal ha det innen 2029" (the goal's own clause may look ahead; the part is now);
 * - a time after the date the plan set: "Handover came 9 weeks after the date in our programme", "Stommen är nu 11
 *   arbetsdagar efter den tidplan vi satte";
 * - a count below the minimum a rule of the house sets: "11 låg under den lägstalön som vår lönepolicy anger";
 * - a figure with the own target beside it (v57): "… ni timer på å rette feil, mens målet vårt er fire timer".
 * Structure, not vocabulary: a figure, and the plan's, the target's or the minimum's word after it. Works on folded words.
 */
import { isNumber, numberValue } from './figures';
import { WILL } from './small-words';

/** "of", "av": a part of a whole ("58 of the 112", "7 av 9"). */
const OF = /^(?:of|av|out)$/;
/** A bar's word, also closing a compound ("eierstrategien" is no bar, "tidplanen" is): target, goal, plan, promise, policy. */
const BAR = /^(?:target|targets|goal|aim|plan|planen|planned|programme|program|schedule|promise|promised|standard|policy|mål|målet|målsettingen|målsättningen|løftet|löftet|planerat|planlagt|tidplan|tidplanen|tidsplan|tidsplanen|framdriftsplan|fremdriftsplan|fremdriftsplanen|framdriftsplanen|\p{L}+policy|\p{L}+policyn)$/u;
/**
 * The bar a part is measured by: a target, a goal, the plan, a promise, a policy; not a plan or a programme of any kind
 * ("Three of our four leaders came through the programme", "4 av 5 har en utviklingsplan" tell no bar).
 */
const PART_BAR = /^(?:target|targets|goal|aim|mål|målet|målsettingen|målsättningen|planen|promise|løftet|löftet|\p{L}*policy|\p{L}*policyn)$/u;
const THE_PLAN = (text: readonly string[], i: number): boolean => /^(?:plan|schedule)$/.test(text[i] ?? '') && /^(?:the|our)$/.test(text[i - 1] ?? '');
/** How far the bar's word may stand after the part: "58 of the 112 design queries from the site within our own target". */
const BAR_REACH = 14;

/** A part of a whole, then the bar it falls short of; anything ahead only after the bar's word (the goal's own clause). */
function partShortOfBar(text: readonly string[]): boolean {
  return text.some((word, i) => {
    if (!isNumber(word) || !OF.test(text[i + 1] ?? '')) return false;
    const at = text[i + 2] === 'the' || text[i + 2] === 'de' ? i + 3 : i + 2;
    const [part, whole] = [numberValue(word), numberValue(text[at])];
    if (part === undefined || whole === undefined || part >= whole) return false;
    const bar = text.slice(at + 1, at + 1 + BAR_REACH).findIndex((w, n) => PART_BAR.test(w) || THE_PLAN(text, at + 1 + n));
    return bar >= 0 && !text.slice(0, at + 1 + bar).some((w) => WILL.test(w));
  });
}

/** A time unit, working days too ("arbetsdagar", "arbeidsdager", "working days"). */
const TIME_UNIT = /^(?:days?|weeks?|months?|dager|dagar|uker|veckor|måneder|månader|\p{L}+dager|\p{L}+dagar)$/u;
const AFTER = /^(?:after|etter|efter|behind)$/;
/** How far the plan's word may stand after "after": "after the date in our tender programme". */
const PLAN_REACH = 6;

/** A time after the date a plan set: "9 weeks after the date in our programme", "11 arbetsdagar efter den tidplan vi satte". */
function afterThePlan(text: readonly string[]): boolean {
  if (text.some((w) => WILL.test(w))) return false;
  return text.some((word, i) => {
    if (!TIME_UNIT.test(word) || !isNumber(text[i - 1])) return false;
    const after = text[i + 1] === 'working' ? i + 2 : i + 1;
    return AFTER.test(text[after] ?? '') && text.slice(after + 1, after + 1 + PLAN_REACH).some((w) => BAR.test(w) && !/^(?:target|goal|aim|mål|målet)$/.test(w));
  });
}

const BELOW = /^(?:below|under|beneath)$/;
/** A minimum's word: "minimum", "lowest", "lägstalön", "minstelønn", "minstekravet". */
const MINIMUM = /^(?:minimum|minimi|lowest|lägst|laveste|lavest|minste)/;
/** How far the minimum may stand after "below": "under den lägstalön". */
const MINIMUM_REACH = 3;

/** A count below the minimum a rule of the house sets: "11 of them were paid below the minimum our policy sets". */
function belowTheMinimum(text: readonly string[]): boolean {
  if (text.some((w) => WILL.test(w))) return false;
  return text.some((word, i) => {
    if (!BELOW.test(word) || !text.slice(Math.max(0, i - 4), i).some((w) => isNumber(w))) return false;
    return text.slice(i + 1, i + 1 + MINIMUM_REACH).some((w) => MINIMUM.test(w));
  });
}

/** "while", "mens", "medan": the clause that sets the bar beside the figure. */
const WHILE = /^(?:while|whereas|mens|medan|medans)$/;
const TARGET = /^(?:target|goal|aim|mål|målet|målsettingen|målsetjinga|målsättningen)$/;

/** v57: "I fjor brukte vi i snitt ni timer …, mens målet vårt er fire timer", "… while our target is four hours": a figure, then the own target beside it. */
function figureBesideTarget(text: readonly string[]): boolean {
  if (text.some((w) => WILL.test(w))) return false;
  return text.some((word, i) => WHILE.test(word) && text.slice(0, i).some((w) => isNumber(w)) && text.slice(i + 1, i + 4).some((w) => TARGET.test(w)) && text.slice(i + 2, i + 8).some((w) => isNumber(w)));
}

/** Whether a sentence (folded words) tells an own result short of its own plan, target or minimum: see the module comment. */
export function tellsShortOfPlan(text: readonly string[]): boolean {
  return partShortOfBar(text) || afterThePlan(text) || belowTheMinimum(text) || figureBesideTarget(text);
}
