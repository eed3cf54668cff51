/**
 * A promise the company keeps whenever a case arises, told as a condition and what "we" then do: "If we change a
 * design after an order is placed, we pay for the materials already cut", "Hvis vi må avlyse et kurs, betaler vi
 * tilbake hele beløpet", "Om vi levererar för sent, står vi för frakten". It binds the company to its partners and
 * customers: values shown, not claimed. Told in the present: a modal or a past in what follows ("If we win the
 * tender, we will hire …", "When we moved, we lost …") makes it a plan or an event. Structure, not vocabulary: the
 * condition's clause up to its comma, then "we" and a present doing word (Bokmål and Swedish: the doing word, then "vi").
 */
import { fold } from './stems';

const IF = /^(?:if|whenever|hvis|dersom|om|ifall)$/;
const WE = /^(?:we|vi)$/;
/** A modal or an auxiliary: a plan, a wish or a possibility, not a promise kept ("will", "skal", "kan", "would"). */
const NOT_KEPT = /^(?:will|would|shall|should|could|can|may|might|must|are|is|have|had|was|were|did|skal|ska|skall|vil|vill|ville|kan|kunne|kunde|må|måste|bør|bör|kommer|har|hadde|hade|er|är|var|blir|blev|ble)$/;
/** A past in English or Bokmål/Swedish: "lost", "moved", "flyttet", "flyttade". */
const PAST = /^\p{L}{2,}(?:ed|et|te|de|ade)$/u;

const tokens = (clause: string): string[] => fold(clause).split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean);

/** Whether a sentence tells a promise kept on a condition: see the module comment. */
export function tellsOwnPromise(sentence: string): boolean {
  const comma = sentence.indexOf(',');
  if (comma < 0) return false;
  const condition = tokens(sentence.slice(0, comma));
  const main = tokens(sentence.slice(comma + 1));
  if (!IF.test(condition[0] ?? '') || !WE.test(condition[1] ?? '')) return false;
  // English: "we pay …"; Bokmål and Swedish put the doing word first: "betaler vi …", "står vi …".
  const verb = WE.test(main[0] ?? '') ? main[1] : WE.test(main[1] ?? '') ? main[0] : undefined;
  if (verb === undefined || NOT_KEPT.test(verb) || PAST.test(verb)) return false;
  return !main.some((w) => NOT_KEPT.test(w) && /^(?:will|would|skal|ska|vil|vill|kommer)$/.test(w));
}
