import { compactCompanyName } from '../company/names';
import { withoutSectionWord } from '../company/job-boards';
import { isShortFormOf } from '../company/short-forms';
import type { JobAdInput } from './types';
import { GENERIC_TITLE } from './generic-title';

/**
 * "EuroBrussels - Policy Adviser … (Brussels)" on eurobrussels.com, "Fjordjobb – Sykepleier" on fjordjobb.no: a page
 * title's segment that is the site's own name (its host's word, or the name it gives itself) is no job title.
 */
export function namesSite(segment: string, input: Pick<JobAdInput, 'url' | 'siteName'>): boolean {
  const key = compactCompanyName(segment);
  if (key.length < 3) return false;
  if (input.siteName && compactCompanyName(input.siteName) === key) return true;
  try {
    const label = new URL(input.url).hostname.replace(/^www\d?\./, '').split('.')[0] ?? '';
    return compactCompanyName(label) === key;
  } catch {
    return false;
  }
}

/**
 * "iTromsø Jobb" on iTromsø's pages, "HD Jobb" on Helsingborgs Dagblad's (its initials): the site's own name, or its
 * short form, with a word for its job section after it is the site, never an employer.
 */
export function namesSiteSection(name: string, input: Pick<JobAdInput, 'url' | 'siteName' | 'lines'>): boolean {
  const base = withoutSectionWord(name);
  if (base === name.trim() || base.length < 2) return false;
  return namesSite(base, input) || (!!input.siteName && (isShortFormOf(base, input.siteName) || logoGivesShortName(base, input.siteName, input.lines?.logos)));
}

/** "LT – Länstidningen Östersund", "Länstidningen Östersund (LT)": the site's logo writes its short name beside the full one. */
function logoGivesShortName(short: string, site: string, logos: readonly string[] = []): boolean {
  const [s, full] = [compactCompanyName(short), compactCompanyName(site)];
  return logos.some((alt) => {
    const parts = alt.split(/\s+[–—|-]\s+|\s*[()]\s*/u).map(compactCompanyName).filter(Boolean);
    return parts.length === 2 && parts.includes(s) && parts.includes(full);
  });
}

/**
 * "Hadeland" in the title of Avisa Hadeland's pages on www.hadeland.net: part of the site's name that its address spells
 * is the site's short name, however alone it stands in the title.
 */
export function namesSiteInShort(segment: string, input: Pick<JobAdInput, 'url' | 'siteName'>): boolean {
  if (!input.siteName) return false;
  const words = (s: string): string[] => s.toLowerCase().split(/[^\p{L}\d]+/u).filter(Boolean);
  const site = words(input.siteName);
  const own = words(segment);
  const at = site.findIndex((_, i) => own.every((w, j) => site[i + j] === w));
  return own.length > 0 && own.length < site.length && at >= 0 && namesSite(segment, input);
}

/**
 * The site's names, lower case: its stated name, and v54: the page title's part after a generic first that a logo writes too
 * ("Job details | Gascoyne Jobs Hub" over the logo's h1 "Gascoyne Jobs Hub"; in "Vacancies - Assistant Harbour Master" the
 * part is the job), or the part before a generic last, the site's tagline ("Customs Entry Clerk | RainyRiverWorks – Jobs in
 * the Rainy River District").
 */
export function siteNames(input: Pick<JobAdInput, 'siteName' | 'title' | 'lines'>): Set<string> {
  const parts = input.title.split(/\s+[|–—·•-]\s+/u).map((s) => s.trim());
  const logos = new Set((input.lines?.logos ?? []).map((l) => l.trim().toLowerCase()));
  const afterGeneric = parts.length === 2 && GENERIC_TITLE.test(parts[0]!) && logos.has(parts[1]!.toLowerCase()) ? parts[1] : undefined;
  const tagline = parts.length >= 3 && GENERIC_TITLE.test(parts[parts.length - 1]!) ? parts[parts.length - 2] : undefined;
  return new Set([input.siteName, afterGeneric ?? tagline].filter((n): n is string => !!n?.trim() && !GENERIC_TITLE.test(n)).map((n) => n.trim().toLowerCase()));
}

/**
 * v64: "EmploisBSL – Jobs in Bas-Saint-Laurent" as the h1 on emploisbsl.ca: the site's own name (its host's word, or the name
 * it gives itself) before a dash and its section's words after it is the board's header over every ad, no job.
 */
export function isSiteHeader(text: string, input: Pick<JobAdInput, 'url' | 'siteName'>): boolean {
  const [site, ...rest] = text.trim().split(/\s+[–—|-]\s+/u);
  return rest.length === 1 && namesSite(site!, input) && GENERIC_TITLE.test(rest[0]!);
}
