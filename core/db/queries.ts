import Dexie from 'dexie';
import type { Clip, Company } from '../model';
import type { RoundTwoDB } from './schema';

export interface CompanySummary {
  company: Company;
  clipCount: number;
}

/** Companies with research, most recently worked on first. Counts are kept on the records: one query in all. */
export async function listCompanies(db: RoundTwoDB): Promise<CompanySummary[]> {
  const companies = await db.companies.orderBy('updatedAt').reverse().toArray();
  return companies.map((company) => ({ company, clipCount: company.aggregates?.clipCount ?? 0 }));
}

/** A company's newest clips, newest first: `limit` of them, read from the index without touching the rest. */
export async function clipsOfCompany(db: RoundTwoDB, companyId: string, limit = Number.POSITIVE_INFINITY): Promise<Clip[]> {
  const newest = db.clips.where('[companyId+updatedAt]').between([companyId, Dexie.minKey], [companyId, Dexie.maxKey]).reverse();
  return Number.isFinite(limit) ? newest.limit(limit).toArray() : newest.toArray();
}

export interface CompanyPage {
  company: Company | undefined;
  /** The newest clips, up to the page size. */
  clips: Clip[];
  /** Every job ad of the company, newest first, wherever it falls in the pages. */
  jobAds: Clip[];
  /** All companies, for moving and merging. */
  companies: Company[];
}

/** What a company's view shows: a page of clips and the job ads, never every clip. */
export async function loadCompanyPage(db: RoundTwoDB, companyId: string, limit: number): Promise<CompanyPage> {
  return db.transaction('r', db.companies, db.clips, async () => {
    const company = await db.companies.get(companyId);
    const [clips, jobAds, companies] = await Promise.all([
      clipsOfCompany(db, companyId, limit),
      db.clips.bulkGet(company?.aggregates?.jobAdClipIds ?? []),
      db.companies.toArray(),
    ]);
    return { company, clips, jobAds: jobAds.filter((clip): clip is Clip => clip?.companyId === companyId), companies };
  });
}

/** The newest job ad, named first on the company record: one read, however many clips there are. */
export async function newestJobAd(db: RoundTwoDB, companyId: string): Promise<Clip | undefined> {
  const adId = (await db.companies.get(companyId))?.aggregates?.jobAdClipIds[0];
  return adId === undefined ? undefined : db.clips.get(adId);
}
