import { acronymBrand } from './brand-forms';
import { joinedBrand } from './joined-brand';
import { isOrganisationName, legalNames, organisationIn, registeredLegalNames } from '../company/org-names';
import { isJobBoardHost, withoutSectionWord } from '../company/job-boards';
import { normalizeCompanyName, sameCompanyName, sameWordsReordered } from '../company/names';
import { isShouted, ordinaryCase } from '../company/name-case';
import { spellsOutClub } from '../company/club-forms';
import { isCompoundShortForm, isShortFormOf } from '../company/short-forms';
import { nameMatchesDomain } from '../company/page-name';
import { addsLegalForm, bodyHoldsBrand, reorderedLegalName, shortTexts, spelledBeforeBrackets, withFirmKind, writtenInFull } from './employer-fuller';
import { escapePattern } from '../text/pattern';
import { brandOfLegalName } from '../company/legal-brand';
import { imprintName, operatorOf, ownerOfBrand, tradingNameOf, venueOfLegalName, venueOperator } from './employer-imprint';
import { isInitials, spelledByInitials } from './employer-card';
import { closingUnderFirstWord, nameInAdLanguage, registeredOwner } from './employer-language';
import type { JobAdInput } from './types';

/**
 * The employer's name as a person would give it, in the fullest form the page writes: the organisation
 * without the unit after it, without a charity's form in brackets, with its legal form where the footer or
 * the ad's opening writes one.
 */

/**
 * "Statens kystveier, divisjon Drift og vedlikehold", "Region Norrland, avdelning Vård", "Coastal Survey
 * Office, Department of Hydrography": a unit after a comma belongs to the organisation named before it.
 */
const UNIT_AFTER_COMMA = /,\s+(?:divisjon(?:en)?|avdeling(?:en)?|seksjon(?:en)?|enhet(?:en)?|avdelning(?:en)?|sektion(?:en)?|förvaltning(?:en)?|verksamhetsområde|division|department|directorate|faculty|fakultet(?:et)?|institutt(?:et)?|institutionen|school|unit)\b.*$/iu;

/** "Glenmore Forest Trust (SCIO)", "Byhjelpa (ideell organisasjon)": a charity's form in brackets is not its name. */
const CHARITY_FORM = /\s*\((?:SCIO|CIO|CIC|CLG|(?:a\s+)?(?:registered\s+)?charity(?:\s+(?:no\.?|number)\s*[\w-]+)?|ideell(?:\s+(?:organisasjon|forening|förening|organisation|stiftelse))?|stiftelse|foundation)\)\s*$/iu;

/** "(ICN 9214)", "(ABN 51 824 753 556)", "(org.nr. 912 345 678)": a register's number after the name. */
const NUMBER_IN_BRACKETS = /\s*\((?:ICN|ABN|ACN|NZBN|CRN|CN|org\.?\s*n[ro]\.?|company (?:no\.?|number|code)|reg(?:istration)?\.? (?:no\.?|number))\s*:?\s*[\d][\d\s-]*\)\s*$/iu;

const same = sameCompanyName;

/** The organisation a stated employer names, without its unit or its charity form. */
export function withoutUnit(stated: string): string {
  // "Nordavind Kraft AS – Nett – Planlegging og analyse": the organisation, without the unit path after it.
  const own = organisationIn(stated);
  let name = own && stated.startsWith(own) && /^\s*[-–—|/]/u.test(stated.slice(own.length)) ? own : stated;
  const unit = UNIT_AFTER_COMMA.exec(name);
  if (unit && unit.index >= 3) name = name.slice(0, unit.index).trim();
  // v59: "Caroline Pool Aboriginal Corporation (ICN 9214)": a register's number in brackets is no part of the name either.
  const number = NUMBER_IN_BRACKETS.exec(name);
  if (number && number.index >= 3) name = name.slice(0, number.index).trim();
  const form = CHARITY_FORM.exec(name);
  if (form && form.index >= 3) name = name.slice(0, form.index).trim();
  return name;
}

/**
 * The organisations the ad's opening paragraphs name with a legal form ("Kallvik Data AB bygger plattformen …"),
 * where the name stated is the one its logo writes: a logo gives the brand, the opening the registered name.
 * A name a board writes under the heading or in a labelled fact stays as the board wrote it.
 */
function namedInOpening(input: JobAdInput, name: string): string[] {
  if (![...(input.lines?.logos ?? []), input.lines?.titleLogo ?? ''].some((logo) => same(logo, name))) return [];
  return input.blocks
    .filter((b) => b.tag === 'p')
    .slice(0, 3)
    .map((b) => organisationIn(b.text))
    .filter((n): n is string => n !== undefined);
}

/** "Kolstål (Kolbäcksåns Stål AB) valsar …": the brand as the ad writes it, then its legal name in brackets. */
function legalAfterBrand(name: string, input: JobAdInput): string | undefined {
  const re = new RegExp(String.raw`(?<![\p{L}\d])${escapePattern(name.trim())}\s*\(([^()]{3,80})\)`, 'u');
  return shortTexts(input).map((text) => re.exec(text)?.[1]?.trim()).find((inner) => inner !== undefined && isOrganisationName(inner) && normalizeCompanyName(inner) !== normalizeCompanyName(name));
}

/** Words that open a sentence before a name, never part of it ("The National Soil Carbon Agency is …"). */
const SENTENCE_WORD = /^(?:The|This|That|Our|At|In|On|For|From|With|About|Today|Since|Vi|Hos|Som|Den|Det|Om|Fra|Från|Med|Idag|Nå|Nu)$/u;

/**
 * v50: "Hiiu Saarevõti OÜ keeps the books for …" opening the ad under the logo's "Saarevõti", the place row "Kärdla, Hiiu
 * maakond": a word before the name with its legal form that a header line writes too (a place's name) is part of the name.
 */
function wordBefore(name: string, input: JobAdInput): string | undefined {
  if (!isOrganisationName(name)) return undefined;
  const re = new RegExp(String.raw`^(\p{Lu}[\p{L}-]{2,}) ${escapePattern(name)}(?= \p{Ll})`, 'u');
  const inHeader = (w: string): boolean => (input.lines?.header ?? []).some((b) => !b.text.includes(name) && new RegExp(String.raw`(?<!\p{L})${w}(?!\p{L})`, 'u').test(b.text));
  const word = shortTexts(input).map((t) => re.exec(t)?.[1]).find((w) => w !== undefined && !SENTENCE_WORD.test(w) && inHeader(w));
  return word ? `${word} ${name}` : undefined;
}

/** The employer's name in its fuller legal form where the page writes one: "Sköldö Medical" → "Sköldö Medical AB". */
export function fullerName(stated: string, input: JobAdInput): string {
  const name = withoutUnit(stated);
  const legal = legalNames(input.lines?.footer);
  const header = (input.lines?.header ?? []).map((b) => b.text);
  const written = [...legal, ...namedInOpening(input, name), ...(input.lines?.logos ?? []), ...header];
  // "Sandviksåsens IK" is written out "Sandviksåsens Idrottsklubb" in the footer: a club's form in full.
  // v49: "PKP" (the logo and the data) for "Pattijoen Konepaja Oy is a contract manufacturer …": the name its initials give.
  const initials = (n: string): boolean => /^\p{Lu}{2,6}$/u.test(name) && shortFormOf(name, normalizeCompanyName(n));
  const fuller = written.find((n) => n.length > name.length && (((same(n, name) || writesOut(n, name) || addsLegalForm(n, name) || initials(n)) && isOrganisationName(n)) || spellsOutClub(n, name)));
  // "Tidewell" in the structured data, "Tidewell Labs, Inc." in the ad's opening; "SiMjøs" and "Studentsamskipnaden Mjøs (SiMjøs)".
  const found = fuller ?? registeredOwner(name, input) ?? ownersFullName(name, legal, input.url, registeredLegalNames(input.lines?.footer)) ?? spelledBeforeBrackets(name, input) ?? legalAfterBrand(name, input) ?? writtenInFull(name, input) ?? joinedBrand(stated, input) ?? spelledByInitials(name, input) ?? reorderedLegalName(name, input) ?? imprintName(name, input) ?? operatorOf(name, input) ?? ownerOfBrand(name, input) ?? venueOperator(name, input) ?? closingUnderFirstWord(name, input) ?? name;
  const chosen = withFirmKind(wordBefore(found, input) ?? found, input);
  if (!isShouted(chosen)) return chosen;
  // "TANNLEGENE STORGATA DA" in a letterhead: as the page writes it elsewhere in ordinary case, else in ordinary case.
  return written.find((n) => same(n, chosen) && !isShouted(n) && /\p{Ll}/u.test(n)) ?? ordinaryCase(chosen);
}

/** "Akasha Relief Network (AKASHA)", "Nordisk Vannforum (NVF)": a name, then a short form of it in capitals in brackets. */
const SHORT_IN_BRACKETS = /^(\p{Lu}.{2,80}?)\s*\(\s*(\p{Lu}[\p{Lu}\d&-]{1,9})\s*\)$/u;

/** "EUCORA - European Agency for Coastal Resilience": a short form in capitals, a dash, the name. */
const SHORT_BEFORE_DASH = /^(\p{Lu}[\p{Lu}\d&]{1,9})\s+[-–—]\s+(\p{Lu}.{2,80})$/u;

/** "EUCORA" for "European Agency for Coastal Resilience": the name's first letter first, each longer word's initial in it. */
const initialsWithin = (short: string, name: string): boolean => {
  const words = name.split(/\s+/).filter((w) => w.length >= 4);
  const letters = short.toLowerCase();
  return words.length >= 2 && letters[0] === name[0]!.toLowerCase() && words.every((w) => letters.includes(w[0]!.toLowerCase()));
};

/** Whether the capitals are the name's initials or one of its words in capitals. */
const shortFormOf = (short: string, name: string): boolean =>
  isShortFormOf(short, name) || isCompoundShortForm(short, name) || name.split(/\s+/).some((w) => w.length >= 3 && w.toLocaleUpperCase() === short);

/** The employer's fuller name, and the short form it stands for where the page gives that in brackets ("SiMjøs") or its brand. */
export function employerNames(stated: string, input: JobAdInput): { name: string; alternateName?: string } {
  // v65: "CPRC Careers" in the JobPosting, "Condamine Plains Regional Council" in the footer: a careers site named by the initials.
  const site = withoutSectionWord(stated);
  if (site !== stated && isInitials(site)) {
    const named = employerNames(site, input);
    if (named.name !== site) return { name: named.name, alternateName: site };
  }
  // "Organization: Akasha Relief Network (AKASHA)": the short form in brackets after the name is what it goes by.
  const bracketed = SHORT_IN_BRACKETS.exec(stated.trim());
  if (bracketed && shortFormOf(bracketed[2]!, bracketed[1]!)) return { ...employerNames(bracketed[1]!, input), alternateName: bracketed[2]! };
  // "Institution/Agency: EUCORA - European Agency for Coastal Resilience": the short form first, then the name.
  const leading = SHORT_BEFORE_DASH.exec(stated.trim());
  if (leading && (shortFormOf(leading[1]!, leading[2]!) || initialsWithin(leading[1]!, leading[2]!))) return { ...employerNames(leading[2]!, input), alternateName: leading[1]! };
  // "Vaskiluodon Sähkökone Oy" in a Swedish ad's data, "Vasklot Elmaskin Ab" in its text: the name in the ad's language.
  const other = nameInAdLanguage(stated, input);
  if (other) return { name: other, alternateName: stated };
  const name = fullerName(stated, input);
  const short = withoutUnit(stated);
  // "Kranich Logistics" (the card) for "Kranich Logistik GmbH" (the imprint): the brand stays as the name it goes by.
  // "Cedar Valley Water" for "Cedar Valley Regional Water Authority": a public body's brand too.
  // "Serena Palm Beach Resort", run by "Palm Serena Hospitality N.V.", and "KorsouStaff", another's trade name: the venue and the brand too.
  const brandOrVenue = (): boolean => ownerOfBrand(short, input) === name || venueOperator(short, input) === name || venueOfLegalName(name, short);
  // "Ekebacka Bruk" in the data, "Ekebacka Pappersbruk AB" under the ad: a brand of two words or more that opens as the legal name does.
  const [brandWords, legalWords] = [normalizeCompanyName(short).split(' '), normalizeCompanyName(name).split(' ')];
  const sameOpening = brandWords.length >= 2 && brandWords[0]!.length >= 4 && brandWords[0] === legalWords[0];
  if (name !== short && (spelledBeforeBrackets(short, input) === name || brandOfLegalName(short, name) || bodyHoldsBrand(name, short) || acronymBrand(name, short) || brandOrVenue() || sameOpening)) return { name, alternateName: short };
  // "Harbour Charters Vava'u is a trading name of Neiafu Harbour Charters Limited": the name it trades under.
  const trading = tradingNameOf(name, input);
  return trading ? { name, alternateName: trading } : { name };
}

/**
 * On the employer's own site (not a board), the footer's legal name that holds the short name whole is its full
 * name: "Byhjelpa" → "Stiftelsen Byhjelpa Stavanger". A board's footer names the board.
 */
function ownersFullName(name: string, legal: readonly string[], url: string, registered: readonly string[] = []): string | undefined {
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    return undefined;
  }
  const key = normalizeCompanyName(name);
  if (!key) return undefined;
  // On a board, only a line that registers the name with one more word ("Corriebank Rail Systems Ltd, … Registered in
  // England No. …" for "Corriebank Rail") is the employer's; the board's own line may open with any word.
  const oneMore = (n: string): boolean => normalizeCompanyName(n).startsWith(`${key} `) && normalizeCompanyName(n).split(' ').length === key.split(' ').length + 1;
  if (isJobBoardHost(host)) return registered.find((n) => isOrganisationName(n) && oneMore(n));
  const whole = legal.find((n) => n.length > name.length && ` ${normalizeCompanyName(n)} `.includes(` ${key} `) && n.split(/\s+/).length <= 5);
  if (whole) return whole;
  // v65: "Chic-Chocs Composites" (the logo) on chicchocs.ca, "© 2026 Composites Chic-Chocs inc." in the footer: the same words in Québec's French order.
  const reordered = legal.find((n) => isOrganisationName(n) && sameWordsReordered(name, n));
  if (reordered) return reordered;
  // A brand the site's address spells ("Bergtun Hotels" on bergtunhotels.no) is the trading name of the legal
  // name its footer gives under the same first word: "Bergtun Hotelldrift AS". Another owner's name is not it.
  const first = key.split(' ')[0]!;
  if (first.length < 4 || !nameMatchesDomain(name, host.replace(/^www\./, ''))) return undefined;
  return legal.find((n) => normalizeCompanyName(n).split(' ')[0] === first && normalizeCompanyName(n) !== key && isOrganisationName(n));
}

/** "North Tamar Hospitals NHS Foundation Trust" writes out "North Tamar Hospitals": the same words, then a public body's form. */
export function writesOut(fuller: string, name: string): boolean {
  const rest = fuller.slice(name.length);
  return fuller.toLowerCase().startsWith(name.toLowerCase()) && /^\s+(?:NHS\s+)?(?:Foundation\s+)?(?:Trust|Health Board)$/u.test(rest);
}
