import type { RoundTwoDB } from '../db/schema';
import type { InterviewPrep, InterviewRound, Person } from '../interview/types';
import type { Clip, ClipContent, Company, Note } from '../model';

export interface CompanyExport {
  company: Company;
  clips: Clip[];
  contents: Map<string, ClipContent>;
  notes: Note[];
  interviews: InterviewRound[];
  people: Person[];
  prep: InterviewPrep | undefined;
}

/** A company with everything it holds, read in one transaction (clip contents only for an export). */
export async function loadCompanyExport(db: RoundTwoDB, companyId: string): Promise<CompanyExport | undefined> {
  return db.transaction('r', [db.companies, db.clips, db.clipContents, db.notes, db.interviews, db.people, db.interviewPrep], async () => {
    const company = await db.companies.get(companyId);
    if (!company) return undefined;
    const clips = (await db.clips.where('companyId').equals(companyId).toArray()).sort((a, b) => a.clippedAt - b.clippedAt);
    const contents = await db.clipContents.bulkGet(clips.map((clip) => clip.id));
    const notes = (await db.notes.where('companyId').equals(companyId).toArray()).sort((a, b) => a.createdAt - b.createdAt);
    const interviews = (await db.interviews.where('companyId').equals(companyId).toArray()).sort((a, b) => a.round - b.round);
    const people = (await db.people.where('companyId').equals(companyId).toArray()).sort((a, b) => a.createdAt - b.createdAt);
    const prep = await db.interviewPrep.get(companyId);
    return { company, clips, contents: new Map(contents.flatMap((content) => (content ? [[content.id, content]] : []))), notes, interviews, people, prep };
  });
}

/** Every company's id, most recently worked on first. */
export async function companyIds(db: RoundTwoDB): Promise<string[]> {
  return (await db.companies.orderBy('updatedAt').reverse().primaryKeys()).map(String);
}
