import type { RoundTwoDB } from '../db/schema';
import type { Company } from '../model';
import { isStatedName, type CompanyGuess } from './identity';
import { normalizeCompanyName } from './names';

/** A new company from what a page says about itself. */
export function newCompany(guess: CompanyGuess, now: number): Company {
  const normName = normalizeCompanyName(guess.name);
  const domains = [...new Set([...(guess.domainIdentifies ? [guess.domain] : []), ...guess.employerDomains])];
  return {
    id: crypto.randomUUID(),
    name: guess.name,
    nameSource: guess.nameSource,
    domains,
    normNames: normName ? [normName] : [],
    status: 'researching',
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * The company a page belongs to. A name the page states (the ad's employer, its
 * Organization) is matched against every name a company has had; a guessed name
 * (a site name, a domain) defers to the site's domain and only joins a company
 * whose name was stated, so two sites that both call themselves "Karriere" stay
 * apart. A stated name renames a company whose name was only guessed, and one
 * that differs from another stated name on the same domain is a company of its own.
 */
export async function resolveCompany(db: RoundTwoDB, guess: CompanyGuess, now: number): Promise<Company> {
  const candidate = newCompany(guess, now);
  const normName = candidate.normNames[0];
  const byName = normName ? await db.companies.where('normNames').equals(normName).first() : undefined;
  const byDomain = candidate.domains.length ? await db.companies.where('domains').anyOf(candidate.domains).first() : undefined;
  const found = isStatedName(guess.nameSource)
    ? (byName ?? (byDomain && !isStatedName(byDomain.nameSource) ? byDomain : undefined))
    : (byDomain ??
      (byName && (isStatedName(byName.nameSource) || (!guess.domainIdentifies && byName.domains.length === 0)) ? byName : undefined));
  if (!found) {
    await db.companies.add(candidate);
    return candidate;
  }
  const stated = isStatedName(guess.nameSource);
  if (stated && !isStatedName(found.nameSource) && !found.nameSetByUser) {
    Object.assign(found, { name: guess.name, nameSource: guess.nameSource });
  }
  const aliases = stated && normName ? [normName] : [];
  const updated: Company = {
    ...found,
    domains: [...new Set([...found.domains, ...candidate.domains])],
    normNames: [...new Set([...found.normNames, ...aliases])],
    updatedAt: now,
  };
  await db.companies.put(updated);
  return updated;
}
