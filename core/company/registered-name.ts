import { normalizeCompanyName } from './names';
import type { PageLines } from '../model';
import { COMPANY_REGISTRATION, isOrganisationName, legalNames } from './org-names';

/**
 * The name a site's footer registers: the line that carries the organisation's registration number ("Org.nr",
 * "FO-nummer", "Kt." (kennitala), "Company no."), or the name standing alone a line or two above it
 * ("Ljungsåns vattenförbund" / "Kommunalförbund" / "Org.nr 222000-2817"). That is the owner's legal name, whatever
 * brand the site goes by ("Hälsingetimmer" over "Ljusdals Timmertransport AB · … · Org.nr 556218-4470").
 */

/** A company's registration label (org-names.ts); a charity's is read apart, below. */
const REGISTRATION = new RegExp(COMPANY_REGISTRATION, 'iu');
/** A charity's registration ("Charitable registration no. 81234 5678 RR0001", "Registered charity no. 1104478"). */
const CHARITY_REGISTRATION = /(?<!\p{L})(?:(?:charitable |charity )?registration (?:no|number)|registered charity(?: no| number)?|charity (?:no|number))(?!\p{L})/iu;
/** Whether a line carries a registration number's label ("Tverrå Bygg AS · Org.nr. 998 217 560 · …"). */
export function isRegistrationLine(line: string): boolean {
  return REGISTRATION.test(line) || CHARITY_REGISTRATION.test(line);
}

/** A line that is a name alone: a few words, the first capitalised, no figures, no sentence. */
const NAME_ALONE = /^\p{Lu}[\p{L}&'’.-]*(?:\s+(?:&|og|och|of|and|i|[\p{L}][\p{L}&'’.-]*)){0,5}$/u;
/** Lines that stand above a registration number and are no name. */
const NOT_NAME = /^(?:kontakt(?: oss)?|contact(?: us)?|adresse|adress|address|besøksadresse|besöksadress|postadresse|postadress|kommunalförbund|kommunalt foretak|aktiebolag|aksjeselskap|stiftelse|ideell forening|ideell förening|ekonomisk förening|registered office|head office|hovedkontor|huvudkontor|kundservice|customer service|om oss|about us)$/iu;

export function registeredName(footer: readonly string[] | undefined): string | undefined {
  const lines = footer ?? [];
  const at = lines.findIndex((line) => REGISTRATION.test(line));
  if (at < 0) return undefined;
  // "Ljusdals Timmertransport AB · Kläppavägen 3 … · Org.nr 556218-4470": the line's own legal name.
  const own = legalNames([lines[at]!])[0];
  if (own) return own;
  for (let i = at - 1; i >= Math.max(0, at - 3); i--) {
    const line = lines[i]!.trim();
    if (/\d/.test(line) || NOT_NAME.test(line)) continue;
    if (line.length <= 60 && NAME_ALONE.test(line) && normalizeCompanyName(line)) return line;
  }
  return undefined;
}

/**
 * The owner's name a site's brand stands for: the registered name of its footer, or a legal name there that holds the
 * brand's words in their order ("Amnicon Terminal" for "© 2026 Amnicon Grain Terminal Inc."). Undefined when the brand
 * is that name already.
 */
export function ownersName(brand: string | undefined, lines: PageLines | undefined): string | undefined {
  const registered = registeredName(lines?.footer);
  const shortened = brand ? legalNames(lines?.footer).find((n) => isOrganisationName(n) && holdsWordsOf(n, brand)) : undefined;
  const name = registered ?? shortened;
  // "© 2026 Pleievakt · Org.nr …" under "Pleievakt Bemanning": a registration that writes the name short, without its
  // legal form, is not fuller ("Svartkletta ehf." under "Svartkletta Tours" is the legal name).
  const shorter = name && brand && !isOrganisationName(name) && normalizeCompanyName(brand).startsWith(`${normalizeCompanyName(name)} `);
  return name && !shorter && (!brand || normalizeCompanyName(name) !== normalizeCompanyName(brand)) ? name : undefined;
}

/**
 * Whether `full` holds every word of `brand` in order, the first and the last words its own, with one or two more
 * words between: "Amnicon Grain Terminal Inc." for "Amnicon Terminal". More words after the brand make another firm
 * ("Lövsta Kvarn Förvaltning AB" is not "Lövsta Kvarn").
 */
export function holdsWordsOf(full: string, brand: string): boolean {
  const words = normalizeCompanyName(brand).split(' ').filter(Boolean);
  const fullWords = normalizeCompanyName(full).split(' ').filter(Boolean);
  if (words.length < 2 || words[0] !== fullWords[0] || words[words.length - 1] !== fullWords[fullWords.length - 1]) return false;
  if (fullWords.length - words.length > 2 || fullWords.length <= words.length) return false;
  let at = 0;
  for (const w of fullWords) if (w === words[at]) at += 1;
  return at === words.length;
}

/** "Vasklot Elmaskin Ab – Vaskiluodon Sähkökone Oy": a bilingual Finnish firm's two registered names on one line. */
const PARALLEL = /(\p{Lu}[\p{L}\d&'’. -]{1,60}?\s(?:Ab|Oy|Oyj|Abp))\s*[–—\-/]\s*(\p{Lu}[\p{L}\d&'’. -]{1,60}?\s(?:Ab|Oy|Oyj|Abp))(?![\p{L}\d])/u;

/** The other registered name of a firm whose footer writes both of its names: either may name it on a page elsewhere. */
export function parallelNames(footer: readonly string[] | undefined): string[] {
  for (const line of footer ?? []) {
    const m = PARALLEL.exec(line);
    if (m && /\sO[yY]j?$/u.test(m[1]!) !== /\sO[yY]j?$/u.test(m[2]!)) return [m[1]!.trim(), m[2]!.trim()];
  }
  return [];
}
