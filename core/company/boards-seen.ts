import type { RoundTwoDB } from '../db/schema';
import { normalizeCompanyName } from './names';

/**
 * A site the extension does not know as a job board is one all the same when the
 * ads clipped from it name different employers: one site name, many employers.
 * Its domain then says nothing about whose page it is. Reads only that site's clips (indexed).
 */
export async function carriesManyEmployers(db: RoundTwoDB, domain: string, employer: string | undefined): Promise<boolean> {
  const names = new Set<string>();
  if (employer) names.add(normalizeCompanyName(employer));
  await db.clips
    .where('domain')
    .equals(domain)
    .filter((clip) => clip.kind === 'job-ad')
    .each((clip) => {
      const org = clip.jobAd?.hiringOrganization;
      const name = clip.jobAdCorrections?.company ?? (org && !org.guessed ? org.name : undefined);
      if (name) names.add(normalizeCompanyName(name));
    });
  names.delete('');
  return names.size >= 2;
}
