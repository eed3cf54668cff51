import { getDomain } from 'tldts-experimental';
import { compactCompanyName } from '../company/names';
import type { TextBlock } from '../model';
import type { HiringOrganization } from './types';

/** An e-mail address in the ad's text: its domain. */
const MAIL = /[\p{L}\d._%+-]+@((?:[\p{L}\d-]+\.)+[\p{L}]{2,})(?![\p{L}\d-])/gu;

/**
 * "… or email hr@tavuareef.example" in an ad for "Tavua Reef Resorts Pte Limited": an address whose domain spells the
 * start of the employer's name is at the employer's own site, so the ad can find the company its site names. A mail
 * service's or an agency's domain spells another name and says nothing.
 */
export function siteOfEmployerMail(employer: HiringOrganization, blocks: readonly TextBlock[]): string | undefined {
  if (employer.url || employer.sameAs) return undefined;
  const names = [employer.name, employer.alternateName].filter((n): n is string => !!n).map(compactCompanyName);
  for (const block of blocks) {
    for (const m of block.text.matchAll(MAIL)) {
      const domain = getDomain(m[1]!.toLowerCase(), { allowPrivateDomains: true });
      if (!domain) continue;
      const label = compactCompanyName(domain.split('.')[0]!);
      if (label.length >= 5 && names.some((n) => n.startsWith(label))) return `https://${domain}/`;
    }
  }
  return undefined;
}
