/**
 * A unit named as a sentence's subject: "The Networks team of 64 technicians keeps …", "Our Leakage
 * group walks …", "Skadeavdelningen i Malmö har tolv handläggare", "Settefiskanlegget på Tustna har sju
 * ansatte", "Måledata-teamet har fem utviklere". Structure, not vocabulary: the sentence is about the
 * unit, where a sentence that merely holds "team" or a count may be about anything.
 */

import { TEAM_SIZE, unitByHeadCount } from './unit-head-count';
import { unitByItsCrew } from './unit-crew';
import { ownUnitAtWork, unitWithStaff } from './unit-own';
import { bareToken as bare } from './stems';
import { unitStaffed } from './unit-staffed';
import { unitOfField } from './unit-of-field';
import { MARKET } from './outside-causes';
import { unitByItsWork } from './unit-function';
import { CREW_WORD } from './not-person-names';

/** English: the unit word that ends the opening noun phrase (v54: a works' shop, "The mould shop makes the plugs …"). */
const EN_UNIT = /^(?:team|teams|group|unit|department|crew|division|section|desk|squad|studio|office|depot|workshop|shop|lab|laboratory|centre|center|ward|clinic)$/iu;
/** Words that open the phrase: "The …", "Our …". */
const EN_OPENING = /^(?:the|our)$/iu;
/** Modifiers that name no unit ("the whole team", "our new team", "the city centre"), or a board and management (people, not a unit). */
const EN_NOT_NAMING = /^(?:whole|entire|same|new|right|best|wider|extended|management|leadership|executive|senior|board|city|town|shopping|garden|visitor|visitors|conference|gift|coffee|farm|online|web)$/iu;
/** Words that do not name a unit but build a clause: "The rest of the team …", "The government outlawed the group …". */
const FUNCTION_WORD = /^(?:the|a|an|of|and|or|to|in|on|at|for|with|by|from|rest|is|are|was|were|has|have|had|\p{L}+ed)$/iu;
/** How many words may name the unit between the opening and the unit word: "The Water Quality team", v63 "The Geology and Mine Planning team". */
const MAX_NAME_WORDS = 4;

/** Bokmål and Swedish: the first word is the unit in its definite form, whole or as a compound's end. */
const WHOLE_UNIT = /(?:avdelingen|avdelinga|avdelningen|teamet|gruppa|gruppen|enheten|seksjonen|sektionen)$/iu;
/**
 * Ends that name a unit only in a compound ("Settefiskanlegget", "Servicekontoret"), never alone: "Laget av …",
 * "Kontoret och lagret ligger i …" is a place.
 */
const COMPOUND_UNIT = /^(?:\p{L}{3,}|\p{L}+-)(?:anlegget|anläggningen|laget|skiftet|staben|kontoret|verkstedet|verkstaden|sentralen|centralen)$/iu;
/** Management and the board are people, not the unit you would join ("Ledergruppen", "Ledningsgruppen"). */
const MANAGEMENT = /^(?:leder|ledel|ledning|styre|styrelse)/iu;
/** Groups that are no unit of the company: target groups, customers, ages, products ("Kundgruppen" where "Kundeavdelingen" is one). */
const NOT_A_GROUP = /^(?:mål|kunde|kund|alder|ålder|yrke|produkt|vare|varu|referanse|referens|bruker|användar|prosjekt|projekt)\p{L}*(?:gruppa|gruppen)$/iu;


/** "Our laboratory in Oxford …", "The depot at Hull …": the unit word alone after the opening, named by its place. */
const atPlace = (tokens: readonly string[]): boolean =>
  EN_UNIT.test(bare(tokens[1] ?? '')) && /^(?:in|at)$/iu.test(tokens[2] ?? '') && /^\p{Lu}/u.test(tokens[3] ?? '');

/** A room that is a unit by what is done in it: "The control room at …", "Our dispatch room …"; not a meeting room. */
const ROOM_OF_WORK = /^(?:control|operations|dispatch|engine|machine|projection|news|post|mail|print)$/iu;
const unitWord = (tokens: readonly string[], at: number): boolean =>
  EN_UNIT.test(bare(tokens[at] ?? '')) || (/^room$/iu.test(bare(tokens[at] ?? '')) && ROOM_OF_WORK.test(tokens[at - 1] ?? ''));

/** "Our office of eight processes …", "The crew of five …": the unit word alone after the opening, told by its head count. */
const ofCount = (tokens: readonly string[]): boolean =>
  EN_UNIT.test(bare(tokens[1] ?? '')) && /^of$/iu.test(tokens[2] ?? '') && EN_COUNT.test(bare(tokens[3] ?? '').toLowerCase());
const EN_COUNT = /^(?:[2-9]|[1-9]\d|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/u;

function englishUnit(tokens: readonly string[]): boolean {
  if (!EN_OPENING.test(tokens[0] ?? '')) return false;
  if (atPlace(tokens) || ofCount(tokens)) return true;
  for (let at = 2; at <= MAX_NAME_WORDS + 1 && at < tokens.length; at++) {
    const word = tokens[at]!;
    if (!unitWord(tokens, at)) continue;
    const name = tokens.slice(1, at).map(bare);
    // The unit word must close the phrase ("team of 64", "team will", "team,"), not start a compound ("team lead").
    const next = bare(tokens[at + 1] ?? '');
    if (/^(?:lead|leader|leaders|manager|members?|player|spirit|meeting|building)$/iu.test(next)) return false;
    // v56: "Our asset management group …": management after a field's word names the field, not the managers.
    // v63: "The plant's Process Control group, eight engineers …": the works' own unit, after its possessive.
    return name.every((w, i) => (/^[\p{L}-]+$/u.test(w) || (i === 0 && /^\p{Ll}[\p{L}-]+['’]s$/u.test(w) && /^\p{Lu}/u.test(name[1] ?? ''))) && (!EN_NOT_NAMING.test(w) || (/^management$/iu.test(w) && i > 0 && !EN_NOT_NAMING.test(name[i - 1]!))) && (!FUNCTION_WORD.test(w) || joinsCapitals(name, i)));
  }
  return false;
}

/** "and" inside a unit's capitalised name: "Our Quality and Compliance unit", "The Health and Safety team". */
const joinsCapitals = (name: readonly string[], i: number): boolean =>
  /^and$/iu.test(name[i]!) && /^\p{Lu}/u.test(name[i - 1] ?? '') && /^\p{Lu}/u.test(name[i + 1] ?? '');

/** "A new Driver Success unit will train …": a unit set up, named by its capitals, with what it will do. */
function newNamedUnit(tokens: readonly string[]): boolean {
  if (!/^(?:a|an|the|our)$/iu.test(tokens[0] ?? '') || !/^new$/iu.test(tokens[1] ?? '')) return false;
  const at = tokens.findIndex((w, i) => i >= 3 && i <= MAX_NAME_WORDS + 2 && unitWord(tokens, i));
  return at > 0 && tokens.slice(2, at).every((w) => /^\p{Lu}[\p{L}-]*$/u.test(w)) && /^(?:will|is|opens|starts)$/iu.test(bare(tokens[at + 1] ?? ''));
}

function nordicUnit(first: string): boolean {
  const word = bare(first);
  if (!/^\p{Lu}/u.test(word) || MANAGEMENT.test(word) || NOT_A_GROUP.test(word)) return false;
  return WHOLE_UNIT.test(word) || COMPOUND_UNIT.test(word);
}

/**
 * A unit named by what it does, in its definite form, at a place or with a count: "Kontrollsenteret i Tromsø
 * overvåker …", "Förlossningen på Mora lasarett tar emot …", "Oppfølgingstjenesten har fem rådgivere …".
 * Not a surname ("Johansen i Bodø har …"), a region or a valley ("Vestlandet har …", "Gudbrandsdalen har …").
 */
const DEFINITE = /^\p{Lu}\p{Ll}{2,}(?:en|et|na|ne)$/u;
/** … also a Swedish one after a long vowel ("Depån", "Byrån"), which no first name ends as. */
const DEFINITE_AFTER_VOWEL = /^\p{Lu}\p{Ll}{2,}[åö]n$/u;
/** A second unit joined to the first ("Sorteringen och manglingen har 42 medarbetare"): "og"/"och", a definite noun in lower case. */
const AND = /^(?:og|och)$/u;
const LOWER_DEFINITE = /^\p{Ll}{3,}(?:en|et|na|ne|[åö]n)$/u;
const NOT_DEFINITE_UNIT = /(?:sen|son|landet|andet|dalen|fjorden|bygden|bygda|marken|vidden|kysten|sommeren|vinteren|våren|hösten|høsten|sommaren|vintern)$/iu;
/** The company itself, as news and its own pages name it ("Selskapet har 262 ansatte", "Byrået har 35 ansatte"): the whole, not a unit. */
// Told by its whole staff ("ansatte", "årsverk"), not by a trade ("Byrån har tolv konsulter som …" may be an office), and
// not going on to tell the units it is split into ("… 42 ansatte fordelt på et lag i Tromsø og et lag …").
const THE_COMPANY = /^(?:selskapet|bolaget|företaget|foretaket|firmaet|firman|bedriften|konsernet|koncernen|byrået|byrån|virksomheten|verksamheten)$/iu;
const WHOLE_STAFF = /^(?:ansatte|tilsette|medarbeidere|medarbeidarar|anställda|medarbetare|årsverk|årsarbetare|heltidstjänster)$/iu;
const STAFF_REACH = 6;
const ITS_UNITS = /^(?:lag|lagene|lagen|team|teamene|teamen|avdelinger|avdelingene|avdelningar|avdelningarna|grupper|gruppene|grupperna|enheter|enhetene|enheterna|skift)$/iu;
const wholeCompany = (first: string, tokens: readonly string[]): boolean =>
  THE_COMPANY.test(first) && tokens.slice(1, STAFF_REACH).some((w) => WHOLE_STAFF.test(bare(w))) && !tokens.some((w) => ITS_UNITS.test(bare(w)));
const AT = /^(?:i|på|ved|vid)$/u;
/** A present doing word ("overvåker", "tar", "har"), not "er"/"är" (a description) nor a preposition ending like one. */
const DOES = /^\p{Ll}+r$/u;
const NOT_DOING = /^(?:er|är|var|eller|etter|efter|under|over|över|for|för|før|der|där|her|här|når|när|hvor)$/u;
/** "har fem rådgivere", "har i dag 38 barnmorskor", "har over 12 000 varenumre". */
const HAS = /^(?:har)$/u;
const COUNT = /^(?:\d[\d\s]*|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|tretten|fjorten|femten|tjue|två|fyra|sex|åtta|nio|tio|elva|tretton|fjorton|femton|tjugo|over|över|drygt|nesten|nästan)$/u;
const TODAY = /^(?:i|dag|idag|nå|nu|totalt)$/u;
/** How many words the place may take before the doing word: "på Mora lasarett tar". */
const PLACE_REACH = 3;

/** "har tagit in", "har fått", "har ansatt": what happened to the place, news of an event rather than the unit at work. */
const ARTICLE = /^(?:et|ett|eit|mest|størst|störst)$/u;
/** "har åpent", "har öppet", "har stengt": hours a unit keeps, not a perfect. */
const HOURS = /^(?:åpent|öppet|stengt|stängt|ope)$/u;
const perfect = (verb: string, next: string | undefined): boolean => verb === 'har' && /t$/u.test(next ?? '') && !ARTICLE.test(next ?? '') && !HOURS.test(next ?? '');

const OUR_AFTER = /^(?:vår|vårt|våre|våra)$/u;

/** "Fagteam grovfôr har fem rådgivere", "Hemtjänstgrupp Norr har 18 undersköterskor": a unit word closing a compound, its own name, a count. */
const NAMED_UNIT = /^\p{Lu}\p{L}*(?:team|gruppe|grupp|avdeling|avdelning|enhet|seksjon|sektion)$/u;

function namedUnitHas(tokens: readonly string[]): boolean {
  if (!NAMED_UNIT.test(bare(tokens[0] ?? '')) || MANAGEMENT.test(bare(tokens[0] ?? '')) || NOT_A_GROUP.test(bare(tokens[0] ?? ''))) return false;
  const has = tokens.findIndex((w, i) => i >= 2 && i <= 3 && HAS.test(bare(w)));
  return has > 0 && tokens.slice(1, has).every((w) => /^[\p{L}-]+$/u.test(w)) && COUNT.test(bare(tokens[has + 1] ?? ''));
}

function nordicUnitAtWork(tokens: readonly string[]): boolean {
  if (namedUnitHas(tokens)) return true;
  const first = bare(tokens[0] ?? '');
  // … nor a market's prices or the economy ("Plastprisene i Europa har …", "Byggkonjunkturen i Norden har …", outside-causes.ts).
  if (!(DEFINITE.test(first) || DEFINITE_AFTER_VOWEL.test(first)) || NOT_DEFINITE_UNIT.test(first) || MARKET.test(first.toLowerCase()) || wholeCompany(first, tokens) || MANAGEMENT.test(first) || NOT_A_GROUP.test(first)) return false;
  // "Sorteringen och manglingen har …": two units together; "Vaskeriet vårt på Geilo vasker …": the company's own, named with "our" after it.
  const joined = AND.test(tokens[1] ?? '') && LOWER_DEFINITE.test(bare(tokens[2] ?? '')) && !NOT_DEFINITE_UNIT.test(bare(tokens[2] ?? '')) && !/,$/u.test(first) ? 2 : 0;
  const rest = tokens.slice(joined + (OUR_AFTER.test(bare(tokens[joined + 1] ?? '')) ? 2 : 1)).map(bare);
  if (HAS.test(rest[0] ?? '')) {
    const at = rest.slice(1).findIndex((w) => !TODAY.test(w));
    return at >= 0 && COUNT.test(rest[1 + at] ?? '');
  }
  // v52: "Bostadsbyggandet i Sverige ligger …": a doing ("-andet") or a country's is no unit of the company's.
  if (!AT.test(rest[0] ?? '') || !/^\p{Lu}/u.test(rest[1] ?? '') || /^(?:Sverige|Norge|Noreg|Danmark|Finland|Europa|Norden|Skandinavia|Skandinavien)$/u.test(rest[1] ?? '')) return false;
  return rest.slice(2, 2 + PLACE_REACH).some((w, i) => DOES.test(w) && !NOT_DOING.test(w) && !perfect(w, rest[3 + i]) && rest.slice(2, 2 + i).every((p) => !/[,.]$/.test(p)));
}

/**
 * A group told by what it is made of, in the third person: "The kitchen brigade is six chefs and two kitchen porters",
 * "The safety committee has two drivers, two fitters, a controller and me". The group's word is whatever closes the
 * opening phrase; a count of at most 30 and a list after it ("and", a comma) make it a unit's make-up, not a size.
 */
const MAKE_UP = /^(?:is|are|has|have|consists|comprises)$/iu;
const MAKE_UP_REACH = 6;
const EN_NUMBER_WORDS = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/u;

function englishMakeUp(tokens: readonly string[]): boolean {
  if (!EN_OPENING.test(tokens[0] ?? '')) return false;
  const verb = tokens.findIndex((w, i) => i >= 2 && i <= MAX_NAME_WORDS + 1 && MAKE_UP.test(bare(w)));
  if (verb < 0 || tokens.slice(1, verb).some((w) => !/^[\p{L}-]+$/u.test(w) || EN_NOT_NAMING.test(w) || FUNCTION_WORD.test(w))) return false;
  const at = verb + (bare(tokens[verb + 1] ?? '') === 'of' ? 2 : 1);
  const count = bare(tokens[at] ?? '').toLowerCase();
  // English counts only: "is to make" is no "to" (two) people.
  const size = /^\d+$/u.test(count) ? Number(count) : EN_NUMBER_WORDS.test(count) ? 2 : 0;
  if (size < 2 || size > TEAM_SIZE) return false;
  const rest = tokens.slice(at + 1, at + 1 + MAKE_UP_REACH);
  // … whose next part is counted too: "six chefs and two kitchen porters", "two drivers, a controller and me", not "two things, and both".
  const part = (w: string | undefined): boolean => /^(?:\d+|a|an|one|me|us)$/iu.test(bare(w ?? '')) || EN_NUMBER_WORDS.test(bare(w ?? '').toLowerCase());
  return rest.some((w, i) => (i > 0 && /,$/u.test(rest[i - 1]!) && part(w)) || (/^and$/iu.test(w) && part(rest[i + 1])));
}

/** A part of the map as a unit's own name: "Förvaltning Norr", "Distrikt Øst", "Team Vest", "Area North". */
const COMPASS = /^(?:Norr|Nord|Syd|Söder|Sør|Sör|Öst|Øst|Väst|Vest|Nordost|Nordväst|Sydost|Sydväst|Nordøst|Nordvest|Sørøst|Sørvest|Mitt|Midt|North|South|East|West)$/u;
const COMPASS_VERB = /^\p{Ll}{2,}[rs]$/u;
const NOT_COMPASS_VERB = /^(?:er|är|var|is|was|has|for|för|før|over|över|under|eller|etter|efter|der|där|her|här|når|när|hvor|as|us|ours)$/u;

/** "Förvaltning Norr sköter 3 400 lägenheter …", "Area North maintains …": a word, a point of the compass, a present doing word. */
function unitByCompass(tokens: readonly string[]): boolean {
  const verb = bare(tokens[2] ?? '');
  return /^\p{Lu}\p{Ll}{3,}$/u.test(tokens[0] ?? '') && COMPASS.test(tokens[1] ?? '') && COMPASS_VERB.test(verb) && !NOT_COMPASS_VERB.test(verb);
}

/** Whether a sentence opens with a unit as its subject: see the module comment. */
export function namesUnitAsSubject(sentence: string): boolean {
  // A quote's opening mark or a dash of speech (news: "“Our QA team of seven runs …", "– Teamet har …") is no word of it.
  const tokens = sentence.trim().replace(/^["«“”„–—-]\s*/u, '').split(/\s+/);
  return englishUnit(tokens) || namedCrew(tokens) || leadersTeam(tokens) || newNamedUnit(tokens) || ownUnitAtWork(tokens) || unitWithStaff(tokens) || englishMakeUp(tokens) || nordicUnit(tokens[0] ?? '') || nordicUnitAtWork(tokens) || unitByHeadCount(tokens) || unitByItsCrew(tokens) || unitByCompass(tokens) || unitStaffed(tokens) || unitOfField(tokens) || unitByItsWork(tokens);
}

/** v52: "Lag Holm driver de to ytterste lokalitetene", "Skift B har …", "Team North runs …": a crew's word, its name, its present work. */
function namedCrew(tokens: readonly string[]): boolean {
  const [word, name, verb] = [bare(tokens[0] ?? ''), tokens[1] ?? '', bare(tokens[2] ?? '')];
  return /^\p{Lu}/u.test(word) && CREW_WORD.test(word) && /^\p{Lu}[\p{L}-]*$/u.test(name) && (/^\p{Ll}+r$/u.test(verb) || /^(?:runs|works|covers|has|handles|operates|looks)$/u.test(verb)) && !NOT_DOING.test(verb);
}

/**
 * "Chikondi's team of six extension officers visits …", "Karis team besöker …", "Kari sitt team besøker …": a leader's team
 * named by the leader, at its work.
 */
const TEAM = /^(?:team|teamet|crew|unit|gruppe|gruppa|grupp|gruppen)$/iu;
function leadersTeam(tokens: readonly string[]): boolean {
  const leader = bare(tokens[0] ?? '');
  // … and a firm's unit named by its capitals: "Dasol's Ship Equipment Division, which sells …, will grow …".
  if (/^\p{Lu}\p{Ll}+(?:'s|’s)$/u.test(leader)) {
    const at = [1, 2, 3, 4].find((i) => TEAM.test(bare(tokens[i] ?? '')) || EN_UNIT.test(bare(tokens[i] ?? '')));
    return at !== undefined && tokens.slice(1, at).every((w) => /^\p{Lu}[\p{L}-]*$/u.test(w));
  }
  if (/^\p{Lu}\p{Ll}+$/u.test(leader) && /^(?:sitt|sin|si)$/u.test(tokens[1] ?? '')) return TEAM.test(bare(tokens[2] ?? ''));
  return /^\p{Lu}\p{Ll}+s$/u.test(leader) && TEAM.test(bare(tokens[1] ?? '')) && /^\p{Ll}/u.test(tokens[2] ?? '');
}
