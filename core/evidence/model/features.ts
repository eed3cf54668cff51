/**
 * What the learned judge sees of a sentence: its folded words cut to prefixes (so "lærlingplasser" and
 * "lærling" share "lærl"), the inside of long compounds as character runs, and a few signs that hold in
 * all three languages (a word for every one of the staff, a paid course, a route to another role, "we").
 * Pure and deterministic: the training script and the scorer call the same function.
 */
import { fold, words } from '../stems';

/** A word is known by its first letters: enough to join inflections, too few to join unrelated words. */
const PREFIX = 5;
/** Words this long are compounds often enough in nb and sv to be read from the inside as well. */
const COMPOUND_MIN = 9;
const GRAM = 5;

/** A word for all of a group ("every chef", "ingen nyansatt", "varje skiftbyte"). */
const ALL_OF = /^(?:every|each|all|any|anyone|nobody|everyone|none|hver|hvert|enhver|alle|ingen|ingenting|varje|var|alla|samtliga|alltid|always|aldri|aldrig|never)$/;
/** Learning: a course, a certificate, a school, an apprenticeship. */
const LEARNING = /^(?:course|courses|training|certificat|qualificat|apprentic|degree|diploma|school|kurs|kurse|utdann|opplær|sertif|fagbre|fagsko|lærli|studi|utbil|certif|yrkes|lärli|examen)/;
const PAID = /^(?:pay|pays|paid|fund|funds|funded|sponsor|covers|betal|dekke|dekke|finan|bekos|står|permisjon|permission|leave)/;
/** A route on: from one role to another, after a while. */
const ROUTE = /^(?:lead|leads|leader|become|became|apply|promoted|started|began|lede|leder|leda|bli|ble|blev|bliva|søke|söka|började|begynte|startet|startade|fast|permanent|forfrem|befordr)/;
const AFTER = /^(?:after|etter|efter|within|innen|inom|years|year|år|månad|måned|month|months)$/;
const WE = /^(?:we|our|us|vi|vår|våre|vårt|oss|våra)$/;
const YOU = /^(?:you|your|du|deg|dere|din|ditt|dine|ni|dig|er|era)$/;
const DIGIT = /\d/;

function signs(folded: readonly string[]): string[] {
  const has = (re: RegExp): boolean => folded.some((w) => re.test(w));
  const out: string[] = [];
  if (has(ALL_OF)) out.push('#all');
  const learning = has(LEARNING);
  if (learning) out.push('#learn');
  if (learning && has(PAID)) out.push('#paid-learn');
  if (has(ROUTE)) out.push('#route');
  if (has(ROUTE) && has(AFTER)) out.push('#route-after');
  if (has(WE)) out.push('#we');
  if (has(YOU)) out.push('#you');
  if (folded.some((w) => DIGIT.test(w))) out.push('#num');
  out.push(folded.length < 6 ? '#short' : folded.length > 30 ? '#long' : '#mid');
  return out;
}

/** The features of one sentence, each once. */
export function sentenceFeatures(sentence: string): string[] {
  const folded = words(fold(sentence));
  const out = new Set<string>(signs(folded));
  for (const word of folded) {
    if (DIGIT.test(word)) continue;
    out.add(`p:${word.slice(0, PREFIX)}`);
    if (word.length >= COMPOUND_MIN) for (let i = 1; i + GRAM <= word.length; i++) out.add(`c:${word.slice(i, i + GRAM)}`);
  }
  for (let i = 0; i + 1 < folded.length; i++) out.add(`b:${folded[i]!.slice(0, 4)}_${folded[i + 1]!.slice(0, 4)}`);
  return [...out];
}
