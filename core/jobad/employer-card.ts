import { isOrganisationName, organisationIn } from '../company/org-names';
import { normalizeCompanyName } from '../company/names';
import type { TextBlock } from '../model';
import { knownTown } from '../places';
import { locationsFromText } from './location';
import type { JobAdInput } from './types';

/**
 * Two ways a page names its employer outside a labelled fact: a card a board titles "About the employer"
 * ("Om arbeidsgiveren", "Om arbetsgivaren") whose first line is the name, and a logo of initials ("KD",
 * "K&D") that a name the page writes in full spells ("Kinloch & Darroch"): the reader takes the name.
 */

/** Headings of the card a board gives the employer (not "About us": on a board that may be the board). */
const EMPLOYER_CARD =
  /^(?:about the (?:employer|company|organi[sz]ation|hiring company|business)|the employer|employer information|company (?:information|info|profile)|om (?:arbeidsgiveren|arbeidsgjevaren|arbeidsgiver|bedriften|selskapet|virksomheten|verksemda|firmaet|organisasjonen|arbetsgivaren|arbetsgivare|företaget|bolaget|organisationen|verksamheten)|arbeidsgiveren|arbetsgivaren|företagsinformation)\s*[:：]?$/iu;

/** A line that is a name: a few capitalised words (with "og", "&" between), no figures, no sentence. */
const NAME_LINE = /^[\p{Lu}][\p{L}&.'’-]*(?:\s+(?:&|og|och|and|of|[\p{Lu}][\p{L}&.'’-]*)){0,5}$/u;

/** The name on the first line of the employer's card: "Salten Rør og Varme AS" under "Om arbeidsgiveren". */
export function employerOnCard(blocks: readonly TextBlock[], input: JobAdInput): string | undefined {
  for (const lines of [blocks, input.lines?.header ?? []]) {
    const first = lines.find((b) => b.heading !== undefined && EMPLOYER_CARD.test(b.heading.trim()) && !/^h[1-6]$/.test(b.tag));
    const text = first?.text.trim();
    if (text && text.length <= 70 && (isOrganisationName(text) || NAME_LINE.test(text))) return text;
    // "Skarholt Tak AS er en familiebedrift …": a card that opens with a sentence about the employer, its legal name first
    // (an abbreviated form's dot too: "Gotlands Lammproducenter ek. för. ägs av …").
    const subject = text ? organisationIn(text) : undefined;
    if (subject && text!.startsWith(subject) && isOrganisationName(subject) && /^\.?\s+\p{Ll}/u.test(text!.slice(subject.length))) return subject;
    // "Om sidan" over "Bergqvists Bil AB": a feed's card for the page that posted names it, where it gives a legal name.
    const page = lines.find((b) => b.heading !== undefined && PAGE_CARD.test(b.heading.trim()) && !/^h[1-6]$/.test(b.tag))?.text.trim();
    if (page && page.length <= 70 && isOrganisationName(page)) return page;
  }
  return undefined;
}

/** Headings of a feed's card about the page (the account) that posted: "Om sidan", "Om siden", "About this page". */
const PAGE_CARD = /^(?:om sidan|om siden|om sida|om denna sida|om denne siden|about this page|about the page|page info|page information|sideinfo|sidinfo)\s*[:：]?$/iu;

/** "KD", "K&D", "K.D.": a logo's alt text that is only capital initials. */
const INITIALS = /^(?:\p{Lu}\s*[&.+]?\s*){2,5}$/u;

export const isInitials = (text: string): boolean => INITIALS.test(text.trim());

/** Whether `short` gives the initials of the words of `name` ("KD" and "Kinloch & Darroch LLP"). */
export function initialsOf(short: string, name: string): boolean {
  const letters = short.replace(/[^\p{Lu}]/gu, '');
  const words = normalizeCompanyName(name).split(' ').filter(Boolean);
  // "Kinloch & Darroch LLP": a legal form the key keeps is not one of the initials.
  const forms = isOrganisationName(name) ? [words, words.slice(0, -1)] : [words];
  return letters.length >= 2 && forms.some((w) => w.length === letters.length && w.map((x) => x[0]!).join('') === letters.toLowerCase());
}

/**
 * A logo of initials that a name written on the page spells is that name, in the fullest form the page
 * writes ("KD", "Kinloch & Darroch" in the header, "Kinloch & Darroch LLP is …" in the opening).
 */
export function nameTheInitialsSpell(blocks: readonly TextBlock[], input: JobAdInput): string | undefined {
  const logos = [input.lines?.titleLogo, ...(input.lines?.logos ?? [])].filter((l): l is string => !!l && INITIALS.test(l.trim()));
  if (logos.length === 0) return undefined;
  const header = (input.lines?.header ?? []).map((b) => b.text.trim()).filter((t) => t.length <= 60 && NAME_LINE.test(t));
  // v55: the ad's registry line under its text too ("Posted by: Carpentaria Barge & Port Services Pty Ltd · ABN …" for "CBPS").
  const named = [...[...input.blocks, ...blocks].slice(0, 80).map((b) => b.text), ...(input.lines?.registered ?? [])].map((t) => organisationIn(t)).filter((n): n is string => n !== undefined);
  const spelled = [...named, ...header].filter((n) => logos.some((logo) => initialsOf(logo, n)));
  // The fullest form: the one with its legal form, or the longest written.
  return spelled.sort((a, b) => Number(isOrganisationName(b)) - Number(isOrganisationName(a)) || b.length - a.length)[0];
}

const TERMS = /(?<!\p{L})(?:full[- ]?time|part[- ]?time|permanent|temporary|fixed[- ]term|contract|heltid|deltid|fast|vikariat|midlertidig|tillsvidare|visstid|sesong|säsong|seasonal)(?!\p{L})/iu;

/**
 * "Charlbury Park Golf Club · Charlbury, Oxfordshire · Full time, permanent": a line of dotted facts that gives
 * a place and the terms names the employer first (a digest, a newsletter, a board's list item).
 */
export function nameBeforePlaceAndTerms(input: JobAdInput): string | undefined {
  for (const { text } of (input.lines?.header ?? []).slice(0, 40)) {
    const parts = text.split(/\s+[·•]\s+/).map((p) => p.trim());
    if (parts.length < 3 || text.length > 140) continue;
    const [name, ...rest] = parts as [string, ...string[]];
    const placed = rest.some((p) => locationsFromText(p).some((l) => l.city && (knownTown(l.city) || l.region || l.country)));
    const terms = rest.some((p) => TERMS.test(p));
    if (!placed || !terms || name.split(/\s+/).length < 2 || !NAME_LINE.test(name) || TERMS.test(name) || knownTown(name)) continue;
    return name;
  }
  return undefined;
}

/** "VB Arkitekter": a logo's initials, then a word or two the name ends with. */
const INITIALS_THEN_WORDS = /^(\p{Lu}{2,4})((?:\s+\p{Lu}[\p{L}'’-]*){1,2})$/u;

/** "VB Arkitekter" for "Vrålstad och Berg Arkitekter AB grundades 1998 …": the name the initials and the last words spell, in full. */
export function spelledByInitials(name: string, input: JobAdInput): string | undefined {
  const m = INITIALS_THEN_WORDS.exec(name.trim());
  if (!m) return undefined;
  const tail = normalizeCompanyName(m[2]!).split(' ');
  return input.blocks.slice(0, 80).map((b) => organisationIn(b.text)).find((n): n is string => {
    if (!n || !isOrganisationName(n)) return false;
    const words = normalizeCompanyName(n).split(' ');
    // "… Partners LLP": a legal form the key keeps is not one of the words either.
    return [words, words.slice(0, -1)].some((w) => {
      const head = w.slice(0, w.length - tail.length);
      return head.length >= 2 && w.slice(-tail.length).join(' ') === tail.join(' ') && initialsOf(m[1]!, head.join(' '));
    });
  });
}
