import type { RoundTwoDB } from '../db/schema';
import { mergeFired, plannedReminders } from './reminder-plan';
import { isValidDate, isValidTime, validZone, zonedInstant } from './time';
import type { Debrief, InterviewFormat, InterviewRound } from './types';

export interface RoundPatch {
  date?: string;
  time?: string;
  timeZone?: string;
  format?: InterviewFormat;
  durationMin?: number;
  place?: string;
  videoLink?: string;
  personIds?: string[];
}

/** The user's own zone, where the runtime tells it. */
export function localZone(): string {
  return validZone(Intl.DateTimeFormat().resolvedOptions().timeZone);
}

/** Applies a patch and derives `startsAt`: a bad date or time is kept out, never half-stored. */
export function withPatch(round: InterviewRound, patch: RoundPatch, now: number): InterviewRound {
  const next: InterviewRound = { ...round, ...patch, updatedAt: now };
  if (patch.date !== undefined && !isValidDate(patch.date)) delete next.date;
  if (patch.time !== undefined && !isValidTime(patch.time)) delete next.time;
  next.timeZone = validZone(next.timeZone ?? localZone());
  const startsAt = next.date ? zonedInstant(next.date, next.time, next.timeZone) : undefined;
  if (startsAt === undefined) delete next.startsAt;
  else next.startsAt = startsAt;
  return next;
}

/** Rewrites a round's reminders in the same transaction as the round. */
async function replanReminders(db: RoundTwoDB, round: InterviewRound, now: number): Promise<void> {
  const stored = await db.reminders.where('interviewId').equals(round.id).toArray();
  const planned = mergeFired(plannedReminders(round, now), stored);
  await db.reminders.bulkDelete(stored.filter((r) => !planned.some((p) => p.id === r.id)).map((r) => r.id));
  await db.reminders.bulkPut(planned);
}

export async function roundsOf(db: RoundTwoDB, companyId: string): Promise<InterviewRound[]> {
  const rounds = await db.interviews.where('companyId').equals(companyId).toArray();
  return rounds.sort((a, b) => a.round - b.round || a.createdAt - b.createdAt);
}

/** Adds the next round (1, 2, …), in the user's zone. */
export async function addRound(db: RoundTwoDB, companyId: string, patch: RoundPatch = {}, now = Date.now()): Promise<InterviewRound> {
  return db.transaction('rw', db.interviews, db.reminders, async () => {
    const rounds = await roundsOf(db, companyId);
    const base: InterviewRound = { id: crypto.randomUUID(), companyId, round: (rounds.at(-1)?.round ?? 0) + 1, createdAt: now, format: 'in-person' };
    const round = withPatch(base, patch, now);
    await db.interviews.add(round);
    await replanReminders(db, round, now);
    return round;
  });
}

export async function updateRound(db: RoundTwoDB, roundId: string, patch: RoundPatch, now = Date.now()): Promise<InterviewRound | undefined> {
  return db.transaction('rw', db.interviews, db.reminders, async () => {
    const round = await db.interviews.get(roundId);
    if (!round) return undefined;
    const next = withPatch(round, patch, now);
    await db.interviews.put(next);
    await replanReminders(db, next, now);
    return next;
  });
}

export async function removeRound(db: RoundTwoDB, roundId: string): Promise<void> {
  await db.transaction('rw', db.interviews, db.reminders, async () => {
    await db.interviews.delete(roundId);
    await db.reminders.where('interviewId').equals(roundId).delete();
  });
}

export const EMPTY_DEBRIEF: Debrief = { wentWell: '', better: '', asked: [], wonder: '', deepen: '' };

/** Changes part of a round's debrief. */
export async function updateDebrief(db: RoundTwoDB, roundId: string, change: (debrief: Debrief) => Debrief, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.interviews, async () => {
    const round = await db.interviews.get(roundId);
    if (!round) return;
    await db.interviews.update(roundId, { debrief: change(round.debrief ?? EMPTY_DEBRIEF), updatedAt: now });
  });
}
