import { companyForUrl } from '../company/company-for-url';
import { guessCompany } from '../company/identity';
import { resolveCompany } from '../company/resolve';
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
 * the page's company — the company of its clip (the background clips the page
 * first), else of its site, else one made from the page's address.
 */
export async function saveSelectionQuote(db: RoundTwoDB, quote: SelectionQuote, now = Date.now()): Promise<Company | undefined> {
  if (!/^https?:/.test(quote.pageUrl) || !quote.text.trim()) return undefined;
  const url = clipUrl(quote.pageUrl);
  return db.transaction('rw', [db.companies, db.clips, db.notes], async () => {
    const clip = await db.clips.where('url').equals(url).first();
    const company =
      (clip && (await db.companies.get(clip.companyId))) ??
      (await companyForUrl(db, url)) ??
      (await resolveCompany(db, guessCompany(url, { canonicalUrl: url, title: '' }, []), now));
    await addQuote(db, { companyId: company.id, promptId: quote.promptId, text: quote.text, sourceUrl: quote.pageUrl, ...(clip ? { clipId: clip.id } : {}) }, now);
    return company;
  });
}
