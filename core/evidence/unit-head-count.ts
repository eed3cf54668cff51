/**
 * A unit told by its head count: in the first person with what they do after "who" ("We are seven people who keep
 * …"), or where the count stands beside the unit's name rather than after "har" ("Skadeavdelningen har tolv
 * handläggare", unit-subject.ts): in apposition ("Kundesenteret, 22 medarbeidere
 * på Krøderen, hadde …"), after "is" ("Hemtjänstgrupp Norr är 18 undersköterskor och vårdbiträden som …"), or
 * in the first person with the unit named after the count ("Vi är sju personer i IT-supporten och hjälper …").
 * Structure, not vocabulary: a name, a count, a plural of people.
 */
import { bareToken as bare } from './stems';
import { READER } from './small-words';

/** A unit's name in its definite form ("Kundesenteret", "IT-supporten"), not a region, a season or a surname; "verkstaden" is a workshop, not a town. */
export const DEFINITE = /^(?:\p{Lu}[\p{L}]*-)?\p{L}{3,}(?:en|et|na|ne|a)$/u;
export const NOT_A_UNIT = /(?:sen|son|landet|dalen|fjorden|bygden|bygda|marken|kysten|sommeren|vinteren|våren|hösten|høsten|sommaren|vintern|året|dagen|uka|veckan|kommunen|kommuna|regionen|staten|byen|(?<!verk)staden|ledelsen|ledningen|styret|styrelsen)$/iu;
/** A unit word closing a compound before the unit's own name: "Hemtjänstgrupp Norr", "Team Syd", "Avdeling Linden". */
const UNIT_COMPOUND = /(?:grupp|gruppe|team|avdeling|avdelning|enhet|seksjon|sektion|lag|skift|kontor|verksted|verkstad)$/iu;
const ARE = /^(?:is|are|er|är)$/iu;
export const NUMBER_WORD = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|två|fyra|sex|åtta|nio|tio|elva)$/iu;
/** What a count may measure that is no head count: years, shares, money, time. */
const MEASURE = /^(?:år|years?|prosent|procent|per|%|kroner|kronor|kr|nok|sek|pounds?|timer|timmar|hours?|dager|dagar|days?|minutter|minuter|minutes?|millioner|miljoner|million|mill|meter|kilometer|km|tonn|ton|tonnes?)$/iu;
const MAX_COUNT = 999;

/** A count of people: a number word, or a figure up to 999 not followed by a group of thousands ("12 000"). */
export function peopleCount(tokens: readonly string[], at: number): boolean {
  const count = bare(tokens[at] ?? '');
  const figure = /^\d+$/u.test(count) && Number(count) >= 2 && Number(count) <= MAX_COUNT && !/^\d{3}\b/u.test(tokens[at + 1] ?? '');
  if (!figure && !NUMBER_WORD.test(count)) return false;
  const noun = bare(tokens[at + 1] ?? '');
  return /^\p{Ll}{3,}$/u.test(noun) && !MEASURE.test(noun);
}

/** "Kundesenteret, 22 medarbeidere …": a definite unit name, a comma, a count of people. */
function inApposition(tokens: readonly string[]): boolean {
  const first = tokens[0] ?? '';
  return /,$/u.test(first) && DEFINITE.test(bare(first)) && /^\p{Lu}/u.test(first) && !NOT_A_UNIT.test(bare(first)) && peopleCount(tokens, 1);
}

/** "Hemtjänstgrupp Norr är 18 undersköterskor …", "Kundesenteret er 22 medarbeidere …": a unit's name, "is", a count of people. */
function countedAfterIs(tokens: readonly string[]): boolean {
  const first = bare(tokens[0] ?? '');
  if (!/^\p{Lu}/u.test(first) || NOT_A_UNIT.test(first)) return false;
  // The unit word with its own name after it ("Hemtjänstgrupp Norr"), or a definite unit alone ("Kundesenteret").
  const named = UNIT_COMPOUND.test(first) && /^\p{Lu}/u.test(tokens[1] ?? '') ? 2 : DEFINITE.test(first) ? 1 : 0;
  return named > 0 && !/,$/u.test(tokens[named - 1] ?? '') && ARE.test(bare(tokens[named] ?? '')) && peopleCount(tokens, named + 1);
}

const WE_ARE = /^(?:we|vi)$/iu;
const IN = /^(?:in|i|på|on)$/iu;
const EN_UNIT = /^(?:team|group|unit|department|crew|desk|office|depot|workshop)$/iu;
const PEOPLE_REACH = 3;

/** "Vi är sju personer i IT-supporten", "We are nine people in the payments team": the unit named after the count. */
function weAreCountIn(tokens: readonly string[]): boolean {
  if (!WE_ARE.test(bare(tokens[0] ?? '')) || !ARE.test(bare(tokens[1] ?? '')) || !peopleCount(tokens, 2)) return false;
  for (let at = 4; at < 4 + PEOPLE_REACH && at < tokens.length - 1; at++) {
    if (!IN.test(tokens[at]!)) continue;
    const next = bare(tokens[at + 1]!);
    if (/^the$/iu.test(next)) return tokens.slice(at + 2, at + 5).some((w) => EN_UNIT.test(bare(w)));
    return DEFINITE.test(next) && !NOT_A_UNIT.test(next) && (/-/u.test(next) || /^\p{Ll}/u.test(next));
  }
  return false;
}

const WHO = /^(?:who|that|som)$/iu;
/** The most people a team has, told by a count. */
export const TEAM_SIZE = 30;
/** How many words may name the people between the count and "who": "ni driftsteknikere og operatører som". */
const WHO_REACH = 4;

/**
 * "We are seven people who keep …", "Vi er ni driftsteknikere og operatører som passer på …", "Vi är tolv
 * undersköterskor som …": a count a team has (at most 30), and what they do after "who"/"som"; "We are 400 employees
 * in twelve countries" is the company's size.
 */
function weAreCountWho(tokens: readonly string[]): boolean {
  if (!WE_ARE.test(bare(tokens[0] ?? '')) || !ARE.test(bare(tokens[1] ?? ''))) return false;
  const count = bare(tokens[2] ?? '');
  // A number word is twelve at most: a team's size whichever it is.
  const size = /^\d+$/u.test(count) ? Number(count) : NUMBER_WORD.test(count) ? 2 : 0;
  // "12 000 ansatte": thousands written with a space are no team; and people, not years or a share ("Vi är fem år gamla som företag").
  if (size < 2 || size > TEAM_SIZE || /^\d{3}\b/u.test(tokens[3] ?? '') || MEASURE.test(bare(tokens[3] ?? ''))) return false;
  return tokens.slice(3, 3 + WHO_REACH + 1).some((w, i) => WHO.test(bare(w)) && tokens.slice(3, 3 + i).every((p) => !/[,.]$/u.test(p)));
}

/** People a count names: "personer", "ansatte", "medarbetare", "people", "employees". */
const PEOPLE = /^(?:personer|people|persons|ansatte|anställda|medarbeidere|medarbetare|tilsette|employees|staff|members|medlemmer|medlemmar|fagfolk|kollegaer|kolleger|colleagues)$/iu;
const OF = /^(?:på|of)$/iu;
/** v51: "et lag på fem røktere", "ett lag på sex svetsare", "a crew of four welders": a trade's plural counts people too. */
const TRADE_PLURAL = /\p{L}{3,}(?:ere|are|ers|ors|ians|ists)$/u;

/**
 * v50: "… har fått ansvar for et nytt kvalitetsteam på tre personer", "vårt monteringslag på nio personer", "a quality team of
 * three people": a unit word, "of" and a team's count of people, anywhere in the sentence.
 */
function unitOfCount(tokens: readonly string[]): boolean {
  return tokens.some((w, i) => {
    const word = bare(w);
    // A shift of seven is one's own shift, told of a person ("… og leder i dag ett skift på sju personer").
    if (!(UNIT_COMPOUND.test(word) || EN_UNIT.test(word)) || /skift$/u.test(word) || !OF.test(tokens[i + 1] ?? '') || !peopleCount(tokens, i + 2)) return false;
    const count = bare(tokens[i + 2]!);
    const who = bare(tokens[i + 3] ?? '');
    // … the trade's plural not of the reader's own crew ("Du vil lede et lag på fire elektrikere" is the post's duty).
    return (NUMBER_WORD.test(count) || Number(count) <= TEAM_SIZE) && (PEOPLE.test(who) || (TRADE_PLURAL.test(who) && !tokens.some((t) => READER.test(bare(t).toLowerCase()))));
  });
}

const THERE = /^(?:der|där)$/iu;
const WORK = /^(?:jobber|arbeider|arbeidar|jobbar|arbetar)$/iu;
/**
 * v56: "Foredlingshallen lager spekemat …, og der jobber fem personer", "Packhallen sköter …, och där arbetar sju anställda": a
 * definite unit name opening the sentence, what it does, then its count of people working "there".
 */
function countWorksThere(tokens: readonly string[]): boolean {
  const first = bare(tokens[0] ?? '');
  if (!/^\p{Lu}/u.test(first) || !DEFINITE.test(first) || NOT_A_UNIT.test(first)) return false;
  return tokens.some((w, i) => THERE.test(bare(w)) && WORK.test(bare(tokens[i + 1] ?? '')) && peopleCount(tokens, i + 2) && (NUMBER_WORD.test(bare(tokens[i + 2]!)) || Number(bare(tokens[i + 2]!)) <= TEAM_SIZE) && PEOPLE.test(bare(tokens[i + 3] ?? '')));
}

const SHIFTS = /^(?:shifts|skift|skiftlag|skifter)$/iu;
const RUNS = /^(?:runs|works|operates|kör|körs|kjører|kjøres|går|arbetar|jobbar|jobber)$/iu;
/** The whole firm, not a unit of it; "our", "all" before the people ("Våra 14 bagare arbetar i två skift"); a first name that ends like a definite noun ("Anna"). */
const NOT_SHIFT_UNIT = /^(?:company|group|business|firm|organisation|organization|bedriften|företaget|selskapet|foretaket|våra|våre|vårt|alla|alle|flera|fleire|mange|många|sina|sine|deras|deres|anna|hanna|kristina|lena|maria|sara|nina|stina|tina|elina|katarina)$/iu;
/**
 * v58: "The potroom runs 220 electrolysis cells around the clock in five shifts", "Justerverket … kör nu två fulla skift": a
 * unit that opens the sentence (its definite name, or "The" and one word) and works in a count of shifts.
 */
function unitInShifts(tokens: readonly string[]): boolean {
  const first = bare(tokens[0] ?? '');
  const english = /^the$/iu.test(first) && /^\p{Ll}{4,}$/u.test(bare(tokens[1] ?? '')) && !NOT_SHIFT_UNIT.test(bare(tokens[1] ?? ''));
  if (!english && !(/^\p{Lu}/u.test(first) && DEFINITE.test(first) && !NOT_A_UNIT.test(first) && !NOT_SHIFT_UNIT.test(first))) return false;
  const at = tokens.findIndex((w, i) => (NUMBER_WORD.test(bare(w)) || /^[2-5]$/u.test(bare(w))) && (SHIFTS.test(bare(tokens[i + 1] ?? '')) || (/^(?:full|fulla|fulle|hele|hela)$/iu.test(bare(tokens[i + 1] ?? '')) && SHIFTS.test(bare(tokens[i + 2] ?? '')))));
  return at > 0 && tokens.slice(1, at).some((w) => RUNS.test(bare(w)));
}

/** Whether a sentence opens with a unit told by its head count (or, v50, names one by it): see the module comment. */
export function unitByHeadCount(tokens: readonly string[]): boolean {
  return weAreCountWho(tokens) || inApposition(tokens) || countedAfterIs(tokens) || weAreCountIn(tokens) || unitOfCount(tokens) || countWorksThere(tokens) || unitInShifts(tokens);
}
