/**
 * A unit named in Bokmål and Swedish the way the company speaks of its own, at work: "Vårt laboratorium provar varje
 * fraktion …", "Vår verkstad lagar …" (after "our" the noun stands in its indefinite form, so it is read by what it
 * is: a place of work); and a unit in its Bokmål feminine definite form with its staff counted ("Skjærestua har ni
 * ansatte", "Pakkelinja har fire operatører"), where "-a" alone would take a first name ("Kristina har tre barn").
 * Structure, not vocabulary beyond what a workplace is called: the unit first, a present doing word or a head count.
 */
import { bareToken as bare } from './stems';
import { peopleCount } from './unit-head-count';

const OUR = /^(?:vår|vårt|våre|våra)$/iu;
/** Places of work and the groups in them, in the indefinite form after "our". */
const WORKPLACE = /^(?:laboratorium|laboratoriet|labb|lab|verkstad|verksted|lager|kontor|kundtjänst|kundservice|kundeservice|kundesenter|kundcenter|driftssentral|driftcentral|kontrollrom|kontrollrum|kjøkken|kök|mannskap|besättning|team|avdeling|avdelning|enhet|gruppe|grupp|sekretariat|redaksjon|redaktion|mottak|bageri|bakeri|tryckeri|trykkeri|vaskeri|tvätteri|sagbruk|sågverk|mejeri|meieri|fabrikk|fabrik|depå|stasjon|station)$/iu;
/** A present doing word ("provar", "lagar", "tar"), not "is" nor a preposition ending like one. */
const DOES = /^\p{Ll}{2,}r$/u;
const NOT_DOING = /^(?:er|är|var|eller|etter|efter|under|over|över|for|för|før|der|där|her|här|når|när|hvor|har)$/u;

/** "Vårt laboratorium provar …": our, a workplace, then what it does. */
export function ownUnitAtWork(tokens: readonly string[]): boolean {
  if (!OUR.test(bare(tokens[0] ?? '')) || !WORKPLACE.test(bare(tokens[1] ?? ''))) return false;
  const verb = bare(tokens[2] ?? '');
  return DOES.test(verb) && !NOT_DOING.test(verb) && !/[,.]$/u.test(tokens[1] ?? '');
}

/** A Bokmål feminine definite compound: "Skjærestua", "Pakkelinja", "Avdelinga" (a name of seven letters or more). */
const FEMININE_DEFINITE = /^\p{Lu}\p{Ll}{4,}a$/u;
/** Staff: "ansatte", "tilsette", "medarbeidere", or a trade's plural ("operatører", "mekanikere", "snekkere"). */
const STAFF = /^(?:ansatte|tilsette|medarbeidere|medarbeidarar|anställda|medarbetare|personer|folk|\p{Ll}{3,}(?:ere|ørar|ører|arar|are))$/u;

/** "Skjærestua har ni ansatte …": a feminine definite unit, "har", a count of its staff. */
export function unitWithStaff(tokens: readonly string[]): boolean {
  const first = bare(tokens[0] ?? '');
  if (!FEMININE_DEFINITE.test(first) || tokens[1] !== 'har') return false;
  return peopleCount(tokens, 2) && STAFF.test(bare(tokens[3] ?? ''));
}
