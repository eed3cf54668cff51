/**
 * A unit told by its staff counted, where the count does not follow the name at once: a function named bare, as a
 * company names its own ("Kundservice har 34 medarbetare i …", "Customer Service has 28 advisers in …", "Innkjøp har
 * seks ansatte"), and a unit in its definite form that says what it does first and then how many work there
 * ("Hyvleriet arbetar i tvåskift och har i dag 24 medarbetare", "Sagbruket går i to skift og har 30 ansatte").
 * Structure: the unit first, "har"/"has", a count of people (unit-head-count.ts). Not the company itself ("Selskapet
 * … og har 190 ansatte"), a place or a region, nor a name that may be the company's ("Brattvik har 85 ansatte").
 */
import { bareToken as bare } from './stems';
import { NOT_A_UNIT, peopleCount } from './unit-head-count';

/** Functions a company names bare, without an article: what the staff of the unit do. */
const FUNCTION =
  /^(?:kundservice|kundtjänst|kundeservice|kundesenter|kundcenter|kundsupport|ekonomi|økonomi|regnskap|lønn|innkjøp|inköp|produktion|produksjon|marknad|marked|salg|försäljning|logistikk|logistik|vedlikehold|underhåll|drift|kvalitet|hr|it|support|kommunikasjon|kommunikation|planering|planlegging|sentralbord|växel)$/iu;
/** English, the name's last word: "Customer Service", "Finance", "Field Maintenance". */
const EN_FUNCTION =
  /^(?:service|services|support|finance|accounts|maintenance|logistics|sales|marketing|procurement|purchasing|production|operations|dispatch|engineering|planning|payroll|hr|it|quality|communications|warehouse|warehousing)$/iu;
const MAX_NAME_WORDS = 3;
const HAS = /^(?:har|has)$/iu;
/** "har i dag 24", "har nu 12", "has today 12": a word of now between. */
const NOW = /^(?:i|dag|idag|nå|nu|today|now|totalt)$/iu;

/** The unit's count after "har"/"has" at `at`, words of now allowed between. */
function countAfter(tokens: readonly string[], at: number): boolean {
  let i = at + 1;
  while (i < at + 3 && NOW.test(bare(tokens[i] ?? ''))) i += 1;
  return peopleCount(tokens, i);
}

/** "Kundservice har 34 medarbetare", "Customer Service has 28 advisers": a function named bare, "har"/"has", a count. */
function functionStaffed(tokens: readonly string[]): boolean {
  const has = tokens.findIndex((w, i) => i >= 1 && i <= MAX_NAME_WORDS && HAS.test(bare(w)));
  if (has < 0) return false;
  const name = tokens.slice(0, has).map(bare);
  if (!name.every((w) => /^\p{Lu}[\p{L}-]*$/u.test(w) || /^(?:and|og|och|&)$/u.test(w))) return false;
  const last = name[name.length - 1] ?? '';
  return ((name.length === 1 && FUNCTION.test(last)) || EN_FUNCTION.test(last)) && countAfter(tokens, has);
}

/** A unit in its definite form: "Hyvleriet", "Sagbruket", "Verkstaden", "Lagret"; not the company, a place or a season. */
const DEFINITE = /^\p{Lu}\p{Ll}{3,}(?:et|en|na|ne)$/u;
const THE_COMPANY = /^(?:selskapet|bolaget|företaget|foretaket|firmaet|firman|bedriften|konsernet|koncernen|byrået|virksomheten|verksamheten|kommunen|regionen|staten|landstinget)$/iu;
const NOT_UNIT_WORDS = /^(?:ledelsen|ledningen|styret|styrelsen|prosjektet|projektet|programmet|anlegget|arbeidet|arbetet|området|markedet|marknaden)$/iu;
/** A present doing word after the unit: "arbetar", "går", "ligger", "kjører"; not "er"/"är" nor a preposition. */
const DOES = /^\p{Ll}{2,}r$/u;
const NOT_DOING = /^(?:er|är|var|har|eller|etter|efter|under|over|över|for|för|før|der|där|her|här|når|när|hvor)$/u;
const AND = /^(?:og|och)$/u;
/** How far into the sentence "och har …" may stand. */
const AND_HAS_REACH = 12;

/** "Hyvleriet arbetar i tvåskift och har i dag 24 medarbetare": a definite unit at work, then "and has" a count. */
function unitAtWorkStaffed(tokens: readonly string[]): boolean {
  const first = bare(tokens[0] ?? '');
  if (!DEFINITE.test(first) || NOT_A_UNIT.test(first) || THE_COMPANY.test(first) || NOT_UNIT_WORDS.test(first)) return false;
  const verb = bare(tokens[1] ?? '');
  if (!DOES.test(verb) || NOT_DOING.test(verb)) return false;
  return tokens.slice(2, AND_HAS_REACH).some((w, i) => AND.test(w) && HAS.test(tokens[3 + i] ?? '') && countAfter(tokens, 3 + i) && !tokens.slice(2, 2 + i).some((p) => /[.;]$/u.test(p)));
}

/** Whether a sentence opens with a unit told by its staff counted: see the module comment. */
export function unitStaffed(tokens: readonly string[]): boolean {
  return functionStaffed(tokens) || unitAtWorkStaffed(tokens);
}
