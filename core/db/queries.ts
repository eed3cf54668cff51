import type { Clip, Company } from '../model';
import type { RoundTwoDB } from './schema';

export interface CompanySummary {
  company: Company;
  clipCount: number;
}

/** Companies with research, most recently worked on first. Counts come from the index, not the clips. */
export async function listCompanies(db: RoundTwoDB): Promise<CompanySummary[]> {
  const companies = await db.companies.orderBy('updatedAt').reverse().toArray();
  return Promise.all(
    companies.map(async (company) => ({
      company,
      clipCount: await db.clips.where('companyId').equals(company.id).count(),
    })),
  );
}

/** A company's clips, newest first. */
export async function clipsOfCompany(db: RoundTwoDB, companyId: string): Promise<Clip[]> {
  const clips = await db.clips.where('companyId').equals(companyId).toArray();
  return clips.sort((a, b) => b.updatedAt - a.updatedAt);
}
