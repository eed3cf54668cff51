/**
 * Shortfalls told in plain figures, without a negative word: a result set against its target
 * ("99.1 per cent against a target of 99.6", "bara 91 procent …, och målet var 97"), only part of
 * a count ("bara fyra av åtta"), and a long time to answer or to wait ("snittiden for et svar er
 * 14 måneder", "brukte sju uker på å svare", "tar över 40 minuter"). Structure, not vocabulary:
 * a figure, and what it is measured against. Works on folded words (see stems.ts).
 */
import { ANY_UNIT, isNumber, LONG_UNIT, numberValue } from './figures';
import { FELL, isBad, overOwnBar, tellsShortfallEvent } from './shortfall-events';
import { WILL } from './small-words';

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
/** Answering and waiting (stems): the time is what someone waited, or what was left lying ("pakkene ble liggende"); v61: queued ("trucks queued for up to five hours", "stod i kø", "köade"). */
const RESPONSE = /^(?:answer|repl|respon|wait|took|svar|vent|vänt|brukte|tok|tog|tar|takes|liggende$|liggande$|queu|kø$|køa|køe|kö$|köa|köe)/;
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

/** How far the time may stand from the answering or the waiting it measures: "brukte sju uker på å svare", "snittiden for et svar er 14 måneder"; v63: "queued at the desk for up to 40 minutes". */
const WAIT_REACH = 8;

/** Days as many as two weeks are a long wait whatever the unit says: "väntade i snitt 19 dagar". */
const DAYS = /^(?:days|dager|dagar|døgn|dygn)$/;
const LONG_DAYS = 14;

function longWait(text: readonly string[]): boolean {
  const waitedFor = text.some((word) => WAIT.test(word));
  return text.some((word, i) => {
    if (!(ANY_UNIT.test(word) || (waitedFor && YEARS.test(word))) || !isNumber(text[i - 1])) return false;
    // "within a week", "innen en uke", "inom två veckor": a promise, whatever else the sentence says; "på tre uker": a pace.
    if (WITHIN.test(text[i - 2] ?? '')) return false;
    const over = OVER.test(text[i - 2] ?? '') || OVER.test(text[i - 3] ?? '') || UP_TO(text[i - 3], text[i - 2]);
    // The time is the answer's or the wait's, near it: "svarar i telefon … där alla nyanställda sitter en vecka" waits for nothing.
    const waited = text.slice(Math.max(0, i - WAIT_REACH), i + WAIT_REACH).some((w) => RESPONSE.test(w));
    return waited && (over || LONG_UNIT.test(word) || (DAYS.test(word) && (numberValue(text[i - 1]) ?? 0) >= LONG_DAYS));
  });
}

/** What was agreed or promised: "against the 10 percent both sides agreed", "mot de fire dagene vi lover". */
const AGREED = /^(?:agreed|promised|promise|committed|avtalt|avtalte|lovet|lover|lovte|lovat|lovar|lovade|överens|överenskomna|överenskommet|utlovade|utlovet)$/;
const AGAINST = /^(?:against|mot|versus|vs)$/;
/** How far the agreement may stand after the figure set against: "the 10 percent both sides agreed in the contract". */
const AGREED_REACH = 8;
/** How many words may name what a share is of: "percent of second shift hours". */
const MEASURED_REACH = 4;
/** A unit of time, also in its definite plural ("timene", "timmarna", "dagene"). */
const TIME_WORD = new RegExp(`${ANY_UNIT.source}|^(?:timene|timane|timmarna|dagene|dagane|dagarna|ukene|veckorna|minuttene|minuterna)$`);
/** A plural noun ends the phrase a share is of: "henvendelsene", "calls", "leveranserna". */
const PLURAL_NOUN = /^\p{L}{3,}(?:ene|ane|erna|arna|orna|s)$/u;

/**
 * An own figure against an agreed or promised one, worse than it: a time or a bad thing above it ("18 percent of the
 * hours against the 10 percent agreed", "eleven days against the four we promise"), anything else below it. Good news
 * told the same way ("99 percent of calls answered, against the 95 percent we promise") is no gap.
 */
function againstAgreed(text: readonly string[]): boolean {
  return text.some((word, i) => {
    if (!AGAINST.test(word)) return false;
    const own = text.slice(0, i).findLastIndex((w) => numberValue(w) !== undefined);
    const at = [1, 2].find((n) => numberValue(text[i + n]) !== undefined);
    if (own < 0 || at === undefined || !text.slice(i + at, i + at + AGREED_REACH).some((w) => AGREED.test(w))) return false;
    // What the own figure counts: its unit, or what a share is of, up to its noun ("18 percent of second-shift hours",
    // "97 prosent av henvendelsene samme dag" counts the enquiries, not days).
    const share = PART_OF.test(text[own + 1] ?? '');
    const measured = text.slice(own + 1, own + 1 + (share ? MEASURED_REACH + 1 : 1)).filter((w) => !PART_OF.test(w));
    const noun = measured.findIndex((w) => TIME_WORD.test(w) || isBad(w) || PLURAL_NOUN.test(w));
    const timeOrBad = noun >= 0 && (TIME_WORD.test(measured[noun]!) || isBad(measured[noun]!));
    const [mine, agreed] = [numberValue(text[own])!, numberValue(text[i + at])!];
    return timeOrBad ? mine > agreed : mine < agreed;
  });
}

/** Where the figure after "instead of", "i stedet for", "istället för", "i stället för" starts, or -1. */
function insteadOf(text: readonly string[], i: number): number {
  if (text[i] === 'instead' && text[i + 1] === 'of') return i + 2;
  if (text[i] === 'istället' && text[i + 1] === 'för') return i + 2;
  return text[i] === 'i' && /^(?:stedet|stället)$/.test(text[i + 1] ?? '') && /^(?:for|för)$/.test(text[i + 2] ?? '') ? i + 3 : -1;
}

/** A time as digits: a clock ("06:00" is two numbers) or a count of a unit of time ("41 minutes"). */
function timeAt(digits: readonly string[]): number | undefined {
  const [a, b] = digits;
  if (a === undefined || !/^\d+$/.test(a)) return undefined;
  if (b !== undefined && /^\d{2}$/.test(b)) return Number(a) + Number(b) / 60;
  return b !== undefined && ANY_UNIT.test(b) ? Number(a) : undefined;
}

/**
 * A time later or longer than the one it should have been: "after 06:00 instead of 05:00", "41 minutes instead of
 * 15". Good news told the same way ("12 minutes instead of 41", "at 04:30 instead of 05:00") is earlier or shorter.
 */
function laterThanItShould(text: readonly string[]): boolean {
  return text.some((_, i) => {
    const after = insteadOf(text, i);
    if (after < 0) return false;
    // Before "instead of": the clock or the count with its unit ("06 00", "41 minutes").
    const before = /^\d+$/.test(text[i - 1] ?? '') && /^\d+$/.test(text[i - 2] ?? '') ? timeAt([text[i - 2]!, text[i - 1]!]) : timeAt([text[i - 2] ?? '', text[i - 1] ?? '']);
    // After it, the same kind of figure: a clock, or a count whose unit may be left out ("41 minutes instead of 15").
    const then = timeAt([text[after] ?? '', text[after + 1] ?? '']) ?? numberValue(text[after]);
    return before !== undefined && then !== undefined && before > then;
  });
}

/** Reaching a target: "meet", "reach", "hit", "nådde", "nått", "klarte", "uppnådde". */
const REACH = /^(?:meet|reach|hit|achieve|make|met|reached|nådde|nådd|nått|klarte|klart|uppnådde|uppnått|oppnådde|oppnådd)$/;
const NOT = /^(?:not|never|ikke|ikkje|inte|aldri|aldrig|didn't)$/;
/** "not only met the target": more than reached. */
const ONLY_MORE = /^(?:only|just|bare|bara|endast)$/;
const MISSED = /^(?:missed|miss)$/;
/** How far the target may stand after the reaching: "did not meet our own target", "nådde vi ikke det egne målet". */
const TARGET_REACH = 4;
/**
 * A target the company did not reach, told as done: "we did not meet our own target of eight", "Vi nådde ikke målet …",
 * "nådde vi inte vårt mål", "we missed our target". No figure needed: the words say it fell short.
 */
function missedTarget(text: readonly string[]): boolean {
  return text.some((word, i) => {
    const negated = (REACH.test(word) && [1, 2].some((back) => NOT.test(text[i - back] ?? ''))) || (NOT.test(word) && REACH.test(text[i - 1] ?? '')) || (NOT.test(word) && REACH.test(text[i - 2] ?? ''));
    if ((!negated && !MISSED.test(word)) || text.slice(i - 2, i + 2).some((w) => ONLY_MORE.test(w))) return false;
    return text.slice(i + 1, i + 1 + TARGET_REACH).some((w) => TARGET.test(w));
  });
}

/** Whether a sentence (folded words) tells a figure that fell short: see the module comment and shortfall-events.ts. */
export function tellsShortfall(text: readonly string[]): boolean {
  // A target or a plan ("Målet er at ingen skal vente mer enn seks måneder"): the future falls short of nothing yet; a figure
  // told against the bar the company should keep ("dubbelt så mycket som vi ska ha") fell short of it now.
  if (overOwnBar(text)) return true;
  if (text.some((word) => WILL.test(word))) return false;
  return onlyPartOf(text) || againstTarget(text) || againstAgreed(text) || laterThanItShould(text) || longWait(text) || missedTarget(text) || tellsShortfallEvent(text);
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
