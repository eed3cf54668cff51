import type { CapturedPage, Clip, Company } from '../model';
import type { RoundTwoDB } from '../db/schema';
import { guessCompany, isStatedName, type CompanyGuess } from '../company/identity';
import { analyseCapture, type CaptureAnalysis } from './analyse';
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
 * then the company already on the page's domain or the employer's own domain.
 * A stated name (the ad's employer, the page's Organization) renames a company
 * whose name was only guessed; one that differs from another stated name on the
 * same domain is a company of its own.
 */
async function findOrCreateCompany(db: RoundTwoDB, guess: CompanyGuess, now: number): Promise<Company> {
  const normName = normalizeCompanyName(guess.name);
  const domains = [...(guess.domainIdentifies ? [guess.domain] : []), ...guess.employerDomains];
  let found = normName ? await db.companies.where('normName').equals(normName).first() : undefined;
  if (!found && domains.length) {
    const byDomain = await db.companies.where('domains').anyOf(domains).first();
    const otherOrganization = isStatedName(guess.nameSource) && isStatedName(byDomain?.nameSource);
    if (!otherOrganization) found = byDomain;
  }
  if (found) {
    if (isStatedName(guess.nameSource) && !isStatedName(found.nameSource) && !found.nameSetByUser) {
      Object.assign(found, { name: guess.name, normName, nameSource: guess.nameSource });
    }
    found.domains = [...new Set([...found.domains, ...domains])];
    await db.companies.put({ ...found, updatedAt: now });
    return found;
  }
  const company: Company = {
    id: crypto.randomUUID(),
    name: guess.name,
    nameSource: guess.nameSource,
    domains: [...new Set(domains)],
    normName,
    status: 'researching',
    createdAt: now,
    updatedAt: now,
  };
  await db.companies.add(company);
  return company;
}

function clipFields(page: CapturedPage, url: string, domain: string, analysis: CaptureAnalysis) {
  const { metadata } = page;
  return {
    ...analysis,
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
  const analysis = analyseCapture(page, url);
  const guess = guessCompany(url, page.metadata, page.jsonLd, analysis.jobAd);
  return db.transaction('rw', db.companies, db.clips, db.clipContents, async () => {
    const existing = await db.clips.where('url').equals(url).first();
    const company =
      (existing && (await db.companies.get(existing.companyId))) ?? (await findOrCreateCompany(db, guess, now));
    const clip: Clip = {
      ...clipFields(page, url, guess.domain, analysis),
      id: existing?.id ?? crypto.randomUUID(),
      companyId: company.id,
      userNote: existing?.userNote,
      jobAdCorrections: existing?.jobAdCorrections,
      clippedAt: existing?.clippedAt ?? now,
      updatedAt: now,
    };
    await db.clips.put(clip);
    await db.clipContents.put({ id: clip.id, contentHtml: page.contentHtml, textContent: page.textContent, blocks: page.blocks });
    if (existing) await db.companies.update(company.id, { updatedAt: now });
    return { clip, company: { ...company, updatedAt: now }, updated: existing !== undefined };
  });
}
