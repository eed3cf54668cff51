import { endsInFirmWord } from './not-person-names';
/** A person's name as pages write it, apart from what else the people readers (people.ts) look for. */

// A patronymic prefix may stand before the capital: "McInnes", "MacLeod", "O'Brien", "D'Souza".
/** One word of a person's name: "Bøe", "McAllister", "Nilsen-Hågensen". */
export const NAME_PART = String.raw`(?:Mc|Mac|O['’]|D['’])?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?`;
/** v59: an Irish name's own particle, a word of its own: "Niamh Ó Catháin", "Siobhán Ní Bhriain", "Seán Mac Giolla". */
export const IRISH_PARTICLE = String.raw`(?:Ó|Ní|Nic|Mac|Uí)`;
export const PARTICLE = String.raw`(?:von|van|der|de|af|la|le|du|da|${IRISH_PARTICLE})`;
const PERSON_NAME = new RegExp(String.raw`^${NAME_PART}(?:\s+(?:${PARTICLE}\s+)?(?:\p{Lu}\.|${NAME_PART})){1,3}$`, 'u');
/** Capitalised words that start headings and menus, never a person's name. */
export const NOT_NAMES = /^(?:om|about|our|vår|vårt|våre|meet|møt|möt|the|vi|we|kontakt|contact|ledelse|ledning|styret|styrelse|board|team|teamet|values|verdier|nyheter|news|karriere|karriär|careers|jobb|hjem|home|hem|les|läs|read|se|see|våra|alle|all|new|ny|nya)\b/iu;

/** A title before the name and letters after it: "Dr. Miriam Okafor", "Rachel Bouchard, RN, CDE", "Prof. Anna Ek, PhD". */
const HONORIFIC = /^(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.?\s+/u;
const CREDENTIALS = /(?:,\s*(?:RN|RPN|LPN|NP|CDE|MD|PhD|MSc|BSc|MA|BA|MBA|CPA|CFA|P\.?\s?Eng\.?|DDS|FRCPC?))+$/u;

/** The name itself, without a title before it or credentials after it. */
export const bareName = (text: string): string => text.trim().replace(HONORIFIC, '').replace(CREDENTIALS, '');

/** A name of two to four words in capitals, not a heading's or a menu's opening word. */
export function isPersonName(text: string): boolean {
  const t = bareName(text);
  // … nor a firm named by its trade ("Skånsk Rekrytering", "Kyriakou Shipping Management", not-person-names.ts).
  return t.length <= 40 && PERSON_NAME.test(t) && !NOT_NAMES.test(t) && !endsInFirmWord(t);
}
