import { getDomain } from 'tldts';
import type { JsonLdNode, PageMetadata } from '../model';

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

export interface CompanyGuess {
  name: string;
  /** How sure the name is: an Organization on the page is stated, a site name is a hint. */
  nameSource: 'organization' | 'site-name' | 'domain';
  domain: string;
  /** False for hosts that say nothing about the company (IP addresses, job boards). */
  domainIdentifies: boolean;
}

/** Who a page belongs to, best source first: JSON-LD Organization, og:site_name, the domain. */
export function guessCompany(url: string, metadata: PageMetadata, jsonLd: JsonLdNode[]): CompanyGuess {
  const domain = registrableDomain(url);
  const domainIdentifies = domainIdentifiesCompany(domain);
  const organization = organizationName(jsonLd);
  if (organization) return { name: organization, nameSource: 'organization', domain, domainIdentifies };
  const siteName = metadata.siteName?.trim();
  if (siteName) return { name: siteName, nameSource: 'site-name', domain, domainIdentifies };
  return { name: nameFromDomain(domain), nameSource: 'domain', domain, domainIdentifies };
}
