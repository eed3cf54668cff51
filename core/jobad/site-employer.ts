import { endsInBoardWord, isJobBoardName, withoutSectionWord } from '../company/job-boards';
import { normalizeCompanyName } from '../company/names';
import { isNoName } from '../company/page-words';
import { hasRegistrationNo, isOrganisationName } from '../company/org-names';
import { writtenInFull } from './employer-fuller';
import { agencyEmploys } from './agency-client';
import { initialsOf, isInitials } from './employer-card';
import { holdsWordsOf } from '../company/registered-name';
import type { HiringOrganization, JobAdInput } from './types';
import { namesSiteSection } from './title-site';
import { escapePattern } from '../text/pattern';
import { findAllLabelled } from './labels';
import { EMPLOYER_LABELS } from './employer-fact';

/**
 * "Government of the Northwest Territories" as the data's employer on the government's careers site, "Employer: Taiga Bay
 * Health and Social Services Authority" on the page: a government that runs the vacancy pages of its agencies and
 * corporations, as a board does.
 */
const GOVERNMENT = /^(?:the\s+)?(?:government of|state of|regjeringen|staten|regeringen)(?!\p{L})|\s(?:government|regjering)$/iu;

/**
 * "Byggeindustrien" as the hiring organisation of a JobPosting on a trade paper whose site name is "Byggeindustrien":
 * the structured data names the site that published the ad, not the firm that hires. The employer the page itself
 * states (its registration line, a labelled row, its opening) is then the one; a guess from the page never is, nor a
 * name only the site's footer writes (its maker, its owner), and with nothing stated the structured name stands. A
 * site whose address spells the structured name is the employer's own.
 */
export function siteNamedAsEmployer(structured: HiringOrganization | undefined, page: HiringOrganization | undefined, input: JobAdInput): HiringOrganization | undefined {
  if (!structured?.name || !page?.name || page.guessed) return undefined;
  const key = normalizeCompanyName(structured.name);
  const site = input.siteName ? normalizeCompanyName(input.siteName) : undefined;
  if (key !== site && !isJobBoardName(structured.name) && !namesSiteSection(structured.name, input) && !GOVERNMENT.test(structured.name.trim()) && !publishedThrough(structured.name, input)) return undefined;
  if ((ownSite(structured.name, input.url) && namedInAd(structured.name, input) && !boardOfTheAddress(structured.name, input.url)) || (input.lines?.footer ?? []).some((line) => line.includes(page.name))) return undefined;
  const own = normalizeCompanyName(page.name);
  return own !== key && own !== site ? page : undefined;
}

/** v52: "Hauraki Coast Jobs" as the data's employer on haurakicoastjobs.co.nz, its own header's name: a board's name the address spells is no employer's own site. */
const boardOfTheAddress = (name: string, url: string): boolean => endsInBoardWord(name) && ownSite(name, url);

/** v48: "Confidential" as a JobPosting's employer, the page's logo and text naming the firm: the page's employer. */
export function placeholderEmployer(structured: HiringOrganization | undefined, page: HiringOrganization | undefined): HiringOrganization | undefined {
  return structured?.name && isNoName(structured.name) && page?.name && !page.guessed ? page : undefined;
}

/** v48: "Stillingsannonser publiseres i samarbeid med Polaris Jobb", "Jobs are published through X": the partner that carries a site's ads. */
function publishedThrough(name: string, input: JobAdInput): boolean {
  const through = new RegExp(
    String.raw`(?:publiseres|publiceras|publisert|publicerade|(?:are|is) (?:published|provided|supplied)|leveres|levereras|powered)\s+(?:i samarbeid med|i samarbete med|in (?:partnership|cooperation|collaboration) with|av|by|through|via|gjennom|genom)\s+${escapePattern(name)}(?![\p{L}\d])`,
    'iu',
  );
  return [...input.blocks.map((b) => b.text), ...(input.lines?.footer ?? [])].some((t) => through.test(t));
}

const AROUND_THE_AD = /\b(?:cookies?|informasjonskapsler|kakor|not responsible|third[- ]party|ikke ansvarlig|ansvarar inte|tredjepart)/iu;

/**
 * "Tverrvik Bygg er en entreprenør i vekst" on tverrvikbygg.no: an employer on its own site speaks of itself in the ad.
 * A board or a paper whose address spells its name ("laimoon.com", "namdalsavisa.no") names itself only around the ad:
 * in its menu, its cookie notice, its disclaimer ("Laimoon is not responsible for third-party ads"), its footer.
 */
function namedInAd(name: string, input: JobAdInput): boolean {
  const footer = new Set(input.lines?.footer ?? []);
  const word = new RegExp(`(?<![\\p{L}\\d])${escapePattern(name)}(?![\\p{L}\\d])`, 'iu');
  return input.blocks.some((b) => !footer.has(b.text) && !AROUND_THE_AD.test(b.text) && word.test(b.text));
}

/**
 * "tverrvikbygg.no" for "Tverrvik Bygg": the address spells the whole name (or the name and more). A shorter address
 * inside a longer name ("bygg.no" for "Byggeindustrien") is a trade word, not the name.
 */
function ownSite(name: string, url: string): boolean {
  let label: string;
  try {
    label = new URL(url).hostname.replace(/^(?:www\d?|jobb|jobs|karriere|karriar|careers?)\./u, '').split('.')[0]!.replace(/-/g, '');
  } catch {
    return false;
  }
  const compact = normalizeCompanyName(name).replace(/[^\p{L}\d]/gu, '');
  return compact.length >= 3 && label.startsWith(compact);
}

/**
 * "Lyngvær" in the JobPosting, "Arbeidsgiver: Lyngvær behandlingssenter" on the page: the structured name is the short
 * form of the one the page states (the same words first, a few more after), so the page's fuller name is the employer.
 */
export function pageStatesInFull(structured: HiringOrganization | undefined, page: HiringOrganization | undefined, title: string, input: JobAdInput): HiringOrganization | undefined {
  // A name with its legal form, and a brand the ad's opening writes in full ("Tidewell" → "Tidewell Labs, Inc."), are read
  // by the employer's own rules (employer-name.ts), as the page writes them.
  if (!structured?.name || !page?.name || page.guessed || isOrganisationName(page.name)) return undefined;
  const short = normalizeCompanyName(structured.name).split(' ');
  const long = normalizeCompanyName(page.name).split(' ');
  // A brand of one word only: a longer structured name is already a name, and "… Careers" or the job's own words
  // after it ("Corrin & Vale Distribution Warehouse Team Leader") are the page's, not the employer's.
  const more = long.slice(short.length);
  // v57: "Hemfjäll – Skidåkning i Tärnafjällen" (a logo's tagline after a dash) is the brand and its slogan.
  const opens = short.length === 1 && short[0]!.length >= 4 && more.length >= 1 && more.length <= 3 && long[0] === short[0] && !/\s[–—-]\s/u.test(page.name);
  const pageWords = isJobBoardName(page.name) || normalizeCompanyName(withoutSectionWord(page.name)) !== normalizeCompanyName(page.name);
  const jobWords = new Set(normalizeCompanyName(title).split(' '));
  // "Sundell Health" in the data and the logo, "Employer: Sundell Regional Health" on the page: the brand's words, one or
  // two more between.
  const between = holdsWordsOf(page.name, structured.name);
  return (opens || between) && !pageWords && !more.some((w) => jobWords.has(w)) && !writtenInFull(structured.name, input) ? page : undefined;
}

/** "You will be employed and paid weekly by Frederiksted Staffing Partners …", "Du blir ansatt av Fjordbemanning …": the agency named as who employs. */
function employedByName(blocks: JobAdInput['blocks'], name: string): boolean {
  const first = name.trim().split(/\s+/)[0] ?? '';
  if (first.length < 3) return false;
  const by = new RegExp(String.raw`(?<!\p{L})(?:employed|ansatt|ansettes|tilsett|anställd|anställs)(?:\s+\p{Ll}+){0,4}\s+(?:by|av|hos)\s+${escapePattern(first)}(?!\p{L})`, 'u');
  return blocks.slice(0, 60).some((b) => by.test(b.text));
}

/**
 * "Arbetsgivare: Stomkraft Bemanning AB" on the page, the client "Fyrisbygg i Uppsala AB" in the JobPosting, and "Du
 * blir anställd hos oss och arbetar som konsult hos vår kund": the agency employs, so the page's stated employer stands.
 */
export function consultantsEmployer(structured: HiringOrganization | undefined, page: HiringOrganization | undefined, input: JobAdInput): HiringOrganization | undefined {
  if (!structured?.name || !page?.name || page.guessed || !(agencyEmploys(input.blocks) || employedByName(input.blocks, page.name))) return undefined;
  // v54: "… som anställs hos oss och arbetar på uppdrag hos vår kund Grythytte Stål", the heading's "hos Grythytte Stål": the
  // name the page gives is the client the consultant works for, and the agency in the data employs.
  if (namedAsClient(input.blocks, page.name)) return undefined;
  return normalizeCompanyName(structured.name) !== normalizeCompanyName(page.name) ? page : undefined;
}

/** "vår kund Grythytte Stål", "our client, Harbour Foods", "oppdragsgiveren Nesvik Mek": the name after the words for a client. */
function namedAsClient(blocks: JobAdInput['blocks'], name: string): boolean {
  const first = name.trim().split(/\s+/)[0] ?? '';
  if (first.length < 3) return false;
  const client = new RegExp(String.raw`(?<!\p{L})(?:(?:vår|our|its|their|sin|deres|vores)\s+(?:kund|kunde|client|customer|oppdragsgiver|uppdragsgivare)|kunden|the client|oppdragsgiveren|uppdragsgivaren),?\s+${escapePattern(first)}(?!\p{L})`, 'iu');
  return blocks.slice(0, 60).some((b) => client.test(b.text));
}

/** v55: "CBPS" in the JobPosting, "Carpentaria Barge & Port Services Pty Ltd" on the page, the name its initials spell: the name. */
export function initialsInData(structured: HiringOrganization | undefined, page: HiringOrganization | undefined): HiringOrganization | undefined {
  if (!structured?.name || !page?.name || page.guessed || !isInitials(structured.name)) return undefined;
  return initialsOf(structured.name, page.name) ? page : undefined;
}

/**
 * "(주)한빛마린일렉트로닉스" in the JobPosting, "Hanbit Marine Electronics Co., Ltd." on the English page: a name with no
 * letter of the Latin alphabet, where the page states one in the alphabet its readers use, is the page's.
 */
export function writtenInOtherScript(structured: HiringOrganization | undefined, page: HiringOrganization | undefined): HiringOrganization | undefined {
  if (!structured?.name || !page?.name || page.guessed) return undefined;
  return !/\p{Script=Latin}/u.test(structured.name) && /\p{Script=Latin}{2}/u.test(page.name) ? page : undefined;
}

/** "Arbetsgivare:", "Arbeidsgiver:", "Employer:": the row that says who employs. */
const EMPLOYER_ROW = String.raw`(?:arbeidsgiver|arbeidsgjevar|arbetsgivare|employer)\s*:?\s*`;

/**
 * "AFK Askeröfjord" in the JobPosting, "Arbetsgivare: Askeröfjord Kemi AB (org.nr 556712-3490)" on the page: the
 * registered name the ad's employer row gives, under a word of the brand, over the brand.
 */
export function registeredRowOverBrand(structured: HiringOrganization | undefined, page: HiringOrganization | undefined, input: JobAdInput): HiringOrganization | undefined {
  if (structured?.name && !isOrganisationName(structured.name)) {
    const stated = employerSentence(structured.name, input);
    if (stated) return { name: stated };
    // v59: "Hornsvik Seafood" in the JobPosting, "Company: Hornsvík Sjávarafurðir ehf." in the page's row: the legal name under the brand's
    // first word (a firm the prose names is another); one that holds the brand whole and adds to it ("Skog & Sjö Förvaltning AB" for
    // "Skog & Sjö") may be another body of its group.
    const row = page?.name && !page.guessed && findAllLabelled([...input.blocks, ...(input.facts ?? []), ...(input.lines?.header ?? [])], EMPLOYER_LABELS, 3).includes(page.name) ? page.name : undefined;
    const [first, long] = [normalizeCompanyName(row ?? '').split(' ')[0]!, normalizeCompanyName(row ?? '')];
    if (row && isOrganisationName(row) && first.length >= 4 && first === normalizeCompanyName(structured.name).split(' ')[0] && !long.startsWith(`${normalizeCompanyName(structured.name)} `)) return { name: row, alternateName: structured.name };
  }
  if (!structured?.name || !page?.name || page.guessed || isOrganisationName(structured.name) || !isOrganisationName(page.name)) return undefined;
  const brand = new Set(normalizeCompanyName(structured.name).split(' ').filter((w) => w.length >= 5));
  const row = new RegExp(`^${EMPLOYER_ROW}${escapePattern(page.name)}`, 'iu');
  const registered = input.blocks.some((b) => row.test(b.text.trim()) && hasRegistrationNo(b.text));
  return registered && normalizeCompanyName(page.name).split(' ').some((w) => brand.has(w)) ? page : undefined;
}

/** "Employer: SIA Madonas Koka Moduļi (reg. No. 40103918274), …" opening a sentence of the ad's text. */
const EMPLOYER_SENTENCE = new RegExp(String.raw`(?:^|[.!?]\s+)${EMPLOYER_ROW.replace('\\s*:?', '\\s*:')}([^.(]{3,80}?)\s*\(`, 'iu');

/**
 * "MKM Homes" in the JobPosting, "Employer: SIA Madonas Koka Moduļi (reg. No. 40103918274)" closing the ad: a sentence that
 * names the employer with its registration number, the brand's first word its initials or one of its words, over the brand.
 */
function employerSentence(brand: string, input: JobAdInput): string | undefined {
  const words = normalizeCompanyName(brand).split(' ');
  const initials = brand.trim().split(/\s+/u)[0]!;
  for (const { text } of input.blocks) {
    const name = EMPLOYER_SENTENCE.exec(text)?.[1]?.trim();
    if (!name || !isOrganisationName(name) || !hasRegistrationNo(text)) continue;
    // A Baltic form before the name has no initial in the brand: "SIA" is no word of it.
    const own = normalizeCompanyName(name).split(' ').filter((w) => !/^(?:sia|uab|as|ou|ab|oy)$/u.test(w));
    const spelled = /^\p{Lu}{2,5}$/u.test(initials) && own.length === initials.length && own.map((w) => w[0]).join('') === initials.toLowerCase();
    if (spelled || own.some((w) => w.length >= 5 && words.includes(w))) return name;
  }
  return undefined;
}
