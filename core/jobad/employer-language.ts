import { formFirst, normalizeCompanyName } from '../company/names';
import { hasRegistrationNo, isOrganisationName, legalNames, organisationIn } from '../company/org-names';
import { sameFirstWord } from './brand-forms';
import { HOLDING } from './employer-fuller';
import { registeredName } from '../company/registered-name';
import { jobBoardFor } from '../company/job-boards';
import { townOfAddress } from '../places';
import { nameMatchesDomain } from '../company/page-name';
import type { JobAdInput } from './types';

/**
 * A bilingual Finnish firm has two registered names, one per language: "Vaskiluodon Sähkökone Oy" and "Vasklot
 * Elmaskin Ab". The ad's employer is the name in the ad's own language: a Swedish (or English) ad that states the
 * Finnish name in its data but writes the Swedish one in its text, beside a logo or an address that spells it, names
 * the firm the Swedish way; a Finnish ad the Finnish way.
 */

const FINNISH_FORM = /\s(?:Oy|Oyj)$/u;
const SWEDISH_FORM = /\s(?:Ab|Abp|AB)$/u;

export function nameInAdLanguage(stated: string, input: JobAdInput): string | undefined {
  const finnishAd = /^fi\b/iu.test(input.lang ?? '');
  const wrong = finnishAd ? SWEDISH_FORM : FINNISH_FORM;
  const right = finnishAd ? FINNISH_FORM : SWEDISH_FORM;
  if (!wrong.test(stated.trim()) || (!finnishAd && input.lang !== undefined && !/^(?:sv|en)\b/iu.test(input.lang))) return undefined;
  let host = '';
  try {
    host = new URL(input.url).hostname.replace(/^(?:www|jobs|careers|karriar|ura|rekry)\./u, '');
  } catch {
    return undefined;
  }
  const logos = (input.lines?.logos ?? []).map(normalizeCompanyName);
  const named = input.blocks
    .filter((b) => b.tag === 'p')
    .slice(0, 6)
    .map((b) => organisationIn(b.text))
    .filter((n): n is string => n !== undefined && right.test(n));
  // The other name is the firm's own only where its logo or its address spells it too.
  return named.find((n) => logos.includes(normalizeCompanyName(n)) || nameMatchesDomain(n, host));
}

/** A body's form written before its name: "Stiftelsen …", "Föreningen …", "The … Trust" is left to the words. */
const FORM_FIRST = /^(?:stiftelsen|stiftelse|stiftinga|föreningen|foreningen|forbundet|förbundet|andelslaget|aktiebolaget|the)\s+/iu;
const firstWord = (name: string): string => normalizeCompanyName(name.replace(FORM_FIRST, '')).split(' ')[0]!.replace(/s$/u, '');

/**
 * "Björnskär Marine Station" (the brand in the ad's data), "Stiftelsen Björnskärs Havsstation, org. no. 802004-3318" (the
 * footer's registration line): the brand's registered name, in another language, opening with its own first word, is
 * the employer's name. Another firm in the footer (the board's operator) opens with another word, and a job board's
 * footer is its own.
 */
/**
 * "Ekbacka gård", "Solheim gartneri", "TVERRÅ": one proper word, perhaps with a common noun after it. A brand of
 * several proper words ("Lövsta Kvarn") is a name of its own: the closing line's "Lövsta Kvarn Förvaltning AB" is
 * another company (the one holding its buildings), and only the footer's registration line may name its owner.
 */
function oneWordBrand(stated: string): boolean {
  const words = stated.trim().split(/\s+/);
  return words.slice(1).every((w) => /^\p{Ll}/u.test(w));
}

/**
 * The ad's own closing line with the employer's legal name, under the text rather than in the site's footer: a
 * registration line ("Tverrå Bygg AS · Org.nr. 998 217 560 · …") or the name with its postal address ("Ekbacka
 * Mjölk AB, Ekbacka 4, 534 91 Vara"). Read from the end of the ad; the name must open the line.
 */
function closingName(input: JobAdInput): string | undefined {
  // Read once per ad: the brand's fuller name asks for it twice (registeredOwner, then closingUnderFirstWord last).
  const known = closings.get(input);
  if (known) return known.name;
  const name = readClosingName(input);
  closings.set(input, { name });
  return name;
}
const closings = new WeakMap<JobAdInput, { name: string | undefined }>();

function readClosingName(input: JobAdInput): string | undefined {
  const footer = new Set(input.lines?.footer ?? []);
  // v49: a registry line that opens a longer block ("SIA Dzeltenā Kalna Maiznīca, reg. No. …, legal address: … By submitting
  // your CV …") counts by its opening, and only by its registration number.
  const blocks = input.blocks.filter((b) => !footer.has(b.text)).map((b) => b.text.trim());
  const lines = [...blocks, ...(input.lines?.registered ?? [])];
  for (const whole of lines.reverse()) {
    // "Huvudman: Ekvrå Friskola AB, org.nr …": a short label before the name is not part of it.
    const line = whole.slice(0, 160).replace(/^\p{Lu}[\p{Ll} ]{2,20}:\s+(?=\p{Lu})/u, '');
    const named = registeredName([line]) ?? (whole.length <= 160 && townOfAddress(line) !== undefined ? legalNames([line])[0] : undefined);
    if (named && line.startsWith(named)) return named;
  }
  return undefined;
}

/**
 * v64: "Austurljós Travel" over the ad's own closing line "Austurljós ferðir ehf. · kt. 470915-1230 · …": the registered name
 * under the brand's first word, where nothing else on the page writes the brand out (the last reading tried).
 */
export function closingUnderFirstWord(stated: string, input: JobAdInput): string | undefined {
  const closing = closingName(input);
  // Not a firm holding the brand's buildings ("Lövsta Kvarn Förvaltning AB"), nor one whose next word is another ("Ulvla Puhastus OÜ" under "Ulvla Puit").
  if (!closing || isOrganisationName(stated) || HOLDING.test(closing) || normalizeCompanyName(closing) === normalizeCompanyName(stated) || !sameFirstWord(closing, stated)) return undefined;
  // Its registry line, with the number: a name with its address only ("Solvik Eiendom AS, Storgata 12, …") may be another firm's.
  const lines = [...input.blocks.map((b) => b.text), ...(input.lines?.registered ?? [])];
  return firstWord(stated).length >= 5 && lines.some((t) => t.includes(closing) && hasRegistrationNo(t)) ? closing : undefined;
}

export function registeredOwner(stated: string, input: JobAdInput): string | undefined {
  // A marketplace's footer is the board's own ("Byhjelpa Rekruttering og Media AS" on finn.no), never the employer's.
  const footer = jobBoardFor(input.url)?.kind === 'board' ? undefined : registeredName(input.lines?.footer);
  const closing = closingName(input);
  // "Gudmundrå Skog" over "Gudmundrå Skogsägare ekonomisk förening · Org.nr …": the brand shortens the name's last word;
  // the ad's own registry line is the employer's, whatever the site's footer registers (v49: a board's operator there).
  if (closing && ((!footer && shortensLastWord(stated, closing)) || closesName(stated, closing))) return closing;
  const registered = footer ?? (oneWordBrand(stated) ? closing : undefined);
  if (!registered || normalizeCompanyName(registered) === normalizeCompanyName(stated)) return undefined;
  const own = firstWord(stated);
  // "Fjord Bemanning" (the brand written apart) and "Fjordbemanning Østlandet AS" (the registered compound).
  const joined = normalizeCompanyName(stated.replace(FORM_FIRST, '')).split(' ').slice(0, 2).join('');
  const first = firstWord(registered);
  return own.length >= 4 && (first === own || (joined.length >= 8 && first === joined.replace(/s$/u, '')) || definiteCompound(own, registered)) ? registered : undefined;
}

/** v49: "Kalna Maiznīca" for "SIA Dzeltenā Kalna Maiznīca": a brand of two words or more that closes the registered name, one word before it. */
function closesName(stated: string, registered: string): boolean {
  // The registered name's key without a Baltic form before it ('SIA "…"', "UAB …"), as names.ts stores it.
  const [brand, legal] = [normalizeCompanyName(stated).split(' '), (formFirst(registered)[0] ?? normalizeCompanyName(registered)).split(' ')];
  return brand.length >= 2 && legal.length === brand.length + 1 && brand.every((w, i) => w === legal[i + 1]) && isOrganisationName(registered);
}

/**
 * "Gudmundrå Skog" for "Gudmundrå Skogsägare ekonomisk förening", "Nordvik Elektro" for "Nordvik Elektroinstallasjon AS":
 * the same words, the last one cut short, and the legal form after. "Lövsta Kvarn Förvaltning AB" adds a word: another firm.
 */
function shortensLastWord(stated: string, registered: string): boolean {
  const [brand, legal] = [normalizeCompanyName(stated).split(' '), normalizeCompanyName(registered).split(' ')];
  const last = brand.length - 1;
  if (last < 1 || legal.length <= last || legal.length > brand.length + 2 || !isOrganisationName(registered)) return false;
  const [short, long] = [brand[last]!, legal[last]!];
  // v51: "Retla Puit" for "Retla Puidutööstus OÜ": the word's stem as Estonian and Finnish compounds soften it (t→d, k→g, p→b).
  const softened = short.slice(0, -1) + ({ t: 'd', k: 'g', p: 'b' }[short.slice(-1)] ?? short.slice(-1));
  return brand.slice(0, last).every((w, i) => w === legal[i]) && short.length >= 4 && long.length > short.length && (long.startsWith(short) || long.startsWith(softened));
}

/**
 * "Ekvråskolan" for "Ekvrå Friskola AB", "Vikahuset" for "Vika Hus AS": a brand that joins the registered name's first
 * word to the definite form of the kind its next word ends with.
 */
function definiteCompound(own: string, registered: string): boolean {
  const [first, second] = normalizeCompanyName(registered).split(' ');
  if (!first || !second || first.length < 4 || !own.startsWith(first)) return false;
  const rest = own.slice(first.length);
  // "skolan" is "skola" and its article, "huset" is "hus" and its: any of the endings may be the article.
  return ['n', 'en', 'et', 'a', 'an', 'na'].some((article) => rest.endsWith(article) && rest.length - article.length >= 3 && second.endsWith(rest.slice(0, -article.length)));
}
