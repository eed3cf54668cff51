import { getDomain } from 'tldts-experimental';
import type { JobAd, JsonLdNode, PageLines, PageMetadata } from '../model';
import { isJobBoardHost, isJobBoardName, jobBoardFor, withoutSectionWord } from './job-boards';
import { compactCompanyName, normalizeCompanyName, sameWordsReordered } from './names';
import { isMailToolHost } from './mail-tools';
import { isNewsHost } from './news-sites';
import { namePartOfDomain, pageNames } from './page-name';
import { legalNames } from './org-names';
import { holdsWordsOf, ownersName, parallelNames } from './registered-name';
import { accountHandle, accountName, isProfileDomain, isSocialHost, isSocialSiteName } from './social-sites';

const ORGANIZATION_TYPES = new Set(['Organization', 'Corporation', 'LocalBusiness', 'NGO', 'GovernmentOrganization', 'EducationalOrganization', 'NewsMediaOrganization']);

/** The registrable domain of a URL (`www.nordlys-energi.no` → `nordlys-energi.no`); the host for IPs and localhost. */
export function registrableDomain(url: string): string {
  const { hostname } = new URL(url);
  return getDomain(hostname, { allowPrivateDomains: true }) ?? hostname;
}

/** An IP address or a local name says nothing about whose page it is. */
export function domainIdentifiesCompany(domain: string): boolean {
  return domain.includes('.') && !/^[\d.]+$/.test(domain) && !domain.startsWith('[') && domain !== 'localhost';
}

function typesOf(node: JsonLdNode): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

/** The name of the first schema.org Organization on the page. */
export function organizationName(nodes: JsonLdNode[]): string | undefined {
  for (const node of nodes) {
    if (!typesOf(node).some((t) => ORGANIZATION_TYPES.has(t.replace(/^https?:\/\/schema\.org\//, '')))) continue;
    const name = node['name'];
    if (typeof name === 'string' && name.trim()) return name.trim();
  }
  return undefined;
}

/** A readable name for a site that names nothing: `nordlys-energi.no` → `Nordlys-energi`. */
export function nameFromDomain(domain: string): string {
  if (!domainIdentifiesCompany(domain)) return domain;
  const label = domain.split('.')[0] ?? domain;
  return label.charAt(0).toUpperCase() + label.slice(1);
}

export type NameSource = 'job-ad' | 'organization' | 'site-name' | 'page' | 'domain';

/** Names a page states (its job ad's employer, its Organization) outrank guessed ones. */
export function isStatedName(source: NameSource | undefined): boolean {
  return source === 'job-ad' || source === 'organization';
}

const RANK: Record<NameSource, number> = { 'job-ad': 3, organization: 3, 'site-name': 2, page: 1, domain: 0 };

/** How much a name is worth: a company's name is replaced only by a better one. */
export function nameRank(source: NameSource | undefined): number {
  return source ? RANK[source] : 0;
}

export interface CompanyGuess {
  name: string;
  nameSource: NameSource;
  domain: string;
  /** False for hosts that say nothing about the company (IP addresses, job boards). */
  domainIdentifies: boolean;
  /** The employer's own domains, as the job ad gives them (its url / sameAs). */
  employerDomains: string[];
  /** Other names the page writes for its owner (a legal name beside a logo's): any of them may find the company. */
  aliases?: string[];
}

function employerDomains(jobAd: JobAd | undefined): string[] {
  const links = [jobAd?.hiringOrganization?.url, jobAd?.hiringOrganization?.sameAs];
  const domains = links.flatMap((link) => {
    if (!link || !/^https?:\/\//.test(link)) return [];
    try {
      const { hostname } = new URL(link);
      return isJobBoardHost(hostname) || isProfileDomain(registrableDomain(link)) ? [] : [registrableDomain(link)];
    } catch {
      return [];
    }
  });
  return [...new Set(domains)].filter(domainIdentifiesCompany);
}

const compact = compactCompanyName;

/**
 * Whether an ad's site is its employer's own: the site's name or its domain is the
 * employer's ("karriere.fjellkraft.no" for Fjellkraft AS). An ad whose employer is
 * someone else stands on a board, known or not, and the board's domain says
 * nothing about the employer.
 */
export function siteIsEmployers(employer: string, domain: string, siteName: string | undefined): boolean {
  const name = compact(employer);
  if (!name) return false;
  if (siteName && compact(withoutSectionWord(siteName)) === name) return true;
  const label = compact(domain.split('.')[0] ?? '');
  return label.length >= 3 && (name.startsWith(label) || label.startsWith(name));
}

/**
 * Who a page belongs to, best source first: the job ad's hiring organisation,
 * the JSON-LD Organization, og:site_name, the name the page writes in its title,
 * heading, footer or logo, the registrable domain. A job board's domain and its
 * own Organization never name the company: the ad's employer does.
 */
export function guessCompany(url: string, metadata: PageMetadata, jsonLd: JsonLdNode[], jobAd?: JobAd, lines?: PageLines): CompanyGuess {
  const guess = guessFromPage(url, metadata, jsonLd, jobAd, lines);
  // "Vasklot Elmaskin Ab – Vaskiluodon Sähkökone Oy" in the footer: the owner's other name finds it too.
  const key = normalizeCompanyName(guess.name);
  const parallel = guess.domainIdentifies ? parallelNames(lines?.footer) : [];
  const other = parallel.some((n) => normalizeCompanyName(n) === key) ? parallel.filter((n) => normalizeCompanyName(n) !== key) : [];
  return other.length ? { ...guess, aliases: [...(guess.aliases ?? []), ...other] } : guess;
}

function guessFromPage(url: string, metadata: PageMetadata, jsonLd: JsonLdNode[], jobAd?: JobAd, lines?: PageLines): CompanyGuess {
  const domain = registrableDomain(url);
  const { hostname } = new URL(url);
  // A newsletter's web view ("mailchi.mp/…") is the sender's: like a board, the tool's host names no one.
  const onBoard = isJobBoardHost(hostname) || isMailToolHost(hostname);
  // A site named as a board or a recruiting platform ("Recman" on a host the list does not know)
  // carries other companies' ads: neither its name nor its domain is the employer's.
  // So does a social network ("Facebook"): a post there is someone else's.
  const boardNamed = isJobBoardName(metadata.siteName) || isSocialSiteName(metadata.siteName);
  const social = isSocialHost(hostname);
  const base = { domain, domainIdentifies: !onBoard && !boardNamed && !social && !isNewsHost(hostname) && domainIdentifiesCompany(domain), employerDomains: employerDomains(jobAd) };
  const siteName = boardNamed ? undefined : metadata.siteName?.trim();
  const employer = jobAd?.hiringOrganization?.name.trim();
  if (employer && !jobAd?.hiringOrganization?.guessed) {
    // "Studentsamskipnaden Mjøs (SiMjøs)" on simjos.no: the short form it gives is its site's name too.
    const short = jobAd?.hiringOrganization?.alternateName?.trim();
    const own = base.domainIdentifies && [employer, short].some((n) => !!n && siteIsEmployers(n, domain, siteName));
    return { ...base, domainIdentifies: own, name: employer, nameSource: 'job-ad', ...(short ? { aliases: [short] } : {}) };
  }
  // A post or a profile on a social network belongs to its account ("facebook.com/solsidenbakeri/…"), never the network.
  if (social) {
    const account = accountName(url, metadata.title, lines);
    if (account) return { ...base, name: account, nameSource: 'page' };
    const handle = accountHandle(url);
    if (handle) return { ...base, name: handle.charAt(0).toUpperCase() + handle.slice(1), nameSource: 'domain' };
  }
  // A recruiting platform's page not read as an ad ("Maintenance Technician - 2nd Shift - Cardinal Ridge Plastics" on
  // recruiting.paylocity.com) is its tenant's, named last in its title: the platform's own name is never the company.
  const tenant = !employer && jobBoardFor(hostname)?.kind === 'platform' ? tenantInTitle(lines?.title ?? metadata.title) : undefined;
  if (tenant) return { ...base, name: tenant, nameSource: 'page' };
  const organization = onBoard ? undefined : organizationName(jsonLd);
  if (organization) return { ...base, name: organization, nameSource: 'organization' };
  const [read, ...others] = onBoard ? [] : pageNames(metadata.title, lines, domain);
  // "Copper Kettle Coffee Company Ltd" on copperkettlebath.co.uk is also "Copper Kettle", the name a board writes.
  const trading = read && base.domainIdentifies ? namePartOfDomain(read, domain) : undefined;
  const aliases = trading ? [...others, trading] : others;
  // "Hälsingetimmer" (the brand), "Ljusdals Timmertransport AB · … · Org.nr 556218-4470" (the footer): on the owner's own
  // site the registered name is the company's, the brand one of its names.
  // A guess of the ad's that writes the page's brand in full ("Amnicon Grain Terminal, Inc." for "Amnicon Terminal") names it.
  const brand = siteName ?? read;
  // So does the copyright line's owner on the site's own domain that opens with the brand's words ("Halvorsen Aqua
  // Solutions AS" under "Halvorsen Aqua").
  // v66: or the brand's words in another order ("Les Composites Forillon inc." under "Forillon Composites").
  const ownersLine = (n: string): boolean => base.domainIdentifies && legalNames(lines?.footer).includes(n) && (normalizeCompanyName(n).startsWith(`${normalizeCompanyName(brand!)} `) || sameWordsReordered(brand!, n));
  const fuller = employer && brand && (holdsWordsOf(employer, brand) || ownersLine(employer)) ? employer : undefined;
  if (fuller) return { ...base, name: fuller, nameSource: 'page', aliases: [brand!] };
  const owner = base.domainIdentifies && !employer ? ownersName(brand, lines) : undefined;
  if (owner) return { ...base, name: owner, nameSource: 'page', aliases: [...new Set([siteName, read, ...aliases].filter((n): n is string => !!n && n !== owner))] };
  if (siteName) return { ...base, name: siteName, nameSource: 'site-name', ...(read ? { aliases: [read, ...aliases] } : {}) };
  if (read) return { ...base, name: read, nameSource: 'page', ...(aliases.length ? { aliases } : {}) };
  // "Job Bulletin | Juniper Flat Library District" on a host that names nobody else: the ad's guess from its own
  // title is a name the page writes, the host's word is not; the host is the employer's only when its name spells it
  // (a hosted bulletin's host carries other employers' ads too).
  if (employer && !onBoard) return { ...base, domainIdentifies: base.domainIdentifies && siteIsEmployers(employer, domain, siteName), name: employer, nameSource: 'page' };
  return { ...base, name: nameFromDomain(domain), nameSource: 'domain' };
}

const NAME_SEGMENT = /^\p{Lu}[\p{L}\d&.,'’-]*(?:\s+(?:&|and|og|och|[\p{Lu}][\p{L}\d&.,'’-]*)){0,4}$/u;
const PLATFORM_WORDS = /(?:^|\s)(?:careers?|jobs?|jobb|karriere|karriär|recruiting|recruitment|rekrytering|apply|application|portal)$/iu;

/** The last part of a platform page's title when it is a name: "… - Cardinal Ridge Plastics"; not "Careers", nor the platform. */
function tenantInTitle(title: string | undefined): string | undefined {
  const parts = (title ?? '').split(/\s+[|–—-]\s+/).map((p) => p.trim()).filter(Boolean);
  const last = parts[parts.length - 1];
  if (parts.length < 2 || !last || !NAME_SEGMENT.test(last) || PLATFORM_WORDS.test(last) || isJobBoardName(last)) return undefined;
  return last;
}
