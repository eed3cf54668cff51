import type { CapturedPage, Clip, Company } from '../model';
import type { RoundTwoDB } from '../db/schema';
import { guessCompany, type CompanyGuess } from '../company/identity';
import { normalizeCompanyName } from '../company/names';
import { clipUrl, countWords } from './clip-url';

export interface SavedCapture {
  clip: Clip;
  company: Company;
  /** True when the URL had been clipped before and that clip was updated. */
  updated: boolean;
}

/**
 * The company a page belongs to: a company of the same (normalised) name first,
 * then the company already on the page's domain. An Organization the page states
 * outranks a name that was only guessed: it renames a guessed company, and one that
 * differs from another stated Organization on the same domain is a company of its own.
 */
async function findOrCreateCompany(db: RoundTwoDB, guess: CompanyGuess, now: number): Promise<Company> {
  const normName = normalizeCompanyName(guess.name);
  const byName = normName ? await db.companies.where('normName').equals(normName).first() : undefined;
  let found = byName;
  if (!found && guess.domainIdentifies) {
    const byDomain = await db.companies.where('domains').equals(guess.domain).first();
    const otherOrganization = guess.nameSource === 'organization' && byDomain?.nameSource === 'organization';
    if (byDomain && !otherOrganization) found = byDomain;
  }
  if (found) {
    if (guess.nameSource === 'organization' && found.nameSource !== 'organization' && !found.nameSetByUser) {
      Object.assign(found, { name: guess.name, normName, nameSource: guess.nameSource });
    }
    if (guess.domainIdentifies && !found.domains.includes(guess.domain)) found.domains = [...found.domains, guess.domain];
    await db.companies.put({ ...found, updatedAt: now });
    return found;
  }
  const company: Company = {
    id: crypto.randomUUID(),
    name: guess.name,
    nameSource: guess.nameSource,
    domains: guess.domainIdentifies ? [guess.domain] : [],
    normName,
    status: 'researching',
    createdAt: now,
    updatedAt: now,
  };
  await db.companies.add(company);
  return company;
}

function clipFields(page: CapturedPage, url: string, domain: string) {
  const { metadata } = page;
  return {
    url,
    pageUrl: page.pageUrl,
    title: metadata.title,
    siteName: metadata.siteName,
    domain,
    byline: metadata.byline,
    excerpt: page.excerpt,
    lang: metadata.lang,
    publishedTime: metadata.publishedTime,
    method: page.method,
    contentHtml: page.contentHtml,
    textContent: page.textContent,
    blocks: page.blocks,
    wordCount: countWords(page.textContent),
    jsonLd: page.jsonLd,
    truncated: page.truncated,
  };
}

/**
 * Stores a captured page in one transaction. The same canonical URL updates its
 * clip in place: its id, company and the user's own words are kept.
 */
export async function saveCapture(db: RoundTwoDB, page: CapturedPage, now = Date.now()): Promise<SavedCapture> {
  const url = clipUrl(page.metadata.canonicalUrl);
  const guess = guessCompany(url, page.metadata, page.jsonLd);
  return db.transaction('rw', db.companies, db.clips, async () => {
    const existing = await db.clips.where('url').equals(url).first();
    const company =
      (existing && (await db.companies.get(existing.companyId))) ?? (await findOrCreateCompany(db, guess, now));
    const clip: Clip = {
      ...clipFields(page, url, guess.domain),
      id: existing?.id ?? crypto.randomUUID(),
      companyId: company.id,
      userNote: existing?.userNote,
      clippedAt: existing?.clippedAt ?? now,
      updatedAt: now,
    };
    await db.clips.put(clip);
    if (existing) await db.companies.update(company.id, { updatedAt: now });
    return { clip, company: { ...company, updatedAt: now }, updated: existing !== undefined };
  });
}
