/**
 * A unit named by the field it serves, as hospitals and large works name theirs: "The Clinic of Medicine employs 640
 * people …", "The Division of Surgery runs …", "Klinikk for medisin har 640 ansatte", "Avdeling for kirurgi driver …",
 * "Medisinsk klinikk har …", "Kliniken för medicin har …", "Medicinska kliniken tar emot …". The unit word opens the
 * subject with its field after it (or an adjective of the field before it), and a present doing word follows. Not
 * "Department of …" or "Office of …", which name a public body (public-bodies.ts). Raw tokens, for their capitals.
 */
import { bareToken as bare } from './stems';

/** English unit words a field may follow with "of" or "for"; "department" and "office" name ministries too. */
const EN_UNIT = /^(?:Clinic|Division|Ward|Section|Unit|Laboratory|Lab)$/u;
const EN_OF = /^(?:of|for)$/u;
/** A present doing word: "employs", "runs", "has"; not "is", "was", nor a possessive or a plural. */
const EN_DOES = /^(?:has|\p{Ll}{3,}s)$/u;
const EN_NOT_DOING = /^(?:was|this|its|us|thus|plus|always|sometimes|news|patients|staff|nurses|doctors|beds)$/u;
/** How many words the field may take before the doing word: "of Internal Medicine and Geriatrics employs". */
const FIELD_REACH = 4;

/** Bokmål and Swedish unit words, bare or definite, that a field follows with "for"/"för" or an adjective goes before. */
const NORDIC_UNIT = /^(?:klinikk|klinikken|klinik|kliniken|avdeling|avdelingen|avdelning|avdelningen|seksjon|seksjonen|sektion|sektionen|enhet|enheten)$/u;
const NORDIC_FOR = /^(?:for|för)$/u;
/** An adjective of the field: "Medisinsk", "Kirurgiska", "Psykiatrisk". */
const FIELD_ADJECTIVE = /^\p{Lu}\p{Ll}{3,}(?:sk|ska|ske)$/u;
/** A present doing word: "har", "driver", "tar"; not "er"/"är", nor a preposition that ends like one. */
const NORDIC_DOES = /^\p{Ll}+r$/u;
const NORDIC_NOT_DOING = /^(?:er|är|var|eller|etter|efter|under|over|över|for|för|før|der|där|her|här|når|när|hvor)$/u;

const doesWithin = (tokens: readonly string[], from: number, does: RegExp, notDoing: RegExp): boolean =>
  tokens.slice(from, from + FIELD_REACH).some((w, i) => {
    const word = bare(w);
    // The field ends at a comma: "… for Medicine, which …" is an aside, not the unit at work.
    return does.test(word) && !notDoing.test(word) && tokens.slice(from, from + i).every((p) => !/[,.]$/u.test(p));
  });

function englishUnitOfField(tokens: readonly string[]): boolean {
  if (!/^(?:the|our)$/iu.test(tokens[0] ?? '') || !EN_UNIT.test(bare(tokens[1] ?? '')) || !EN_OF.test(tokens[2] ?? '')) return false;
  return /^\p{Lu}/u.test(tokens[3] ?? '') && doesWithin(tokens, 4, EN_DOES, EN_NOT_DOING);
}

function nordicUnitOfField(tokens: readonly string[]): boolean {
  const first = bare(tokens[0] ?? '');
  if (!/^\p{Lu}/u.test(first)) return false;
  if (NORDIC_UNIT.test(first.toLowerCase()) && NORDIC_FOR.test(tokens[1] ?? '') && /^\p{Ll}/u.test(tokens[2] ?? '')) {
    return doesWithin(tokens, 3, NORDIC_DOES, NORDIC_NOT_DOING);
  }
  return FIELD_ADJECTIVE.test(first) && NORDIC_UNIT.test(bare(tokens[1] ?? '')) && doesWithin(tokens, 2, NORDIC_DOES, NORDIC_NOT_DOING);
}

/** Whether a sentence (raw tokens, an opening quote mark gone) opens with a unit named by its field: see the module comment. */
export function unitOfField(tokens: readonly string[]): boolean {
  return englishUnitOfField(tokens) || nordicUnitOfField(tokens);
}
