/**
 * A plan told in the present, in folded words (see stems.ts): the time ahead first and a present doing
 * word after it ("Under 2027 anställer vi tio personer", "Fra 2027 åpner vi …"), or an English progressive
 * with a year ("Thistlebank are adding a third canning line … during 2027"), or a time ahead inside the sentence
 * with a plan's doing word ("A new sash line opens in March 2027 …", "Myndigheten anställer … under 2027", a present passive a few
 * words before it: "Maskinen tas i drift i augusti 2027"), or a modal with a season ahead ("Vi ska anställa … före sommaren"). Any doing word, not a list:
 * a past one ("I 2019 mistet vi …", "In 2019 we were adding …") is history.
 */
import { MONTH } from './figures';
import { AND, SWEDISH_PAST } from './small-words';

const YEAR = /^20\d{2}$/;
/** Words that set a time before the year: "i", "under", "fra", "från", "in", "during", "from". */
const AT = /^(?:i|under|fra|från|fram|innen|senast|senest|till|in|during|from|by)$/;
const SEASON = /^(?:våren|sommeren|høsten|vinteren|sommaren|hösten|vintern|spring|summer|autumn|fall|winter)$/;
/** A season of the work or a school's or a budget's year, named before its year: "Till säsongen 2027", "Till höstterminen 2027", "fra skoleåret 2027". */
const TERM = /^(?:säsongen|sesongen|season|\p{L}*terminen|\p{L}*semesteret|\p{L}*semestret|skoleåret|skolåret|läsåret|budsjettåret|budgetåret|verksamhetsåret|regnskapsåret|räkenskapsåret)$/u;
/** Auxiliaries and "have": "I 2026 har vi …" tells what was done; a preposition in -r ("i 2012 etter ti år", "in 2019 after") is no doing word. */
const NOT_PRESENT_DOING = /^(?:har|hadde|hade|er|är|var|blir|blev|ble|vil|vill|skal|ska|kan|må|måste|fikk|fick|etter|efter|after|under|over|for|før|för|per|hver|hvor|der|där|når|när|mer|fler|or|our|their|her|ever|never|together)$/;
/** A present doing word in Bokmål and Swedish ends in -r ("åpner", "anställer", "bygger", "flyttar"). */
const PRESENT = /^\p{L}+r$/u;
/** "are adding", "we're moving": a plural or "we"; "is finding success … in 2017" is as often news of the past. */
const PROGRESSIVE = /^(?:are|we're|they're)$/;

// A date before the year ("Fra 1. januar 2027", "Från den 1 mars 2027", "From 1 April 2027") reads its month by MONTH (figures.ts).
/** From a date on, a state is a plan too: "Fra 1. januar 2027 er det alltid to på vakt". */
const FROM = /^(?:fra|från|from)$/;
const STATE = /^(?:er|är|blir|is|are)$/;

/** A part of a year and its ordinal: "första halvåret", "tredje kvartal", "the first half of". */
const PART = /^(?:halvåret|halvår|kvartalet|kvartal|tertialet|tertial|half|quarter)$/;
const ORDINAL = /^(?:första|første|förste|andra|andre|tredje|fjärde|fjerde|sista|siste|the|first|second|third|fourth|last)$/;

/** Whether the year at `at` is the first of a span of two ("2026/27", "2026–2027"): its next word is the next year. */
const spanEnds = (text: readonly string[], at: number): boolean => {
  const next = text[at + 1] ?? '';
  return /^(?:\d{2}|20\d{2})$/.test(next) && Number(next) % 100 === (Number(text[at]) + 1) % 100;
};

/** Whether a sentence opens with a time ahead (a year, or a season with its year), and where the time ends. */
function openingTime(text: readonly string[]): number {
  if (AT.test(text[0] ?? '') && YEAR.test(text[1] ?? '')) return 2;
  const day = text[1] === 'den' ? 2 : 1;
  if (AT.test(text[0] ?? '') && /^\d{1,2}$/.test(text[day] ?? '') && MONTH.test(text[day + 1] ?? '') && YEAR.test(text[day + 2] ?? '')) return day + 3;
  if (SEASON.test(text[0] ?? '') && YEAR.test(text[1] ?? '')) return 2;
  if (TERM.test(text[0] ?? '') && YEAR.test(text[1] ?? '')) return 2 + (spanEnds(text, 1) ? 1 : 0);
  if (AT.test(text[0] ?? '') && SEASON.test(text[1] ?? '') && YEAR.test(text[2] ?? '')) return 3;
  // "Til sesongen 2027" too: Bokmål's "til" opens a term's time, where before a bare year it may end a span; a school's or a
  // budget's year written as its span ("Läsåret 2026/27", "skoleåret 2026–2027") ends after its second year.
  if ((AT.test(text[0] ?? '') || text[0] === 'til') && TERM.test(text[1] ?? '') && YEAR.test(text[2] ?? '')) return 3 + (spanEnds(text, 2) ? 1 : 0);
  // From a day of a month without its year: "From 14 December the upgrade moves …", "Fra 1. mars åpner vi …".
  if (FROM.test(text[0] ?? '') && /^\d{1,2}$/.test(text[day] ?? '') && MONTH.test(text[day + 1] ?? '') && !YEAR.test(text[day + 2] ?? '')) return day + 2;
  // "Under första halvåret 2027", "I tredje kvartal 2027", "In the first half of 2027": a part of a year ahead.
  const part = [2, 3].find((k) => AT.test(text[0] ?? '') && PART.test(text[k] ?? '') && text.slice(1, k).every((w) => ORDINAL.test(w)));
  if (part !== undefined) {
    const year = text[part + 1] === 'of' ? part + 2 : part + 1;
    if (YEAR.test(text[year] ?? '')) return year + 1;
  }
  return -1;
}

/**
 * Whether a sentence tells a plan in the present: see the module comment. Its raw text tells whether the
 * time is set off by a comma ("In 2013, Senator …": English, where a word in -r is no verb).
 */
export function tellsPresentPlan(sentence: string, text: readonly string[]): boolean {
  if (opensWithPlan(sentence, text)) return true;
  if (timeAheadWithin(text)) return true;
  // v54: "Avdelingen flytter våren 2027 inn i et nytt bygg": a Bokmål or Swedish present doing word, right before a season and its year.
  if (text.some((w, i) => i > 0 && SEASON.test(w) && YEAR.test(text[i + 1] ?? '') && PRESENT.test(text[i - 1]!) && !NOT_PRESENT_DOING.test(text[i - 1]!) && !EN_SEASON.test(w))) return true;
  // "are adding … during 2027": a progressive, then a year with its preposition.
  const progressive = text.findIndex((word, i) => PROGRESSIVE.test(word) && /^\p{L}{3,}ing$/u.test(text[i + 1] ?? ''));
  return progressive >= 0 && text.some((word, i) => i > progressive && YEAR.test(word) && AT.test(text[i - 1] ?? ''));
}

/**
 * A sentence that opens with a time ahead and a present doing word after it ("Till säsongen 2027 tecknar vi …",
 * "From 14 December the upgrade moves …"): all of it is the plan, a figure set against a goal in it too. `states` false
 * leaves out a state from a time on ("Från 2024 är endast fyra av tio kvar" may tell how things have stood since).
 */
export function opensWithPlan(sentence: string, text: readonly string[], states = true): boolean {
  const after = openingTime(text);
  if (after > 0 && !/^[^,]{0,30}\d{4},/u.test(sentence.trim())) {
    const verb = text[after] ?? '';
    if (PRESENT.test(verb) && !NOT_PRESENT_DOING.test(verb)) return true;
    // English puts the subject first: "From 1 June 2027 the depot is open …".
    if (states && FROM.test(text[0] ?? '') && (STATE.test(verb) || text.slice(after + 1, after + 4).some((w) => /^(?:is|are)$/.test(w)))) return true;
    // … or with a present doing word of its own: "From 14 December the telemetry upgrade moves …".
    if (FROM.test(text[0] ?? '') && /^(?:the|our|all|every)$/.test(verb) && text.slice(after + 1, after + 4).some((w, n, next) => EN_PRESENT.test(w) && !NOT_EN_PRESENT.test(w) && n > 0 && !/^\d+$/.test(next[n - 1]!))) return true;
  }
  return false;
}

/** "will", "skal", "ska", "kommer att": a plan said with a modal, wherever its time stands. */
const MODAL = /^(?:will|shall|skal|ska)$/;
const KOMMER = (word: string, next: string | undefined): boolean => word === 'kommer' && /^(?:att|til)$/.test(next ?? '');
/** An English present doing word just before its time: "A new line opens in March 2027". */
const EN_PRESENT = /^\p{L}{3,}s$/u;
const NOT_EN_PRESENT = /^(?:is|was|has|its|this|us|plus|years|months|weeks|days|sales|results|figures|numbers)$/;
const ENGLISH = /^(?:the|and|of|with|a|an|our|we|will|in|after|from|is|are)$/;
/** Told as done: "was", "ble", "were opened in 2019". */
const DONE = /^(?:was|were|had|ble|blei|blev|vart|hadde|hade)$/;
/** An English past of its own ("Shipyards saw fewer orders in 2025"), history unless a modal tells the plan ("The crew that grew … will move …"). */
const EN_PAST = /^(?:saw|got|took|fell|rose|grew|became)$/;
/** "be" before a participle: "ska vara uppdaterade", "blir tillsatta". */
const TO_BE = /^(?:vara|være|bli|blir|är|er)$/;

/**
 * Words that set a date inside a sentence, beside those of `AT`: "on 1 April 2027", "over Easter 2027", "before June 2027",
 * "på nyåret 2027"; and the span "between February and June 2027", "mellom mars og mai 2027", "mellan april och juni 2027".
 */
const ON = /^(?:on|over|before|until|through|på|før|före|innan|etter|efter)$/;
const BETWEEN = /^(?:between|mellom|mellan)$/;
/** A holiday named before its year: "Easter 2027", "påsken 2027", "julen 2026" (a season inside a sentence is left to the cue pairs). */
const HOLIDAY = /^(?:easter|christmas|påske|påsken|påsk|jul|julen|nyåret)$/;

/**
 * Where each time ahead inside a sentence starts and ends: "in March 2027", "från den 1 februari 2027", "under 2027",
 * "on 1 April 2027", "over Easter 2027", "between February and June 2027".
 */
function timesAhead(text: readonly string[]): Array<{ start: number; end: number }> {
  return text.flatMap((word, i) => {
    if (!YEAR.test(word)) return [];
    let at = i - 1;
    // "by fall 2027" reads as a month does (a Nordic season inside a sentence is left to the cue pairs: "till våren 2028").
    if (MONTH.test(text[at] ?? '') || HOLIDAY.test(text[at] ?? '') || EN_SEASON.test(text[at] ?? '')) at--;
    if (/^\d{1,2}$/.test(text[at] ?? '')) at--;
    if (text[at] === 'den' || text[at] === 'the') at--;
    // "between February and June 2027", "between 2027 and 2029": the span's first month or year and its word stand before "and".
    if (AND.test(text[at] ?? '') && (MONTH.test(text[at - 1] ?? '') || YEAR.test(text[at - 1] ?? '')) && BETWEEN.test(text[at - 2] ?? '')) return [{ start: at - 2, end: i + 1 }];
    // "before the end of January 2027", "innen utgangen av 2027", "före slutet av 2027": the end of a time ahead.
    if (/^(?:of|av)$/.test(text[at] ?? '') && /^(?:end|utgangen|slutten|utgången|slutet)$/.test(text[at - 1] ?? '')) at -= 2 + (text[at - 2] === 'the' ? 1 : 0);
    if (at >= 0 && at < i - 1 && ON.test(text[at]!)) return [{ start: at, end: i + 1 }];
    // "i løpet av 2027", "in the course of 2027": the preposition stands before the phrase.
    if (/^(?:av|of)$/.test(text[at] ?? '') && /^(?:løpet|course)$/.test(text[at - 1] ?? '')) at -= 2 + (text[at - 2] === 'the' ? 1 : 0);
    // "in the first half of 2027", "during the third quarter of 2027": a part of the year, its ordinal and "the" before it.
    if (text[at] === 'of' && PART.test(text[at - 1] ?? '') && ORDINAL.test(text[at - 2] ?? '')) at -= 3 + (text[at - 3] === 'the' ? 1 : 0);
    // "under andra kvartalet 2027", "i første halvår 2027": the Nordic part of the year stands right before it.
    else if (PART.test(text[at] ?? '') && ORDINAL.test(text[at - 1] ?? '')) at -= 2;
    return at >= 0 && AT.test(text[at]!) ? [{ start: at, end: i + 1 }] : [];
  });
}

const EN_SEASON = /^(?:spring|summer|autumn|fall|winter)$/;
/** A day of the month: "15", "1". */
const DAY = /^(?:[1-9]|[12]\d|3[01])$/;
/** A month alone is a plan's time from or by it ("from April", "fra mai", "senast i mars" reads "i"), not "in July", which as often tells the past. */
const FROM_OR_BY = /^(?:from|fra|från|by|innen|senast|senest|until|till|før|före|before)$/;
/** Small words of Bokmål and Swedish: a date with no word before it is a step only in a sentence of theirs, not in a title ("…, closes 12 January 2027"). */
const NORDIC = /^(?:og|och|i|på|med|av|for|för|til|till|den|det|som|vi|er|är|skal|ska|ny|nye|nytt|nya)$/;

/**
 * A date told the way a step of a plan is dated, where `timesAhead` finds none: without its year ("innen 15. desember",
 * "den 18 december", "closes on 27 March", "tas i bruk 1. februar"), or in Bokmål and Swedish with its year but no word
 * before it ("starter 4. januar 2027", "byggas den 8 februari 2027"; English says "on"); `day` false for a month alone
 * after a word that sets a time ("from April", "fra mai"), which is a plan's time only beside a modal ("We will cut …
 * from April to October"): "stopped … in July", "sker i april" tell the past or a routine.
 */
function datesAhead(text: readonly string[], english: boolean): Array<{ start: number; end: number; day: boolean }> {
  return text.flatMap((word, i): Array<{ start: number; end: number; day: boolean }> => {
    if (!MONTH.test(word)) return [];
    const withYear = YEAR.test(text[i + 1] ?? '');
    if (DAY.test(text[i - 1] ?? '')) {
      let start = i - 1;
      if (text[start - 1] === 'den' || text[start - 1] === 'the') start--;
      const set = AT.test(text[start - 1] ?? '') || ON.test(text[start - 1] ?? '');
      // With its year and a word before it, `timesAhead` has read it; English dates a step with "on".
      if (set ? withYear : english || !text.some((w) => NORDIC.test(w))) return [];
      return [{ start: set ? start - 1 : start, end: withYear ? i + 2 : i + 1, day: true }];
    }
    if (withYear || !FROM_OR_BY.test(text[i - 1] ?? '')) return [];
    return [{ start: i - 1, end: i + 1, day: false }];
  });
}

/** A season or a holiday ahead without its year: "før sommeren", "före sommaren", "innan jul", "before the summer". */
const BEFORE = /^(?:før|före|innan|before)$/;
const SEASON_AHEAD = /^(?:sommeren|sommaren|summer|våren|spring|høsten|hösten|autumn|vinteren|vintern|winter|jul|julen|christmas|påske|påsk|easter|nyttår|årsskiftet|nyår)$/;

function beforeSeason(text: readonly string[]): boolean {
  return text.some((word, i) => BEFORE.test(word) && SEASON_AHEAD.test(text[text[i + 1] === 'the' ? i + 2 : i + 1] ?? ''));
}

/** A company's legal form closing its name: "Indre Østfold Renovasjon IKS foreslår …", "Norrvatten AB bygger …". */
const LEGAL_FORM = /^(?:as|asa|iks|ks|sa|ab|hb|kb|oy|ltd|plc|llp|inc)$/;
const NAME_REACH = 6;
/** Where the word after a name with its legal form stands, or -1: the company as the subject of its own plan. */
const afterLegalName = (text: readonly string[]): number => {
  const form = text.slice(1, NAME_REACH).findIndex((word) => LEGAL_FORM.test(word));
  return form < 0 ? -1 : form + 2;
};
/** A Bokmål or Swedish present passive: "legges", "åpnes", "tas", "inrättas"; not a Swedish past ("byggdes"). */
const NORDIC_S_PRESENT = /^(?:\p{L}{3,}(?:es|as)|tas|fås|ses|gis|nås)$/u;
/** How far before its time a present passive may stand: "tas i drift i augusti 2027". */
const VERB_REACH = 3;

/**
 * A time ahead inside the sentence, not at its opening, with a plan's doing word: a modal ("from April 2027 every
 * member will be paid …"), a present doing word right after it ("… och från den 1 februari 2027 går underhållet
 * …"), a Bokmål or Swedish present in second place ("Myndigheten anställer … under 2027"), or an English present
 * right before it ("A new sash line opens in March 2027"). Not when the sentence tells what was done.
 */
function timeAheadWithin(text: readonly string[]): boolean {
  const times = timesAhead(text);
  // A word in -r is a Bokmål or Swedish present only outside English ("after", "Dyer"); a word in -s an English one only in English ("avgöras").
  // … "in" alone is as often a Swedish particle ("tar också in tolv lärlingar under 2027").
  const english = text.some((word) => ENGLISH.test(word) && word !== 'in') || (text.includes('in') && !text.some((word) => NORDIC.test(word) || /[åäöæø]/u.test(word)));
  const dates = datesAhead(text, english);
  // A season ahead without its year ("före sommaren") is a plan's time only with a modal: "Vi holder stengt før jul" comes round.
  const seasonAhead = beforeSeason(text);
  // "ska vara uppdaterade", "blir klara": after "be" a word in -ade is a state to reach, not a past.
  // "säljs som hyvlade produkter": a word in -ade between a small word and a plural noun describes the noun; no past.
  const describes = (i: number): boolean => /^(?:som|av|med|för|till|i|på|från|mot)$/.test(text[i - 1] ?? '') && /^\p{L}{3,}(?:er|or|ar)$/u.test(text[i + 1] ?? '');
  if ((!times.length && !dates.length && !seasonAhead) || text.some((word, i) => DONE.test(word) || (EN_PAST.test(word) && !text.some((w) => MODAL.test(w))) || (!english && SWEDISH_PAST.test(word) && !TO_BE.test(text[i - 1] ?? '') && !describes(i)))) return false;
  if (text.some((word, i) => MODAL.test(word) || KOMMER(word, text[i + 1]))) return true;
  // … and so does the English present progressive with a time set ahead, a deadline or a month ("We are adding a third line … by
  // June 2027", "The port is opening … in May 2027"); with a year alone it may be now ("The shop is finding … in 2025").
  const progressive = english && text.some((word, i) => /^(?:are|is|am)$/.test(word) && /^\p{L}{3,}ing$/u.test(text[i + 1] ?? ''));
  if (progressive && times.some(({ start, end }) => text[start] === 'by' || end - start > 2)) return true;
  const nordicPresent = (word: string | undefined): boolean => !english && PRESENT.test(word ?? '') && (word ?? '').length > 2 && !NOT_PRESENT_DOING.test(word ?? '') && !MONTH.test(word ?? '');
  // A subject named with its number ("Kylrum 2 får …", "Linje 3 stenges …"): the doing word stands after the number.
  const second = /^\d{1,2}$/.test(text[1] ?? '') ? 2 : 1;
  // A word after a figure is what is counted ("3,400 hours in 2026"), not a doing word.
  const enPresent = (word: string | undefined, before: string | undefined): boolean => english && EN_PRESENT.test(word ?? '') && !NOT_EN_PRESENT.test(word ?? '') && !/^\d+$/.test(before ?? '');
  const nordicPassive = (word: string | undefined): boolean => !english && NORDIC_S_PRESENT.test(word ?? '');
  const firstClause = text.findIndex((word) => /^(?:og|och|men|som)$/.test(word));
  // A date without its year (or without a word before it) with a doing word beside it, or a present passive earlier in
  // its clause ("Gule soner males på nytt … innen 15. desember"); not the second word, which may be a plural ("soner", "kunder").
  const dated = dates.some(
    ({ start, end, day }) =>
      day &&
      (nordicPresent(text[start - 1]) || nordicPassive(text[start - 1]) || enPresent(text[start - 1], text[start - 2]) || nordicPresent(text[end]) || nordicPassive(text[end]) ||
        ((firstClause < 0 || start < firstClause) && text.slice(0, start).some(nordicPassive))),
  );
  if (dated) return true;
  if (!times.length) return false;
  if (nordicPresent(text[second]) || nordicPresent(text[afterLegalName(text)]) || nordicPassive(text[second])) return true;
  return times.some(({ start, end }) => {
    // … a present or a present passive right after its time ("från den 1 januari 2027 bemannas varje natt med …").
    if (nordicPresent(text[end]) || nordicPassive(text[end])) return true;
    // A passive a few words before its time, in the sentence's first clause ("tas i drift i augusti 2027, och …"), not
    // in a clause after "och" ("…, och målet väntas avgöras under 2026": what others will decide).
    const before = text.slice(Math.max(0, start - VERB_REACH), start);
    if ((firstClause < 0 || start < firstClause) && before.some(nordicPassive)) return true;
    return enPresent(text[start - 1], text[start - 2]);
  });
}
