import { getDomain } from 'tldts-experimental';
import type { JobAd, JsonLdNode, PageMetadata } from '../model';
import { isJobBoardHost } from './job-boards';

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

export type NameSource = 'job-ad' | 'organization' | 'site-name' | 'domain';

/** Names a page states (its job ad's employer, its Organization) outrank guessed ones. */
export function isStatedName(source: NameSource | undefined): boolean {
  return source === 'job-ad' || source === 'organization';
}

export interface CompanyGuess {
  name: string;
  nameSource: NameSource;
  domain: string;
  /** False for hosts that say nothing about the company (IP addresses, job boards). */
  domainIdentifies: boolean;
  /** The employer's own domains, as the job ad gives them (its url / sameAs). */
  employerDomains: string[];
}

/** Profiles on these sites are not the employer's own domain. */
const SOCIAL_DOMAINS = new Set(['facebook.com', 'linkedin.com', 'twitter.com', 'x.com', 'instagram.com', 'youtube.com', 'tiktok.com', 'wikipedia.org', 'github.com', 'glassdoor.com', 'proff.no', 'allabolag.se', 'brreg.no']);

function employerDomains(jobAd: JobAd | undefined): string[] {
  const links = [jobAd?.hiringOrganization?.url, jobAd?.hiringOrganization?.sameAs];
  const domains = links.flatMap((link) => {
    if (!link || !/^https?:\/\//.test(link)) return [];
    try {
      const { hostname } = new URL(link);
      return isJobBoardHost(hostname) || SOCIAL_DOMAINS.has(registrableDomain(link)) ? [] : [registrableDomain(link)];
    } catch {
      return [];
    }
  });
  return [...new Set(domains)].filter(domainIdentifiesCompany);
}

/**
 * Who a page belongs to, best source first: the job ad's hiring organisation,
 * the JSON-LD Organization, og:site_name, the registrable domain. A job board's
 * domain and its own Organization never name the company: the ad's employer does.
 */
export function guessCompany(url: string, metadata: PageMetadata, jsonLd: JsonLdNode[], jobAd?: JobAd): CompanyGuess {
  const domain = registrableDomain(url);
  const onBoard = isJobBoardHost(new URL(url).hostname);
  const base = { domain, domainIdentifies: !onBoard && domainIdentifiesCompany(domain), employerDomains: employerDomains(jobAd) };
  const employer = jobAd?.hiringOrganization?.name.trim();
  if (employer) return { ...base, name: employer, nameSource: 'job-ad' };
  const organization = onBoard ? undefined : organizationName(jsonLd);
  if (organization) return { ...base, name: organization, nameSource: 'organization' };
  const siteName = metadata.siteName?.trim();
  if (siteName) return { ...base, name: siteName, nameSource: 'site-name' };
  return { ...base, name: nameFromDomain(domain), nameSource: 'domain' };
}
