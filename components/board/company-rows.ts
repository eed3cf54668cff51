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

/** The popup's rows: the focused company and the newest `limit` others. */
export interface DashboardRows {
  focused?: CompanyRow;
  others: CompanyRow[];
  /** How many companies there are in all (the way to the full list says it). */
  total: number;
}

/**
 * The popup's few rows, reading only their companies' notes and interviews: the popup opens as fast
 * with 200 companies and thousands of notes as with ten.
 */
export async function dashboardRows(db: RoundTwoDB, limit: number, focusedId?: string): Promise<DashboardRows> {
  return db.transaction('r', db.companies, db.notes, db.interviews, async () => {
    const newest = await db.companies.orderBy('updatedAt').reverse().limit(limit + 1).toArray();
    const focused = focusedId ? (newest.find((company) => company.id === focusedId) ?? (await db.companies.get(focusedId))) : undefined;
    const others = newest.filter((company) => company.id !== focusedId).slice(0, limit);
    const shown = focused ? [focused, ...others] : others;
    const ids = shown.map((company) => company.id);
    const notes = groupBy(await db.notes.where('companyId').anyOf(ids).toArray(), (note) => note.companyId);
    const interviews = groupBy(await db.interviews.where('companyId').anyOf(ids).toArray(), (interview) => interview.companyId);
    const row = (company: Company) => rowOf(company, notes.get(company.id) ?? [], interviews.get(company.id) ?? []);
    return { ...(focused ? { focused: row(focused) } : {}), others: others.map(row), total: await db.companies.count() };
  });
}

export function rowOf(company: Company, notes: readonly Note[], interviews: readonly Interview[]): CompanyRow {
  const role = company.aggregates?.role;
  return { company, clipCount: company.aggregates?.clipCount ?? 0, ...(role ? { role } : {}), readiness: summarizeReadiness(notes, interviews) };
}
