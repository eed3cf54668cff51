import type { RoundTwoDB } from '../db/schema';
import { normPersonName } from './people';
import { emptyPrep } from './prep-record';
import { mergePrefill } from './prefill-terms';
import type { InterviewPrep } from './types';

/** The tables a company merge must hold in its transaction for round two's data to follow. */
export function interviewTables(db: RoundTwoDB) {
  return [db.interviews, db.people, db.interviewPrep, db.reminders];
}

function joinPrep(into: InterviewPrep, from: InterviewPrep): InterviewPrep {
  const practical = { ...into.practical, task: { ...into.practical.task } };
  for (const key of ['wear', 'travel'] as const) practical[key] = [into.practical[key].trim(), from.practical[key].trim()].filter(Boolean).join('\n\n');
  for (const key of ['asked', 'due', 'outline', 'link'] as const) practical.task[key] ||= from.practical.task[key];
  return {
    ...into,
    decision: into.decision ?? from.decision,
    terms: mergePrefill(into.terms, from.terms),
    termsPrefilled: into.termsPrefilled || from.termsPrefilled,
    ownQuestions: [...into.ownQuestions, ...from.ownQuestions],
    practical,
    documents: [...into.documents, ...from.documents],
    references: [...into.references, ...from.references],
    footprint: [...into.footprint, ...from.footprint],
  };
}

/**
 * Moves a company's rounds, people, prep and reminders into another (inside the merge's
 * transaction). A person both companies have becomes one card, kept on every round.
 */
export async function moveInterviewData(db: RoundTwoDB, fromId: string, intoId: string): Promise<void> {
  const intoPeople = await db.people.where('companyId').equals(intoId).toArray();
  const renamed = new Map<string, string>();
  for (const person of await db.people.where('companyId').equals(fromId).toArray()) {
    const same = intoPeople.find((p) => p.normName === normPersonName(person.name));
    if (!same) continue;
    renamed.set(person.id, same.id);
    await db.people.update(same.id, { notes: [same.notes.trim(), person.notes.trim()].filter(Boolean).join('\n\n'), role: same.role || person.role, link: same.link || person.link });
    await db.people.delete(person.id);
  }
  await db.people.where('companyId').equals(fromId).modify({ companyId: intoId });
  await db.interviews
    .where('companyId')
    .equals(fromId)
    .modify((round) => {
      round.companyId = intoId;
      if (round.personIds) round.personIds = [...new Set(round.personIds.map((id) => renamed.get(id) ?? id))];
    });
  await db.reminders.where('companyId').equals(fromId).modify({ companyId: intoId });
  const [from, into] = await Promise.all([db.interviewPrep.get(fromId), db.interviewPrep.get(intoId)]);
  if (from) {
    await db.interviewPrep.put({ ...joinPrep(into ?? emptyPrep(intoId), from), companyId: intoId });
    await db.interviewPrep.delete(fromId);
  }
}
