/**
 * Shortfalls told as how the work went, in figures but without a target's word: help that came a stated time after
 * the incident ("reached the care homes nine hours after the burst"), a share of the shifts covered by hired-in staff
 * ("Hver fjerde vakt … ble dekket av innleide fra bemanningsbyrå"), a part of the checks found done at an audit ("Vid
 * revisionen var 26 av 40 kontrollpunkter signerade"), a task done less often than the own routine says ("loggades
 * var fjärde timme, medan vår egen rutin säger varje timme"), people told or alerted late ("was alerted after 50
 * minutes"), a share that came late ("var tionde order … först efter julhandeln"), and a working week far past the norm
 * ("52 timmar i veckan"). Structure, not one page's words. Works on folded words (see stems.ts).
 */
import { isNumber, numberValue } from './figures';
import { FROM, WILL } from './small-words';

/** "hours", "days", "weeks" (and their nb/sv forms): long enough that help arriving after them came late. */
const HOURS = /^(?:hours?|timer|timar|timmar|timme|time)$/;
const DAYS = /^(?:days?|weeks?|dager|dagar|døgn|dygn|uker|veckor)$/;
/** Fewer hours than this after an incident may be a fast answer ("two hours after the alarm the fire was out"). */
const MIN_HOURS = 3;
const AFTER = /^(?:after|etter|efter)$/;
/** "within", "already", "only": the time is a promise or a boast, not a delay. */
const FAST = /^(?:within|innen|innenfor|inom|innan|already|allerede|redan|only|just|bare|kun|bara|endast|under)$/;
/** The incident, named with its article or in its definite form: "the burst", "bruddet", "läckan", "the storm". */
const INCIDENT = /^(?:burst|outage|failure|breakdown|fire|flood|storm|accident|leak|collapse|alarm|incident|crash|explosion|derailment|landslide|blackout|skredet|strømbruddet|strömavbrottet|bruddet|brannen|flommen|stormen|uværet|ulykken|lekkasjen|raset|alarmen|hendelsen|avbruddet|utfallet|havariet|uhellet|eksplosjonen|brottet|läckan|branden|översvämningen|ovädret|olyckan|larmet|händelsen|avbrottet|haveriet|explosionen|kraschen)$/;
const ARTICLE = /^(?:the|this|that|den|det|denne|detta)$/;
const DURING = /^(?:for|i|in|under|during)$/;

/** "nine hours after the burst", "två dygn efter läckan", "fem timer etter bruddet". */
function lateAfterIncident(text: readonly string[]): boolean {
  return text.some((word, i) => {
    if (!AFTER.test(word)) return false;
    const unit = text[i - 1] ?? '';
    const value = numberValue(text[i - 2]);
    if (value === undefined || !(DAYS.test(unit) || (HOURS.test(unit) && value >= MIN_HOURS))) return false;
    if (FAST.test(text[i - 3] ?? '') || FAST.test(text[i - 4] ?? '')) return false;
    // "var stengt i tre uker etter flommen", "closed for three weeks after the flood": how long it lasted, not how late help came.
    if (DURING.test(text[i - 3] ?? '')) return false;
    const next = ARTICLE.test(text[i + 1] ?? '') ? text[i + 2] : text[i + 1];
    return INCIDENT.test(next ?? '');
  });
}

/** "every", "hver", "var", "varje": a share or an interval ("hver fjerde vakt", "var fjärde timme", "every third shift"). */
const EVERY = /^(?:every|each|hver|hvert|hvar|var|vart|varje)$/;
const ORDINALS: Record<string, number> = {
  other: 2, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, tenth: 10, annen: 2, andre: 2, tredje: 3, fjerde: 4, femte: 5, sjette: 6, tiende: 10,
  andra: 2, fjärde: 4, sjätte: 6, tionde: 10,
};
/** Every other one in one word: "annenhver vakt", "annakvar vakt", "varannan natt". */
const ALTERNATE = /^(?:annenhver|annethvert|annakvar|varannan|vartannat)$/;
/** A share at word i: "every fourth", "hver fjerde", "var tredje", "every other", "annenhver", "varannan". */
const shareAt = (text: readonly string[], i: number): boolean => (EVERY.test(text[i] ?? '') && (text[i + 1] ?? '') in ORDINALS) || ALTERNATE.test(text[i] ?? '');
/** "Every fourth shift …", "Hver fjerde vakt …", "Var tredje pass …": a share of a count, not a habit of every one. */
export const opensWithShare = (text: readonly string[]): boolean => shareAt(text, 0);

/** The staff hired in for the shift: agency staff, temps, "innleide", "bemanningsbyrå", "inhyrda", "vikarier". */
const HIRED_IN = /^(?:agency|temps|innleid|innleide|bemanningsbyr|bemanningsfor|bemanningsför|vikarbyr|inhyrd|inhyrda|bemanningsföretag|timanställd|timeansatt|tilkallingsvikar|ringevikar|behovsanställd)/;
/** Alone on duty: "ensam i tjänst", "alene på vakt", "alone on the night shift", "single-handed". */
const ALONE = /^(?:alone|ensam|alene|aleine|einsam)$/;
/** What they covered: shifts, hours, nights, "vakter", "pass", "skift". */
const SHIFTS = /^(?:shifts?|hours|nights|vakt|vakter|vaktene|vakten|nattevakter|skift|skiftene|skiften|pass|passen|nattpass|timer|timene|timmar|timmarna|netter|nätter)$/;
const ONLY = /^(?:only|just|bare|kun|bara|endast)$/;
const PER = /^(?:percent|prosent|procent|of|av)$/;

/**
 * "Hver fjerde vakt … ble dekket av innleide", "30 percent of the shifts were covered by agency staff", "ensam i tjänst
 * … 140 nätter", "arbetade ensam 6 av 14 nattpass": a staffing gap, told as a share or a count of the shifts.
 */
function shiftsHiredIn(text: readonly string[]): boolean {
  const staffed = text.some((w) => HIRED_IN.test(w) || ALONE.test(w));
  if (!staffed || !text.some((w) => SHIFTS.test(w)) || text.some((w) => ONLY.test(w))) return false;
  return text.some(
    (word, i) =>
      shareAt(text, i) ||
      (isNumber(word) && PER.test(text[i + 1] ?? '')) ||
      // A count of shifts or nights worked so: "140 nätter", "12 nights".
      (/^\d+$/.test(word) && SHIFTS.test(text[i + 1] ?? '') && text.some((w) => ALONE.test(w))),
  );
}

/** An audit, an inspection, a review: what it found counted is the state of the work. */
const AUDIT = /^(?:audit|inspection|review|revisionen|revisjonen|revisjon|revision|tilsynet|tilsyn|inspektionen|inspeksjonen|granskningen|granskingen|kontrollen|gjennomgangen|genomgången)$/;
const PART_OF = /^(?:of|av|out)$/;

/** "Vid revisionen var 26 av 40 kontrollpunkter signerade", "the audit found 12 of 30 checks signed": a part, not all. */
function partAtAudit(text: readonly string[]): boolean {
  const audit = text.findIndex((w) => AUDIT.test(w));
  if (audit < 0) return false;
  return text.some((word, i) => {
    if (i < audit || !PART_OF.test(text[i + 1] ?? '')) return false;
    const at = text[i + 1] === 'out' && text[i + 2] === 'of' ? i + 3 : i + 2;
    const [part, whole] = [numberValue(word), numberValue(text[at])];
    return part !== undefined && whole !== undefined && part > 0 && part < whole;
  });
}

/** A task's interval: "every fourth hour" is 4, "every 4 hours" 4, "varje timme" 1. */
const UNIT = /^(?:hours?|days?|weeks?|time|timer|timme|timmar|dag|dager|dagar|døgn|dygn|uke|uker|vecka|veckor|shift|skift|vakt|pass)$/;
function intervalAt(text: readonly string[], i: number): number | undefined {
  if (ALTERNATE.test(text[i] ?? '')) return UNIT.test(text[i + 1] ?? '') ? 2 : undefined;
  if (!EVERY.test(text[i] ?? '')) return undefined;
  const next = text[i + 1] ?? '';
  if (UNIT.test(next)) return 1;
  const value = ORDINALS[next] ?? numberValue(next);
  return value !== undefined && UNIT.test(text[i + 2] ?? '') ? value : undefined;
}
const BESIDE = /^(?:while|whereas|but|against|mens|men|mot|medan)$/;
/** The own routine or a requirement: what the interval should be. */
const ROUTINE = /^(?:routine|procedure|standard|requirement|requires|rules?|rutine|rutinen|rutin|rutinerna|prosedyre|prosedyren|krav|kravet|krever|kräver|standarden|instruks|instruksen|instruktionen|reglene|reglerna|should|skulle|bør|borde|ska|skal)$/;

/** "loggades var fjärde timme, medan vår egen rutin säger varje timme": done less often than the own routine says. */
function lessOftenThanRoutine(text: readonly string[]): boolean {
  return text.some((word, i) => {
    if (!BESIDE.test(word)) return false;
    const own = text.slice(0, i).map((_, n) => intervalAt(text, n)).findLast((v) => v !== undefined);
    const rest = text.slice(i + 1);
    const ruled = rest.findIndex((w) => ROUTINE.test(w));
    if (own === undefined || ruled < 0) return false;
    const bar = rest.map((_, n) => (n > ruled ? intervalAt(rest, n) : undefined)).find((v) => v !== undefined);
    return bar !== undefined && own > bar;
  });
}

/** Told or alerted: "was alerted", "varslet", "fikk vite", "larmades", "underrättades", "found out", "noticed". */
const NOTICE = /^(?:alerted|notified|informed|told|warned|noticed|varslet|varsla|varslede|informert|informerte|oppdaget|vite|larmades|larmad|informerades|underrättades|meddelades|upptäcktes|veta)$/;
const MINUTES = /^(?:minutes?|minutter|minuter)$/;
/** Half an hour before anyone was told is late, in minutes; any count of hours or days is. */
const LATE_MINUTES = 30;
const TOOK = /^(?:took|passed|went|gikk|gjekk|tok|gick|tog|dröjde|varte)$/;

/** A time told in its unit: minutes from half an hour, hours, days and weeks at any count. */
function lateTime(value: number | undefined, unit: string | undefined): boolean {
  if (value === undefined || unit === undefined) return false;
  return (MINUTES.test(unit) && value >= LATE_MINUTES) || HOURS.test(unit) || DAYS.test(unit);
}

/** "was alerted after 40 minutes", "Det gikk tre døgn fra rømmingen ble oppdaget til publikum fikk vite": told late. */
function toldLate(text: readonly string[]): boolean {
  if (!text.some((w) => NOTICE.test(w))) return false;
  return text.some((word, i) => {
    if (FAST.test(text[i - 1] ?? '')) return false;
    const after = AFTER.test(word) && lateTime(numberValue(text[i + 1]), text[i + 2]);
    const took = TOOK.test(word) && lateTime(numberValue(text[i + 1]), text[i + 2]) && FROM.test(text[i + 3] ?? '');
    return after || took;
  });
}

/** "först efter", "først etter", "only after", "not until", "ikke før", "inte förrän": later than it should be. */
const LATE = (text: readonly string[], i: number): boolean =>
  (/^(?:först|først|only)$/.test(text[i] ?? '') && AFTER.test(text[i + 1] ?? '')) ||
  (/^(?:not|ikke|inte)$/.test(text[i] ?? '') && /^(?:until|før|förrän)$/.test(text[i + 1] ?? ''));

/** "Ungefär var tionde order … levererades först efter julhandeln": a share that came late. */
function shareLate(text: readonly string[]): boolean {
  const share = text.some((word, i) => shareAt(text, i) || (isNumber(word) && PER.test(text[i + 1] ?? '')));
  return share && text.some((_, i) => LATE(text, i));
}

/** "a week", "i veckan", "i uka", "per week": hours worked each week. */
const WEEK = /^(?:week|veckan|vecka|uka|uken|uke|veka)$/;
/** More hours a week than any full-time norm in the three countries (37.5 to 40). */
const LONG_WEEK = 45;

/** "jobbade vi i snitt 48 timmar i veckan", "worked 52 hours a week": a working week far past the norm. */
function longWeeks(text: readonly string[]): boolean {
  return text.some((word, i) => HOURS.test(word) && (numberValue(text[i - 1]) ?? 0) >= LONG_WEEK && /^(?:a|i|per|in|each|every|om)$/.test(text[i + 1] ?? '') && WEEK.test(text[i + 2] ?? ''));
}

/** Whether a sentence (folded words) tells a gap in how the work went: see the module comment. */
export function tellsGapInPractice(text: readonly string[]): boolean {
  // The routine's own "ska" stands after the contrast; anything else told ahead falls short of nothing yet.
  if (lessOftenThanRoutine(text)) return true;
  if (text.some((word) => WILL.test(word))) return false;
  return lateAfterIncident(text) || shiftsHiredIn(text) || partAtAudit(text) || toldLate(text) || shareLate(text) || longWeeks(text);
}
