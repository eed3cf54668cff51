import { normalizeCompanyName } from './names';
import { isOrganisationName } from './org-names';

/**
 * A brand and the legal name it is written out as, word for word in another language or spelling (used for an ad's
 * employer and for a company page's logo against its footer).
 */

/** A word as it sounds across languages: "technologies" and "teknologier", "systems" and "systemer". */
const sound = (word: string): string => word.replace(/ch|ck|c|q/g, 'k').replace(/ph/g, 'f').replace(/th/g, 't').replace(/y/g, 'i');
/** "Teknikrekrytering" for the brand's "Rekrytering": a compound the brand writes by its last part (in the name's words after the first). */
const endsCompound = (long: string, short: string): boolean => short.length >= 5 && long.length >= short.length + 3 && long.endsWith(short);
/** Two words that are one word in two languages: the same first five sounds ("Logistics", "Logistik"). */
const sameWord = (a: string, b: string): boolean => a === b || (a.length >= 5 && b.length >= 5 && sound(a).slice(0, 5) === sound(b).slice(0, 5));

/**
 * Whether `brand` is `legal` without its form, word for word, in another language or spelling: "Kranich Logistics"
 * for "Kranich Logistik GmbH", "Nordvik Systems" for "Nordvik Systemer AS". The first word, the name's own, is the same.
 */
export function brandOfLegalName(brand: string, legal: string): boolean {
  const words = normalizeCompanyName(brand).split(' ').filter(Boolean);
  // The key drops the legal form ("GmbH", "AS", "Ltd"): the words of the name are compared.
  const legalWords = normalizeCompanyName(legal).split(' ').filter(Boolean);
  return words.length >= 2 && words.length === legalWords.length && words[0] === legalWords[0] && words.every((w, i) => sameWord(w, legalWords[i]!) || endsCompound(legalWords[i]!, w)) && words.join(' ') !== legalWords.join(' ');
}

/**
 * v61: "Mulga Creek Cattle" (logo) over "Mulga Creek Pastoral Co · PO Box 214, Charleville QLD 4470" (footer): the brand's
 * words but its last, then another trade's word and a legal form, on the footer's letterhead line, are the firm's name.
 */
export function letterheadOfOtherTrade(brand: string, legal: string, footer: readonly string[]): boolean {
  const [b, l] = [normalizeCompanyName(brand).split(' ').filter(Boolean), normalizeCompanyName(legal).split(' ').filter(Boolean)];
  const same = b.length >= 3 && l.length === b.length && b.slice(0, -1).join(' ') === l.slice(0, -1).join(' ') && b[b.length - 1] !== l[l.length - 1];
  return same && isOrganisationName(legal) && footer.some((line) => line.startsWith(legal) && /^\s*[·•|]\s*[^·•|]*\d/u.test(line.slice(legal.length)));
}
