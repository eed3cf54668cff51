/**
 * A unit or a workplace told by the people who staff it, where the count does not follow the unit's name and "har"
 * (unit-subject.ts) nor "is" (unit-head-count.ts): the place first and who works there after it ("I Hallsberg har vi
 * 34 lokförare …", "På bygget arbetar nu ett lag på tolv snickare …", "At the depot we have nine drivers …"); the unit
 * with its people set off by "with" ("Servicebasen i Båtsfjord, med tre teknikere og en egen båt, tok …", "Housekeeping
 * är vår största grupp, med 38 städare …"); or run by them ("Kaiområdet betjenes av fire lastere …", "The quay is
 * staffed by four loaders …"). Structure, not vocabulary: a place or a name, a count of people, and how they belong.
 */
import { DEFINITE, NOT_A_UNIT, peopleCount, TEAM_SIZE } from './unit-head-count';

const bare = (token: string): string => token.replace(/^[«"“'(–-]+|[,.:;!?»"”')]+$/gu, '');

/** "I Hallsberg", "På bygget", "At our depot", "In the Leeds office": a place opening the sentence. */
const AT = /^(?:i|på|ved|vid|at|in)$/iu;
/**
 * Where the place ends: a name ("Hallsberg") or a definite noun ("bygget", "lageret"), after "the"/"our" in English;
 * with where it lies ("I maskinrummet ovanför de tre salongerna jobbar …").
 */
const PLACE_REACH = 7;
/** Who works there: "har vi", "we have", "arbetar", "jobber", "work". */
const WORKS = /^(?:har|have|arbetar|jobbar|arbeider|jobber|jobbes|works?)$/iu;
/** Words between the doing word and the count: "vi", "we", "nu", "i dag", "ett lag på", "a crew of". */
const FILLER = /^(?:vi|we|there|nu|nå|now|i|dag|idag|today|ett|et|en|a|lag|team|crew|på|of|totalt|around|omkring|cirka|rundt)$/iu;
const COUNT_REACH = 5;

function placeFirst(tokens: readonly string[]): boolean {
  if (!AT.test(tokens[0] ?? '')) return false;
  for (let at = 1; at <= PLACE_REACH; at++) {
    const word = bare(tokens[at] ?? '');
    if (!word || /^\d/u.test(word) || /[,.]$/u.test(tokens[at - 1] ?? '')) return false;
    if (!WORKS.test(word)) continue;
    // The place: a name or a definite noun, not a year, a time or "this way" ("I dag har vi …" is when, not where).
    // English puts "we" between the place and "have": "At the Hull depot we have".
    const place = tokens.slice(1, at).map(bare).filter((w) => !/^(?:the|our|we)$/iu.test(w));
    if (!place.length || place.some((w) => /^(?:dag|år|fjor|fjol|morgon|morgen|week|year)$/iu.test(w))) return false;
    if (!place.some((w) => /^\p{Lu}/u.test(w) || DEFINITE.test(w)) || place.some((w) => NOT_A_UNIT.test(w) && !/^\p{Lu}/u.test(w))) return false;
    for (let c = at + 1; c <= at + COUNT_REACH && c < tokens.length; c++) {
      if (peopleCount(tokens, c)) return tokens.slice(at + 1, c).every((w) => FILLER.test(bare(w)) && !/[,.]$/u.test(w));
    }
    return false;
  }
  return false;
}

/** Words that open a sentence without naming a unit: the company or a person speaking, a time. */
const NOT_OPENING = /^(?:vi|we|i|jeg|jag|det|den|de|dette|detta|this|it|they|he|she|han|hun|hon|you|du|ni|dere|there|here|her|här|der|där)$/iu;
const WITH = /^(?:med|with)$/iu;
const WITH_REACH = 7;

/** "Servicebasen i Båtsfjord, med tre teknikere …": a name first, then ", with" and a count of people. */
function withItsPeople(tokens: readonly string[]): boolean {
  const first = bare(tokens[0] ?? '');
  // A surname's ending ("-sen") is a unit's too ("Servicebasen"): a place after it tells which.
  const placed = /^(?:i|på|in|at)$/iu.test(tokens[1] ?? '') && /^\p{Lu}/u.test(tokens[2] ?? '');
  if (!/^\p{Lu}/u.test(first) || NOT_OPENING.test(first) || (NOT_A_UNIT.test(first) && !placed)) return false;
  return tokens.slice(1, WITH_REACH).some((w, i) => WITH.test(w) && /,$/u.test(tokens[i] ?? '') && peopleCount(tokens, i + 2));
}

/** "betjenes av", "bemannas av", "drivs av", "is staffed by", "are run by". */
const RUN_BY = /^(?:betjenes|bemannes|betjenast|drives|betjänas|bemannas|drivs|sköts|staffed|crewed|manned|run|worked)$/iu;
const BY = /^(?:av|by)$/iu;
const NOW = /^(?:i|dag|idag|nu|nå|today|now|currently)$/iu;

/** "Kaiområdet betjenes av fire lastere …", "The quay is staffed by four loaders …": a unit run by its people. */
function runByItsPeople(tokens: readonly string[]): boolean {
  const first = bare(tokens[0] ?? '');
  const english = /^(?:the|our)$/iu.test(first);
  // English: "The quay is staffed by", "Our night desk is run by"; Bokmål and Swedish: a definite unit first.
  const verb = english ? tokens.findIndex((w, i) => i >= 2 && i <= 5 && RUN_BY.test(bare(w)) && (/^(?:is|are)$/iu.test(tokens[i - 1] ?? '') || (NOW.test(tokens[i - 1] ?? '') && /^(?:is|are)$/iu.test(tokens[i - 2] ?? '')))) : 1;
  if (!english && (!DEFINITE.test(first) || !/^\p{Lu}/u.test(first) || NOT_A_UNIT.test(first))) return false;
  // "Växtodlingen sköts i dag av tre personer", "The quay is now staffed by …": when, between the doing word and "by".
  const by = tokens.findIndex((w, i) => i > verb && i <= verb + 3 && BY.test(w) && tokens.slice(verb + 1, i).every((t) => NOW.test(t)));
  if (verb < 1 || !RUN_BY.test(bare(tokens[verb] ?? '')) || by < 0) return false;
  return peopleCount(tokens, by + 1);
}

/** The words English names a unit with before "of" or "employs": "the … unit", "a Quality Lab", "the planing mill". */
const EN_UNIT_WORD = /^(?:unit|team|group|lab|laboratory|department|section|desk|office|workshop|shop|mill|yard|crew|programme|program|division)$/iu;
const OPENER = /^(?:the|a|our|its)$/iu;
const EMPLOYS = /^(?:employs|sysselsetter|sysselsätter)$/iu;
const NAME_REACH = 6;
/** The whole firm by its common nouns: "Bedriften sysselsetter 140 personer" is the company's size. */
const WHOLE_FIRM = /^(?:selskapet|bedriften|firmaet|foretaket|konsernet|virksomheten|företaget|bolaget|firman|koncernen|verksamheten)$/iu;

/**
 * "The Energy and Heat Recovery unit of four engineers runs …", "A separate Quality Lab of five people measures …", "The
 * planing mill employs 26 people …", "Høvleriet sysselsetter 26 personer": a unit named first and counted after "of" or
 * "employs"; a team's size, not the company's ("The company employs 140 people").
 */
function countedAfterName(tokens: readonly string[]): boolean {
  const first = bare(tokens[0] ?? '');
  const nordic = EMPLOYS.test(tokens[1] ?? '') && DEFINITE.test(first) && /^\p{Lu}/u.test(first) && !NOT_A_UNIT.test(first) && !WHOLE_FIRM.test(first);
  const at = nordic ? 1 : OPENER.test(first) ? tokens.findIndex((w, i) => i >= 2 && i <= NAME_REACH && (/^of$/iu.test(w) || EMPLOYS.test(w))) : -1;
  if (at < 1 || tokens.slice(0, at).some((w) => /[,.;:]$/u.test(w)) || (!nordic && !EN_UNIT_WORD.test(bare(tokens[at - 1]!)))) return false;
  const count = bare(tokens[at + 1] ?? '');
  return peopleCount(tokens, at + 1) && !(/^\d+$/u.test(count) && Number(count) > TEAM_SIZE);
}

/** Whether a sentence tells a unit or a workplace by the people who staff it: see the module comment. */
export function unitByItsCrew(tokens: readonly string[]): boolean {
  return placeFirst(tokens) || withItsPeople(tokens) || runByItsPeople(tokens) || countedAfterName(tokens);
}
