import type { RoundTwoDB } from '../db/schema';
import type { InterviewPrep } from './types';

export function emptyPrep(companyId: string, now = 0): InterviewPrep {
  return {
    companyId,
    terms: [],
    termsPrefilled: false,
    ownQuestions: [],
    practical: { wear: '', travel: '', task: { asked: '', due: '', outline: '', link: '' } },
    documents: [],
    references: [],
    footprint: [],
    updatedAt: now,
  };
}

/** The company's prep record; an empty one when nothing was written yet (nothing is stored by reading). */
export async function prepOf(db: RoundTwoDB, companyId: string): Promise<InterviewPrep> {
  return (await db.interviewPrep.get(companyId)) ?? emptyPrep(companyId);
}

/** Changes the record in one transaction: two quick edits never overwrite each other. */
export async function updatePrep(db: RoundTwoDB, companyId: string, change: (prep: InterviewPrep) => InterviewPrep, now = Date.now()): Promise<InterviewPrep> {
  return db.transaction('rw', db.interviewPrep, async () => {
    const next = { ...change(await prepOf(db, companyId)), companyId, updatedAt: now };
    await db.interviewPrep.put(next);
    return next;
  });
}

/** Replaces the item with `id` in a list by `patch`ing it. */
export function patchItem<T extends { id: string }>(list: readonly T[], id: string, patch: Partial<T>): T[] {
  return list.map((item) => (item.id === id ? { ...item, ...patch } : item));
}
