import type { RoundTwoDB } from '../db/schema';
import type { Company, Note } from '../model';
import { prepOf } from './prep-record';
import { peopleOf } from './people';
import { roundsOf } from './rounds';
import type { InterviewPrep, InterviewRound, Person } from './types';

export interface InterviewData {
  company: Company | undefined;
  rounds: InterviewRound[];
  people: Person[];
  prep: InterviewPrep;
  /** Answers and pins by prompt, oldest first (dismissals left out). */
  notesByPrompt: Map<string, Note[]>;
}

/** Everything about a company's interviews, in one read transaction. */
export async function loadInterview(db: RoundTwoDB, companyId: string): Promise<InterviewData> {
  return db.transaction('r', [db.companies, db.interviews, db.people, db.interviewPrep, db.notes], async () => {
    const [company, rounds, people, prep, notes] = await Promise.all([
      db.companies.get(companyId),
      roundsOf(db, companyId),
      peopleOf(db, companyId),
      prepOf(db, companyId),
      db.notes.where('companyId').equals(companyId).toArray(),
    ]);
    const notesByPrompt = new Map<string, Note[]>();
    for (const note of notes.sort((a, b) => a.createdAt - b.createdAt)) {
      if (note.kind === 'dismissed') continue;
      notesByPrompt.set(note.promptId, [...(notesByPrompt.get(note.promptId) ?? []), note]);
    }
    return { company, rounds, people, prep, notesByPrompt };
  });
}
