import { isJobBoardName, withoutSectionWord } from '../company/job-boards';
import { normalizeCompanyName } from '../company/names';
import { isNoName, isPageWords } from '../company/page-words';
import { accountName, isSocialHost, isSocialSiteName } from '../company/social-sites';
import { describedName, hasRegistrationNo, isOrganisationName, legalNames, nameFromLegalLine, organisationIn, withoutAddress } from '../company/org-names';
import { isRegistrationLine } from '../company/registered-name';
import type { TextBlock } from '../model';
import { findAllLabelled, isFactLabel } from './labels';
import { employerFromTitle, employerInOpening, employerNearHeading, employerOfTenant, logoNames, onJobBoard } from './ad-statements';
import { GENERIC_TITLE } from './generic-title';
import { writesOut } from './employer-name';
import { ADDRESS_AFTER, ownersLegalName } from './employer-fuller';
import { isTheJob } from './title-parts';
import { employerOnCard, nameBeforePlaceAndTerms, nameTheInitialsSpell } from './employer-card';
import { titleFact } from './page-facts';
import type { HiringOrganization, JobAdInput } from './types';
import { publicationTitles } from '../company/publication';
import { recruiterForUnnamedClient } from './agency-client';
import { namesSiteSection } from './title-site';
import { seekerOfRole } from './seeker-line';
import { publisherOfNamedPaper } from './paper-imprint';

/** Who hires, as an ad page states it in its text and fact boxes, for when it has no structured data. */

const foldTitle = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const COMPANY_LABELS = ['employer name', 'company name', 'advertiser', 'advertised by', 'annonsør', 'annonsørens navn', 'annonsör', 'name of employer', 'arbeidsgivers navn', 'navn på arbeidsgiver', 'bedriftsnavn', 'firmanavn', 'firma', 'arbetsgivarens namn', 'företagets namn', 'företagsnamn', 'arbeidsgiver', 'arbeidsgjevar', 'arbetsgivare', 'huvudman', 'skoleeier', 'skuleeigar', 'employer', 'hiring company', 'working for', 'company', 'företag', 'bedrift', 'selskap', 'virksomhet', 'organisasjon', 'organisation', 'organization', 'institution/agency', 'department/agency', 'institution', 'agency', 'myndighet', 'myndighet/etat', 'etat', 'oppdragsgiver', 'oppdragsgjevar', 'uppdragsgivare', 'client'];
/** Labels of whoever posted the ad: the employer only where no label names the employer. */
const ADVERTISER_LABELS = ['advertiser', 'advertised by', 'posted by', 'lagt ut av', 'publicerad av', 'annonsør', 'annonsørens navn', 'annonsör'];
/** The labels that name who hires. */
export const EMPLOYER_LABELS = COMPANY_LABELS.filter((l) => !ADVERTISER_LABELS.includes(l));

function onSocialSite(input: JobAdInput): boolean {
  try {
    return isSocialHost(new URL(input.url).hostname) || isSocialSiteName(input.siteName);
  } catch {
    return isSocialSiteName(input.siteName);
  }
}

/**
 * A label's value is a name only if it looks like one: a few words, not a sentence, not another label, not an
 * empty field ("name" under "Employer name" is part of the label, "N/A", "Ikke oppgitt"; isNoName). A board may write it in lower case ("skog & sjö").
 */
export function looksLikeName(value: string): boolean {
  const text = value.trim();
  return text.length >= 2 && text.length <= 100 && /[\p{L}\d]/u.test(text) && text.split(/\s+/).length <= 10 && !/[.!?]\s+\p{Lu}/u.test(text) && !isFactLabel(text) && !isNoName(text) && !DESCRIBED_CLIENT.test(text);
}

/** v63: "Oppdragsgiver: Industrikunde på Nyhamna", "Client: An industrial client in Aukra": a client described, not named. */
const DESCRIBED_CLIENT = /^(?:(?:[Aa]n?|[Ee]n|[Ee]tt|[Ee]i|[Ee]t)\s+)?(?:\p{Ll}+\s+)?\p{L}*(?:[Kk]unde|[Kk]und|[Cc]lient|[Cc]ustomer|[Oo]ppdragsgiver|[Oo]ppdragsgjevar|[Uu]ppdragsgivare)(?:n|en)?(?:$|\s+(?:\p{Ll}|\d))/u;

/** An organisation number written with the name it registers; Belgium's, Denmark's, the Netherlands' and Luxembourg's too ("BCE/KBO 0778.412.905"); v60: an Aboriginal corporation's ICN. */
const REGISTRATION = /(?:org\.?\s*n(?:r|o)\.?|organisasjonsnummer|organisationsnummer|company (?:no|number)|registration (?:no|number)|BCE\/KBO|KBO|BCE|CVR|KvK|RCS|UEN|ICN)\s*:?\s*[A-Z]?\s*\d/iu;

/**
 * The employer as the ad states it, best first: a labelled fact, the title's pattern
 * ("Designer at Harbor | LinkedIn", "Utvikler, Fjellkraft AS – Tromsø"), a logo or an
 * organisation's name beside the heading, the first sentence naming an organisation.
 * Only then the site's own name, marked as a guess, and never on a known job board.
 */
export function companyFact(blocks: readonly TextBlock[], input: JobAdInput): HiringOrganization | undefined {
  // "Annonsør: Sunnmøre Bemanning AS" over "Arbeidsgiver: Fjordstål Verft AS": who posted the ad is not who hires.
  // "Advertiser: … Pty Ltd (ABN …) trading as …": the name, without what the row adds after it.
  const labelledIn = (labels: readonly string[]): string | undefined => findAllLabelled(blocks, labels, 3).map(withoutAddress).find(looksLikeName);
  const labelled = labelledIn(EMPLOYER_LABELS) ?? labelledIn(ADVERTISER_LABELS);
  if (labelled) return { name: labelled };
  // "Om arbeidsgiveren" over "Salten Rør og Varme AS": the card a board gives the employer names it.
  const card = employerOnCard(blocks, input);
  if (card) return { name: card };
  // A post on a social network: the account that wrote it, never the network ("Solsiden Bakeri", not "Facebook").
  const account = accountName(input.url, input.title, input.lines);
  if (account) return { name: account };
  // "Vår kund, ett växande handelsföretag … Rekryteringen sköts av Lindqvist Ekonomirekrytering": the firm, the client unnamed.
  const recruiter = recruiterForUnnamedClient(blocks);
  if (recruiter) return { name: recruiter };
  const heading = titleFact(blocks, input);
  const publisher = publisherOfNamedPaper(blocks, input.lines?.footer, heading);
  if (publisher) return { name: publisher.name, alternateName: publisher.paper };
  // "Farmasiliv utgis av Norges Farmaceutiske Forening" in the footer: the site is a magazine, and its title never hires.
  const papers = publicationTitles(input.lines?.footer);
  // "HD Jobb" closing the page's title on Helsingborgs Dagblad's site: the site's job section, no employer either; nor (v55) a
  // menu's "Job Listings" beside the heading, the page's own words.
  const paper = (name: string | undefined): boolean => name !== undefined && (papers.has(normalizeCompanyName(withoutSectionWord(name))) || namesSiteSection(name, input));
  const stated = [() => employerFromTitle(input, heading), () => employerOfTenant(input), () => employerNearHeading(input), () => employerInOpening(input.blocks, input.siteName), () => seekerOfRole(input.blocks, heading)]
    .reduce<string | undefined>((found, next) => found ?? [next()].find((n) => n !== undefined && !paper(n) && !isPageWords(n)), undefined);
  if (stated) return { name: stated };
  // "KD" as the logo, "Kinloch & Darroch LLP" in the opening: the name the initials stand for.
  const spelled = nameTheInitialsSpell(blocks, input);
  if (spelled) return { name: spelled };
  // "Snöbro Labs AB, org.nr 559412-3380", "Lindara Citrus Pty Ltd ACN 163 402 918" (registered-name.ts) closing the ad: the registered name (the site's footer is its owner's, a guess below). v57: up to 160 characters ("… is operated by Sruthán Care Services DAC, registered in Ireland no. …, Sky Road, …").
  const footer = new Set(input.lines?.footer ?? []);
  // v63: "Ussiebrae Distillers Limited. Registered in Scotland No. SC612904. …" closing the ad: any registration's label.
  // v58: "Meisingset Gardsmeieri SA · Meisingsetvegen 112, 6630 Tingvoll" closing the ad (in an "advertiser-footer" the page's lines take
  // for its footer): the letterhead's name with its form and address, where the site's own name (a paper's) is another.
  const siteKey = input.siteName ? normalizeCompanyName(input.siteName) : '';
  const letterhead = (t: string): boolean => { const n = organisationIn(t); return !!siteKey && !!n && t.startsWith(n) && ADDRESS_AFTER.test(t.slice(n.length)) && !normalizeCompanyName(n).startsWith(siteKey); };
  // v61: "Hammarforsens Kraftteknik AB · Kraftverksvägen 3, 840 70 Hammarstrand" as the ad's own last line on a paper's page, too.
  const letterheads = [...footer, ...blocks.filter((b) => b.text.length <= 160 && !footer.has(b.text)).map((b) => b.text)].filter(letterhead);
  const registered = [...blocks.filter((b) => b.text.length <= 160 && (REGISTRATION.test(b.text) || isRegistrationLine(b.text) || hasRegistrationNo(b.text)) && !footer.has(b.text)), ...letterheads.map((text) => ({ tag: 'p', text }))].map((b) => nameFromLegalLine(b.text)).find((n) => n !== undefined && isOrganisationName(n));
  if (registered) return { name: registered };
  // v61: "Jädraås Industriteknik AB är ett familjeägt verkstadsföretag grundat 1961." closing a paper's ad that names nobody
  // else: the one firm the ad says what it is of.
  const described = [...new Set((input.lines?.described ?? []).map(describedName))].filter((n): n is string => !!n && !paper(n) && normalizeCompanyName(n) !== siteKey && blocks.some((b) => b.text.startsWith(n)));
  if (described.length === 1) return { name: described[0]! };
  // On a job board the site is not the employer; on the employer's own site it is.
  if (onJobBoard(input.url, input.lines) || isJobBoardName(input.siteName) || onSocialSite(input) || paper(input.siteName)) return undefined;
  // The site's owner, as its logo writes it and its footer's legal line in full ("Slite Kalkförädling" → "Slite Kalkförädling AB"): still a guess.
  const owner = legalNames(input.lines?.footer).find((n) => (input.lines?.logos ?? []).some((logo) => logoNames(logo, n))) ?? ownersLegalName(input);
  if (owner) return { name: owner, guessed: true };
  // "Tidewater Labs Careers" is the careers site of Tidewater Labs.
  const site = input.siteName && withoutSectionWord(input.siteName);
  // "Software Engineer – ABC Company": the employer's own page names itself last.
  const parts = input.title.split(/\s+[|–—·•-]\s+/).map((s) => s.trim()).filter(Boolean);
  const segments = parts.filter((s) => !GENERIC_TITLE.test(s));
  const named = site || (parts.length >= 2 && segments.length >= 1 ? segments[segments.length - 1]! : undefined);
  const guess = paper(named) ? undefined : named;
  // "Audit Senior (Charities) - Careers": the segment that is the ad's own heading names the job, not its employer.
  if (!guess || (heading !== undefined && (foldTitle(guess) === foldTitle(heading) || isTheJob(guess, heading)))) {
    // A digest names no site of its own: the name before the place and the terms in its dotted line.
    const dotted = nameBeforePlaceAndTerms(input);
    if (dotted) return { name: dotted };
    // Nothing else names anyone: the site's logo names its owner ("Amnicon Terminal" over an ad of its own), a guess.
    const logo = (input.lines?.logos ?? [])[0]?.trim();
    return logo && logo.length <= 60 && /^\p{Lu}/u.test(logo) && logo.includes(' ') && !isPageWords(logo) && !/\blogo\b/iu.test(logo) ? { name: logo, guessed: true } : undefined;
  }
  // Its footer's legal line writes the same name in full: "© 2026 Solberg Trykk AS"; or its logo does
  // ("North Tamar Hospitals NHS Foundation Trust").
  const legal = (input.lines?.footer ?? []).map(nameFromLegalLine).find((n) => n !== undefined && normalizeCompanyName(n) === normalizeCompanyName(guess));
  const written = [...(input.lines?.footer ?? []), ...(input.lines?.logos ?? [])].map((line) => line.split(/\s+[·•|]\s+/)[0]!).find((n) => writesOut(n, guess));
  return { name: legal ?? written ?? guess, guessed: true };
}
