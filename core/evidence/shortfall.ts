/**
 * Shortfalls told in plain figures, without a negative word: a result set against its target
 * ("99.1 per cent against a target of 99.6", "bara 91 procent …, och målet var 97"), only part of
 * a count ("bara fyra av åtta"), and a long time to answer or to wait ("snittiden for et svar er
 * 14 måneder", "brukte sju uker på å svare", "tar över 40 minuter"). Structure, not vocabulary:
 * a figure, and what it is measured against. Works on folded words (see stems.ts).
 */
import { ANY_UNIT, isNumber, LONG_UNIT } from './figures';
import { FELL, isBad, tellsShortfallEvent } from './shortfall-events';

/** A word meaning "only" before a figure: the figure fell short of something. */
const ONLY = /^(?:only|just|bare|kun|bara|endast|enbart)$/;
/** "of" between a part and its whole, or a share: "four of eight", "91 per cent". */
const PART_OF = /^(?:of|out|av|per|prosent|procent|percent)$/;

/** A target word after a contrast: "against a target of", "short of the goal", "og målet var", "under målet". */
const TARGET = /^(?:target|targets|goal|aim|mål|målet|målsettingen|målsättningen)$/;
const CONTRAST = /^(?:against|below|short|under|but|mot|men|og|och|while|mens|medan)$/;

/** Years are history ("for more than 40 years") unless someone waited them. */
const YEARS = /^(?:years?|år|åren|årene)$/;
const WAIT = /^(?:wait|vent|vänt)/;
const OVER = /^(?:over|över|more|mer|mere|längre|lengre|opptil)$/;
/** "up to ten days", "upp till tio dagar": as far as it went. */
const UP_TO = (before: string | undefined, word: string | undefined): boolean => /^(?:up|upp)$/.test(before ?? '') && /^(?:to|till)$/.test(word ?? '');
/** Answering and waiting (stems): the time is what someone waited, or what was left lying ("pakkene ble liggende"). */
const RESPONSE = /^(?:answer|repl|respon|wait|took|svar|vent|vänt|brukte|tok|tog|tar|takes|liggende$|liggande$)/;
/**
 * "within a week", "innen en uke": a promise or a standard, not a shortfall; "in three weeks", "på tre uker":
 * how fast something was done ("tok 120 prøver på tre uker"), not how long someone waited.
 */
const WITHIN = /^(?:within|innen|innenfor|inom|innan|under|in|på)$/;

function onlyPartOf(text: readonly string[]): boolean {
  return text.some((word, i) => ONLY.test(word) && isNumber(text[i + 1]) && (PART_OF.test(text[i + 2] ?? '') || PART_OF.test(text[i + 3] ?? '')));
}

function againstTarget(text: readonly string[]): boolean {
  if (!text.some((word) => /^\d+$/.test(word))) return false;
  return text.some((word, i) => TARGET.test(word) && [1, 2, 3].some((back) => CONTRAST.test(text[i - back] ?? '')));
}

function longWait(text: readonly string[]): boolean {
  const waited = text.some((word) => RESPONSE.test(word));
  const waitedFor = text.some((word) => WAIT.test(word));
  return text.some((word, i) => {
    if (!(ANY_UNIT.test(word) || (waitedFor && YEARS.test(word))) || !isNumber(text[i - 1])) return false;
    // "within a week", "innen en uke", "inom två veckor": a promise, whatever else the sentence says; "på tre uker": a pace.
    if (WITHIN.test(text[i - 2] ?? '')) return false;
    const over = OVER.test(text[i - 2] ?? '') || OVER.test(text[i - 3] ?? '') || UP_TO(text[i - 3], text[i - 2]);
    return waited && (over || LONG_UNIT.test(word));
  });
}

/** A target or a plan ("Målet er at ingen skal vente mer enn seks måneder"): the future falls short of nothing yet. */
const FUTURE = /^(?:will|shall|skal|ska|skall|kommer)$/;

/** Whether a sentence (folded words) tells a figure that fell short: see the module comment and shortfall-events.ts. */
export function tellsShortfall(text: readonly string[]): boolean {
  if (text.some((word) => FUTURE.test(word))) return false;
  return onlyPartOf(text) || againstTarget(text) || longWait(text) || tellsShortfallEvent(text);
}

/**
 * A bad figure that fell ("minskade de oplanerade stoppen med en tredjedel", "complaints fell by half"):
 * an improvement, although "fell" and "minsk" are cues of a decline. Not when a shortfall is told too.
 */
/** How far (in words) the bad thing may stand from its fall: the one that fell, not another in the sentence. */
const NEAR = 4;

export function tellsImprovement(text: readonly string[]): boolean {
  const near = (i: number): boolean => text.slice(Math.max(0, i - NEAR), i + NEAR + 1).some(isBad);
  return text.some((word, i) => FELL.test(word) && near(i)) && !tellsShortfall(text);
}
