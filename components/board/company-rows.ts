import type { RoundTwoDB } from '../../core/db/schema';
import type { Clip, Company, Interview, Note } from '../../core/model';
import { summarizeReadiness, type ReadinessSummary } from './readiness';

/** One row of the company list: what a user scans for. */
export interface CompanyRow {
  company: Company;
  clipCount: number;
  /** The role applied for: the newest job ad's title, as the user corrected it. */
  role?: string;
  readiness: ReadinessSummary;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(key(item));
    if (list) list.push(item);
    else map.set(key(item), [item]);
  }
  return map;
}

/** Every company's row from four reads in all, however many companies there are (never one query per row). */
export async function companyRows(db: RoundTwoDB): Promise<CompanyRow[]> {
  return db.transaction('r', db.companies, db.clips, db.notes, db.interviews, async () => {
    const companies = await db.companies.orderBy('updatedAt').reverse().toArray();
    const clips = groupBy(await db.clips.toArray(), (clip) => clip.companyId);
    const notes = groupBy(await db.notes.toArray(), (note) => note.companyId);
    const interviews = groupBy(await db.interviews.toArray(), (interview) => interview.companyId);
    return companies.map((company) => rowOf(company, clips.get(company.id) ?? [], notes.get(company.id) ?? [], interviews.get(company.id) ?? []));
  });
}

export function rowOf(company: Company, clips: readonly Clip[], notes: readonly Note[], interviews: readonly Interview[]): CompanyRow {
  const ad = [...clips].filter((clip) => clip.jobAd).sort((a, b) => b.updatedAt - a.updatedAt)[0];
  const role = ad ? (ad.jobAdCorrections?.title ?? ad.jobAd?.title) : undefined;
  return { company, clipCount: clips.length, ...(role ? { role } : {}), readiness: summarizeReadiness(notes, interviews) };
}
