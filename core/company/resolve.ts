import type { RoundTwoDB } from '../db/schema';
import type { Company } from '../model';
import { isStatedName, nameRank, type CompanyGuess } from './identity';
import { companyNameKeys, storedNameKeys } from './names';

function namesOf(guess: CompanyGuess): string[] {
  return [guess.name, ...(guess.aliases ?? [])];
}

/** A new company from what a page says about itself. */
export function newCompany(guess: CompanyGuess, now: number): Company {
  const normNames = [...new Set(namesOf(guess).flatMap(storedNameKeys))];
  const domains = [...new Set([...(guess.domainIdentifies ? [guess.domain] : []), ...guess.employerDomains])];
  return {
    id: crypto.randomUUID(),
    name: guess.name,
    nameSource: guess.nameSource,
    domains,
    normNames,
    status: 'researching',
    createdAt: now,
    updatedAt: now,
  };
}

/** The company stored under one of the page's names: its main name first, then its other names. */
async function findByName(db: RoundTwoDB, guess: CompanyGuess): Promise<Company | undefined> {
  const main = companyNameKeys(guess.name);
  const all = [...new Set(namesOf(guess).flatMap(companyNameKeys))];
  if (all.length === 0) return undefined;
  const found = await db.companies.where('normNames').anyOf(all).toArray();
  return found.find((c) => c.normNames.some((n) => main.includes(n))) ?? found[0];
}

/**
 * The company a page belongs to. A name the page states (the ad's employer, its
 * Organization) is matched against every name a company has had; a name read from
 * the page (its legal line, about title, logo) joins a company of the same name
 * unless the site's domain already belongs to one; a guessed name (a site name, a
 * domain) defers to the site's domain and only joins a company whose name was
 * stated, so two sites that both call themselves "Karriere" stay apart. A better
 * name renames a company whose name was worse, unless the user named it.
 */
export async function resolveCompany(db: RoundTwoDB, guess: CompanyGuess, now: number): Promise<Company> {
  const candidate = newCompany(guess, now);
  const byName = await findByName(db, guess);
  const byDomain = candidate.domains.length ? await db.companies.where('domains').anyOf(candidate.domains).first() : undefined;
  const stated = isStatedName(guess.nameSource);
  const found = stated
    ? (byName ?? (byDomain && !isStatedName(byDomain.nameSource) ? byDomain : undefined))
    : guess.nameSource === 'page'
      ? (byDomain ?? (byName && byName.nameSource !== 'domain' ? byName : undefined))
      : (byDomain ??
        (byName && (isStatedName(byName.nameSource) || (!guess.domainIdentifies && byName.domains.length === 0)) ? byName : undefined));
  if (!found) {
    await db.companies.add(candidate);
    return candidate;
  }
  if (nameRank(guess.nameSource) > nameRank(found.nameSource) && !found.nameSetByUser) {
    Object.assign(found, { name: guess.name, nameSource: guess.nameSource });
  }
  const aliases = stated || guess.nameSource === 'page' ? candidate.normNames : [];
  const updated: Company = {
    ...found,
    domains: [...new Set([...found.domains, ...candidate.domains])],
    normNames: [...new Set([...found.normNames, ...aliases])],
    updatedAt: now,
  };
  await db.companies.put(updated);
  return updated;
}
