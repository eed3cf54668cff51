import { clipUrl } from '../capture/clip-url';
import type { RoundTwoDB } from '../db/schema';
import type { Company } from '../model';
import { domainIdentifiesCompany, registrableDomain } from './identity';

/**
 * The company a page belongs to, if the user has research on it: the company of
 * its clip (this also finds job-board ads), else the company of its site.
 */
export async function companyForUrl(db: RoundTwoDB, url: string | null | undefined): Promise<Company | undefined> {
  if (!url || !/^https?:/.test(url)) return undefined;
  const clip = await db.clips.where('url').equals(clipUrl(url)).first();
  if (clip) return db.companies.get(clip.companyId);
  const domain = registrableDomain(url);
  if (!domainIdentifiesCompany(domain)) return undefined;
  return db.companies.where('domains').equals(domain).first();
}
