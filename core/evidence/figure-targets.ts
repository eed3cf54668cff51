/**
 * A target told as a figure to move or to reach, with a word of intent before it: "Eksportandelen skal opp fra 30 til
 * 45 prosent", "We aim to cut waste from 12 to below 8 percent within two years", "Vi ska nå en omsättning på 200
 * miljoner kronor 2029". A plan without a date word the plan readers know (plans.ts) but with its figures; told as done
 * ("rose from 6 to 10 percent", "økte fra …") it has no word of intent and is no plan. Folded words (stems.ts).
 */
import { isNumber } from './figures';
import { FROM } from './small-words';

/** A word of intent or a target: "will", "aims", "skal", "ska", "vill", "plans", "målet". */
const INTENT = /^(?:will|shall|aim|aims|intend|intends|plan|plans|target|goal|skal|ska|skall|vil|vill|planlegger|planerar|målet|målsettingen|målsättningen)$/;
const TO = /^(?:to|til|till)$/;
/** What may stand between "to" and its figure: "to below 25", "til minst 45", "till över 30". */
const BOUND = /^(?:below|under|above|over|at|least|most|minst|mindre|enn|än|høyst|högst|drygt|snaut|about|around|rundt|omkring|cirka|ca)$/;
/** Reaching a figure: "nå 95 prosent", "reach 1,500 customers", "uppnå en omsättning på …". */
const REACH = /^(?:reach|hit|achieve|nå|oppnå|uppnå|passere|passera)$/;
/** How far a figure may stand from its "from" or its reaching word ("fra 30", "nå en omsättning på 200"). */
const FIGURE_REACH = 4;
/** Told as done: a target met or missed is history, not a plan. */
const DONE = /^(?:was|were|had|rose|fell|grew|ble|hadde|økte|steg|sank|falt|blev|hade|ökade|minskade|föll)$/;

const figureWithin = (text: readonly string[], from: number, reach: number, skip: RegExp | undefined): number => {
  for (let i = from; i < Math.min(text.length, from + reach); i++) {
    if (isNumber(text[i]) || /^\d/.test(text[i] ?? '')) return i;
    if (skip && !skip.test(text[i] ?? '')) return -1;
  }
  return -1;
};

/** Whether a sentence (folded words) sets a figure to move from one level to another, or to reach one, as a word of intent says. */
export function tellsFigureTarget(text: readonly string[]): boolean {
  const intent = text.findIndex((word) => INTENT.test(word));
  if (intent < 0 || text.some((word) => DONE.test(word))) return false;
  return text.some((word, i) => {
    if (i <= intent) return false;
    if (REACH.test(word)) return figureWithin(text, i + 1, FIGURE_REACH, undefined) > 0;
    if (!FROM.test(word)) return false;
    const start = figureWithin(text, i + 1, 2, undefined);
    if (start < 0) return false;
    const to = text.slice(start + 1, start + FIGURE_REACH).findIndex((w) => TO.test(w));
    return to >= 0 && figureWithin(text, start + 2 + to, 3, BOUND) > 0;
  });
}
