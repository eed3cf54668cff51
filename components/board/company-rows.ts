import type { RoundTwoDB } from '../../core/db/schema';
import type { Company, Interview, Note } from '../../core/model';
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

/**
 * Every company's row from three reads in all, however many companies there are (never one query per
 * row). Clip counts and the role are kept on the company record, so no clip is read.
 */
export async function companyRows(db: RoundTwoDB): Promise<CompanyRow[]> {
  return db.transaction('r', db.companies, db.notes, db.interviews, async () => {
    const companies = await db.companies.orderBy('updatedAt').reverse().toArray();
    const notes = groupBy(await db.notes.toArray(), (note) => note.companyId);
    const interviews = groupBy(await db.interviews.toArray(), (interview) => interview.companyId);
    return companies.map((company) => rowOf(company, notes.get(company.id) ?? [], interviews.get(company.id) ?? []));
  });
}

export function rowOf(company: Company, notes: readonly Note[], interviews: readonly Interview[]): CompanyRow {
  const role = company.aggregates?.role;
  return { company, clipCount: company.aggregates?.clipCount ?? 0, ...(role ? { role } : {}), readiness: summarizeReadiness(notes, interviews) };
}
