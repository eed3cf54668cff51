/**
 * A unit named inside a Bokmål or Swedish compound, anywhere in the sentence: "jourteamet tar akuta fel …",
 * "Vi är fem i maskinlaget på PM3", "montører på nettlaget i Førde", and a unit word in its definite plural
 * ("grupperna för brokonstruktion", "gruppene i Bergen"). Cues match a short unit word ("team", "lag") only at a word's
 * start, so a compound that ends in one was read as nothing; its definite ending and a head of its own make it a unit
 * ("laget av" is "made of"; "forlaget", "förlaget" a publisher).
 */

import { MONTH, YEAR_OR_MONTH } from './figures';

/**
 * A head of at least four letters, then a short unit word in its definite form: "team" and "lag" are too short to be
 * found inside a compound by a cue (stems.ts, MIN_INFIX_STEM); longer unit words ("avdeling", "gruppen", "skiftet") are.
 * v65: a crew in its definite form too ("Preppegjengen jobber om natta …", "Lastgänget").
 */
const COMPOUND = /^\p{L}{4,}-?(?:teamet|teamene|teama|teamen|laget|lagene|gjengen|gänget)$/u;
/** A unit word in its definite plural, on its own: "grupperna", "gruppene", "teamene", "avdelningarna". */
const PLURAL = /^(?:grupperna|gruppene|teamene|teamen|avdelingene|avdelningarna|enhetene|enheterna)$/u;
/**
 * Words that end in "-laget" and name no unit: a company ("bolaget", "bostadsbolaget"), a proposal or a basis
 * ("forslaget", "förslaget", "underlaget", "beslaget"), a housing co-operative ("borettslaget"), a publisher.
 */
const NOT_A_LAG = /(?:slaget|slagene|bolaget|underlaget|tillaget|samlaget|forlaget|förlaget)$/u;
/** Management and the board are people; clubs and societies are not the company's. */
const NOT_UNIT_HEAD = /^(?:leder|leiar|ledel|ledning|styre|styrelse|idretts|idrotts|fotball|fotbolls|skytter|skytte|sanitets|historie|bygde|musikk|musik|hobby)/u;

/**
 * Whether a sentence (folded words) names a unit inside a compound or in the definite plural, as the unit is: a dated
 * event or plan of it ("Hemdialysteamet utökas … i april 2026") is the strategy's, as for a unit named as the subject.
 */
export function namesUnitInCompound(text: readonly string[]): boolean {
  // v61: a season ("från maj till oktober", "from May to October") dates nothing.
  const season = (i: number): boolean => (FROM_TO.test(text[i - 1] ?? '') && TILL.test(text[i + 1] ?? '') && MONTH.test(text[i + 2] ?? '')) || (TILL.test(text[i - 1] ?? '') && MONTH.test(text[i - 2] ?? '') && FROM_TO.test(text[i - 3] ?? ''));
  if (text.some((word, i) => YEAR_OR_MONTH.test(word) && !(MONTH.test(word) && season(i)))) return false;
  // v61: "Vårt fiskecampteam guidar gäster …", "Our" before a compound in its indefinite form.
  const ours = (i: number): boolean => OUR.test(text[i - 1] ?? '') && OWN_COMPOUND.test(text[i]!) && !NOT_A_LAG.test(`${text[i]}et`) && !NOT_UNIT_HEAD.test(text[i]!);
  return text.some((word, i) => PLURAL.test(word) || (COMPOUND.test(word) && !NOT_A_LAG.test(word) && !NOT_UNIT_HEAD.test(word)) || ours(i));
}

const OUR = /^(?:vårt|vår|våre|våra)$/;
const FROM_TO = /^(?:from|fra|från)$/;
const TILL = /^(?:to|til|till)$/;
const OWN_COMPOUND = /^\p{L}{4,}-?(?:team|lag)$/u;
