import { companyForUrl } from '../company/company-for-url';
import { guessCompany } from '../company/identity';
import { normalizeCompanyName } from '../company/names';
import type { RoundTwoDB } from '../db/schema';
import type { Company } from '../model';
import { addQuote } from '../notes';
import { clipUrl } from './clip-url';

export interface SelectionQuote {
  promptId: string;
  text: string;
  pageUrl: string;
}

/**
 * "Add to Round Two" on selected text: the quote goes under the chosen prompt of
 * the page's company — the company of its clip, else of its site, else a new one.
 */
export async function saveSelectionQuote(db: RoundTwoDB, quote: SelectionQuote, now = Date.now()): Promise<Company | undefined> {
  if (!/^https?:/.test(quote.pageUrl) || !quote.text.trim()) return undefined;
  const url = clipUrl(quote.pageUrl);
  return db.transaction('rw', [db.companies, db.clips, db.notes], async () => {
    const clip = await db.clips.where('url').equals(url).first();
    let company = (clip && (await db.companies.get(clip.companyId))) ?? (await companyForUrl(db, url));
    if (!company) {
      const guess = guessCompany(url, { canonicalUrl: url, title: '' }, []);
      company = {
        id: crypto.randomUUID(),
        name: guess.name,
        nameSource: guess.nameSource,
        domains: guess.domainIdentifies ? [guess.domain] : [],
        normName: normalizeCompanyName(guess.name),
        status: 'researching',
        createdAt: now,
        updatedAt: now,
      };
      await db.companies.add(company);
    }
    await addQuote(db, { companyId: company.id, promptId: quote.promptId, text: quote.text, sourceUrl: quote.pageUrl, ...(clip ? { clipId: clip.id } : {}) }, now);
    return company;
  });
}
