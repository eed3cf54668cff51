/**
 * Shortfalls told as events, in structure rather than in words of failure: a bad figure that rose
 * ("Reklamationerna … ökade till 3,1 procent"), a time that grew against the year before ("opptil 14
 * uker i 2026, mot seks uker året før"), a date missed by a stated time ("four months later than the date
 * we gave"), work or people turned away for want of something ("fordi vi ikke hadde nok sykepleiere"),
 * a count lost ("mistet vi 40 000 fisk"), something out of use for a stated time ("var nede i seks
 * timer"), a count down from a higher one ("61 volunteers, down from 140"), a date later than the plan,
 * something called off for lack of people, a part of a count of bad things ("Tre av stoppen berodde på …"), and a part of
 * the staff who left ("sluttet 19 av de 45").
 * Works on folded words (see stems.ts).
 */
import { ANY_UNIT, isNumber, LONG_UNIT, numberValue, YEAR_OR_MONTH } from './figures';
import { WE } from './small-words';

/** A fall (stems matched from a word's start): "minskade", "sank", "fell", "halvert". */
export const FELL = /^(?:fell|dropped|declined|reduced|halved|fewer|falt|redusert|reduserte|halvert|færre|minske|minska|sjönk|halvera|färre)/;
/** Things that are bad to have more of; a stem may end a compound ("driftsstoppen", "sjukfrånvaron"). */
const BAD = ['stopp', 'stans', 'stoppage', 'complaint', 'klage', 'klagomål', 'injur', 'skade', 'skador', 'sick', 'sykefravær',
  'sjukfrånvaro', 'downtime', 'nedetid', 'ventetid', 'väntetid', 'accident', 'ulykke', 'olyck', 'error', 'delay', 'forsinkelse',
  'försening', 'avvik', 'reklamasjon', 'reklamation', 'turnover', 'personalomsättning', 'returns', 'retur', 'leveringstid', 'leveranstid',
  // v25: a lender's loans gone bad; v48: fish or stock lost ("mortality in the sea phase rose to 14 percent").
  'arrears', 'mislighold', 'utlånstap', 'kreditförlust', 'mortality', 'dødelighet', 'dödlighet'];
// "minskade" holds "skade": a word of falling is never the bad thing itself.
export const isBad = (word: string): boolean => !FELL.test(word) && BAD.some((stem) => (stem.length >= 5 ? word.includes(stem) : word.startsWith(stem)));

/** A rise: "rose", "økte", "ökade", "har stigit". */
const ROSE = /^(?:rose|risen|increased|doubled|grew|økte|økt|steg|stigit|steget|doblet|ökade|ökat|fördubblades)$/;
/** How far (in words) a bad thing may stand before its rise: "Reklamationerna på fönster från 2024 ökade". */
const RISE_REACH = 6;

function badFigureRose(text: readonly string[]): boolean {
  if (!text.some((word) => /^\d+$/.test(word))) return false;
  return text.some((word, i) => ROSE.test(word) && text.slice(Math.max(0, i - RISE_REACH), i).some(isBad));
}

/** "mot", "against", "compared with", "jämfört med", "up from": a figure set beside another. */
const BESIDE = /^(?:mot|against|compared|versus|vs|jämfört|from|fra|från)$/;
const unitKind = (word: string): 'long' | 'short' => (LONG_UNIT.test(word) ? 'long' : 'short');

/** A time that grew: "14 uker i 2026, mot seks uker året før", "eleven days, up from four". */
function longerThanBefore(text: readonly string[]): boolean {
  const times = text.flatMap((word, i) => (ANY_UNIT.test(word) && numberValue(text[i - 1]) !== undefined ? [{ at: i, value: numberValue(text[i - 1])!, kind: unitKind(word) }] : []));
  return times.some((first, n) => {
    const second = times[n + 1];
    if (!second || second.kind !== first.kind || second.value >= first.value) return false;
    return text.slice(first.at + 1, second.at - 1).some((word) => BESIDE.test(word));
  });
}

/** "later than", "senere enn", "senare än"; or late, behind, delayed outright. */
const LATER = /^(?:later|senere|seinere|senare)$/;
const THAN = /^(?:than|enn|än)$/;
const LATE = /^(?:late|behind|forsinket|forsinka|försenad|försenat|försenade)$/;

/** What a date was set against: "later than planned", "senere enn planen", "senare än utlovat". */
const PLANNED = /^(?:plan|planned|promised|agreed|scheduled|planen|planlagt|lovet|lovt|avtalt|planerat|planerad|planen|utlovat|lovat|avtalat)$/;

/** A date missed by a stated time: "four months later than the date we gave", "tre uker forsinket", "ett år senere enn planen". */
function lateBy(text: readonly string[]): boolean {
  if (text.some((word, i) => LATER.test(word) && THAN.test(text[i + 1] ?? '') && text.slice(i + 2, i + 4).some((w) => PLANNED.test(w)))) return true;
  return text.some((word, i) => {
    if (!ANY_UNIT.test(word) || !isNumber(text[i - 1])) return false;
    const next = text[i + 1] ?? '';
    return (LATER.test(next) && THAN.test(text[i + 2] ?? '')) || LATE.test(next);
  });
}

const BECAUSE = /^(?:because|fordi|ettersom|eftersom|då|da|as)$/;
/** "because there were not enough", "eftersom det saknades", "fordi det ikke var nok": a want, whoever had it. */
const THERE = /^(?:there|det)$/;
const ENOUGH = /^(?:enough|nok|tilstrekkelig|tillräckligt|fanns|fantes|fans)$/;
const NOT = /^(?:not|didn't|ikke|ikkje|inte|icke)$/;
const HAD = /^(?:have|had|hadde|hade|har)$/;
const LACKED = /^(?:lacked|lacking|manglet|mangla|saknade|saknades|fattades)$/;
/** The next few words after "because we": "did not have", "ikke hadde", "inte hade", "manglet". */
const CAUSE_REACH = 4;

/** The company as itself: "the company", "selskapet", "bedriften", "firmaet", "företaget", "bolaget". */
const OWN_COMPANY = /^(?:company|firm|selskapet|bedriften|firmaet|foretaket|företaget|bolaget|firman)$/;
/** "for lack of", "for want of", "i mangel på", "av mangel på", "i brist på": called off or turned away for want of it. */
const LACK = /^(?:lack|want|mangel|brist)$/;
const FOR_LACK = /^(?:for|i|av|pga)$/;
const LACK_OF = /^(?:of|på|av)$/;

/** Something turned away or lost for want of something: "fordi vi ikke hadde maskintid", "because we lacked staff". */
function forWantOf(text: readonly string[]): boolean {
  if (text.some((word, i) => LACK.test(word) && FOR_LACK.test(text[i - 1] ?? '') && LACK_OF.test(text[i + 1] ?? ''))) return true;
  return text.some((word, i) => {
    if (!BECAUSE.test(word)) return false;
    const after = text.slice(i + 2, i + 2 + CAUSE_REACH);
    if (THERE.test(text[i + 1] ?? '')) return after.some((w) => LACKED.test(w)) || (after.some((w) => NOT.test(w)) && after.some((w) => ENOUGH.test(w)));
    // "because we did not have", and the company named as itself: "fordi selskapet ikke hadde sjåfører på vakt".
    const own = WE.test(text[i + 1] ?? '') ? 0 : OWN_COMPANY.test(text[i + 1] ?? '') ? 0 : text[i + 1] === 'the' && OWN_COMPANY.test(text[i + 2] ?? '') ? 1 : -1;
    if (own < 0) return false;
    const told = text.slice(i + 2 + own, i + 2 + own + CAUSE_REACH);
    return told.some((w) => LACKED.test(w)) || (told.some((w) => NOT.test(w)) && told.some((w) => HAD.test(w)));
  });
}

/** Out of use: "unavailable", "nede", "utilgjengelig", "otillgänglig", "stengt", "stängd"; "stood still" ("stod still", "sto stille"). */
const OUT = /^(?:unavailable|offline|down|closed|nede|utilgjengelig|utilgjengeleg|stengt|otillgänglig|otillgängligt|stängd|stängt|nere)$/;
const STILL = /^(?:still|idle|stille)$/;
const STOOD = /^(?:stood|sto|stod|stått)$/;
const outAt = (text: readonly string[], i: number): boolean => OUT.test(text[i] ?? '') || (STILL.test(text[i] ?? '') && text.slice(Math.max(0, i - 4), i).some((w) => STOOD.test(w)));
const FOR = /^(?:for|i|in|under|on|på)$/;
/** v51: "Our online booking system crashed on three days in January": a system's breakdown, told as done, needs no "was". */
const CRASHED = /^(?:crashed|krasjet|krasjer|krasja|kraschade|kraschat|havererte|havererade)$/;
/** How far the time may stand after the word of being out: "unavailable to pharmacies for three hours". */
const OUT_REACH = 4;

/** It was, not it is: "was unavailable", "var nede", "ble stengt"; "is closed on Sundays" is opening hours. */
const WAS = /^(?:was|were|been|var|ble|blei|blev|vart|lå|låg)$/;

/** Something out of use for a stated time: "was unavailable … for three hours", "var nede i seks timer". */
function outFor(text: readonly string[]): boolean {
  return text.some((word, i) => {
    const stood = (STILL.test(word) && outAt(text, i)) || CRASHED.test(word);
    if (!stood && (!OUT.test(word) || !text.slice(Math.max(0, i - 2), i).some((w) => WAS.test(w)))) return false;
    return text.slice(i + 1, i + 1 + OUT_REACH).some((w, n) => FOR.test(w) && isNumber(text[i + n + 2]) && ANY_UNIT.test(text[i + n + 3] ?? ''));
  });
}

const LOST = /^(?:lost|mistet|mista|miste|tapte|förlorade|tappade)$/;
const PRONOUN = /^(?:we|vi|they|de|dei|the|us|oss)$/;

/** A count lost: "I 2019 mistet vi 40 000 fisk", "we lost 300 customers". */
function lostCount(text: readonly string[]): boolean {
  return text.some((word, i) => {
    if (!LOST.test(word)) return false;
    const at = PRONOUN.test(text[i + 1] ?? '') ? i + 2 : i + 1;
    return /^\d+$/.test(text[at] ?? '');
  });
}

/** "down from", "ned fra", "ner från": a count set beside a higher one before it. */
const DOWN = /^(?:down|ned|ner)$/;
/** How far the earlier count may stand after the word of falling: "down from 140", "ned fra over 140". */
const DOWN_REACH = 3;

/** A count that fell, of anything not bad to have fewer of: "61 regular volunteers, down from 140", "ned fra 30 i fjor". */
function countFellFrom(text: readonly string[]): boolean {
  return text.some((word, i) => {
    if (!DOWN.test(word) || !/^(?:from|fra|från)$/.test(text[i + 1] ?? '')) return false;
    const before = text.slice(Math.max(0, i - 4), i).map(numberValue).filter((v): v is number => v !== undefined);
    const earlier = text.slice(i + 2, i + 2 + DOWN_REACH).map(numberValue).find((v) => v !== undefined);
    // "Complaints were down to 12, down from 40": fewer of a bad thing anywhere in the sentence is an improvement.
    return before.length > 0 && earlier !== undefined && earlier > before[before.length - 1]! && !text.some(isBad);
  });
}

/** "Tre av stoppen berodde på …", "Two of the outages …", "Halvparten av klagene gjaldt …": a part of a count of bad things, told. */
function partOfBadCount(text: readonly string[]): boolean {
  return text.some((word, i) => {
    if (!isNumber(word) || !/^(?:of|av)$/.test(text[i + 1] ?? '')) return false;
    const thing = text[i + 2] === 'the' || text[i + 2] === 'these' ? text[i + 3] : text[i + 2];
    return thing !== undefined && isBad(thing);
  });
}

/** Losing or failing, negated, is good news: "we did not lose one of our 40 customers". */
const NEGATED_GOOD = /^(?:lose|lost|mistet|miste|tapte|tape|förlorade|förlora|missed|miss|fail|failed|forgot|glemte|glömde|skadet|skadde)$/;
/** How far the part may stand after "not": "did not manage to get 11 of 160". */
const PART_REACH = 5;

/**
 * A part of a whole the company did not get done, told by itself: "Vi rakk ikke 11 av 160 bestillinger", "We did not
 * deliver 14 of the 200 orders on time", "Vi hann inte med 9 av 120 ärenden". Not a loss negated ("Vi mistet ikke én av
 * de 40 kundene"), nor a part of the reader's.
 */
function partNotDone(text: readonly string[]): boolean {
  if (!WE.test(text[0] ?? '') || text.some((w) => NEGATED_GOOD.test(w))) return false;
  const not = text.findIndex((w, i) => i > 0 && i <= 3 && NOT.test(w));
  if (not < 0) return false;
  return text.slice(not + 1, not + 1 + PART_REACH).some((word, n) => {
    const at = not + 1 + n;
    if (!/^(?:of|av)$/.test(text[at + 1] ?? '')) return false;
    const whole = numberValue(text[at + 2] === 'the' || text[at + 2] === 'de' ? text[at + 3] : text[at + 2]);
    const part = numberValue(word);
    return part !== undefined && whole !== undefined && part < whole;
  });
}

/** Leaving a job: "sluttet", "slutade", "quit", "resigned"; not stopping a doing ("sluttet å bruke", "slutade att"). */
const LEFT_JOB = /^(?:quit|resigned|sluttet|slutta|slutade|slutat)$/;

/** "I fjor sluttet 19 av de 45 som jobbet her", "12 of the 40 seasonal staff quit": a part of the staff who left, told in figures. */
function partLeft(text: readonly string[]): boolean {
  if (!text.some((w, i) => LEFT_JOB.test(w) && !text.slice(i + 1, i + 3).some((next) => /^(?:å|att|to)$|ing$/.test(next)))) return false;
  return text.some((word, i) => {
    if (!/^\d+$/.test(word) || !/^(?:of|av)$/.test(text[i + 1] ?? '')) return false;
    const whole = /^(?:the|de|our|våre|våra)$/.test(text[i + 2] ?? '') ? text[i + 3] : text[i + 2];
    return /^\d+$/.test(whole ?? '') && Number(word) < Number(whole);
  });
}

/** What was lost or called off: "3 400 fish escaped", "23 bookings were refunded", "14 avganger ble innstilt", "rymde". */
const CALLED_OFF = /^(?:escaped|refunded|cancelled|canceled|rømte|rømt|rymde|rymt|avlyst|avlyste|innstilt|innstilte|refundert|refunderte|återbetalade|återbetalda|inställda|inställdes)$/;

/** v48: a count lost or called off, the count a few words before: "3 400 fish escaped", "23 bookings were refunded after …". */
function countCalledOff(text: readonly string[]): boolean {
  return text.some((word, i) => CALLED_OFF.test(word) && text.slice(Math.max(0, i - 4), i).some((w) => /^\d+$/.test(w) && !YEAR_OR_MONTH.test(w)));
}

/** "dubbelt så", "dobbelt så", "twice", "three times": a measure set against the bar it should keep. */
const TIMES = /^(?:dubbelt|dobbelt|twice|double|tre|three)$/;
const BAR = /^(?:ska|skal|should|target|målet|bör|bør)$/;

/** v48: a figure above the company's own bar: "… låg på fyra procent, och det är dubbelt så mycket som vi ska ha", "twice as high as it should be". */
export function overOwnBar(text: readonly string[]): boolean {
  return text.some((word, i) => {
    if (!TIMES.test(word)) return false;
    // "dubbelt så mycket som", "tre ganger så høy som", "twice as high as": not "tre lærlinger som skal …".
    const so = /^(?:ganger|gånger|times)$/.test(text[i + 1] ?? '') ? i + 2 : i + 1;
    if (!/^(?:så|as)$/.test(text[so] ?? '')) return false;
    const than = text.slice(so + 2, so + 4).findIndex((w) => /^(?:som|as|enn|än)$/.test(w));
    return than >= 0 && text.slice(so + than + 3, so + than + 7).some((b) => BAR.test(b));
  });
}

/** Whether a sentence (folded words) tells a shortfall as an event: see the module comment. */
export function tellsShortfallEvent(text: readonly string[]): boolean {
  return countFellFrom(text) || partOfBadCount(text) || badFigureRose(text) || longerThanBefore(text) || lateBy(text) || forWantOf(text) || lostCount(text) || outFor(text) || partNotDone(text) || partLeft(text) || countCalledOff(text) || lostDeal(text);
}

/** What a business wins and can lose: a contract, an order, a customer, an award (stems). */
const DEAL = /^(?:contract|order|customer|client|account|tender|award|kontrakt|ordre|kunde|kund|avtal|anbud|anbod|utmärkelse)/;
/** … or a compound that ends in one: "leverantörsutmärkelse", "rammeavtale", "serviceavtalet". */
const DEAL_END = /(?:kontrakt|avtal|avtale|utmärkelse)(?:en|et|er|ar|na|ne)?$/;
const NEVER = /^(?:never|aldri|aldrig|no)$/;
/** v62: "the company lost two supermarket contracts in 2025 after repeated late deliveries", "Vi tappade också en leverantörsutmärkelse …"; not "Vi mistet ikke en eneste kunde". */
function lostDeal(text: readonly string[]): boolean {
  return text.some((w, i) => LOST.test(w) && ![text[i - 1], text[i - 2], text[i + 1]].some((v) => NOT.test(v ?? '') || NEVER.test(v ?? '')) && text.slice(i + 1, i + 5).some((v) => DEAL.test(v) || DEAL_END.test(v)));
}
