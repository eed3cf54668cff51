import { wallClock, zonedInstant } from './time';
import type { InterviewRound, Reminder, ReminderKind } from './types';

/** The evening before: this wall-clock time on the day before, in the interview's zone. */
export const EVENING_TIME = '19:00';
export const TWO_HOURS_MS = 2 * 3_600_000;

/**
 * The reminders a round should have: the evening before, and two hours before when the
 * time is known. None for a round that has started, and none that would come after the start.
 */
export function plannedReminders(round: InterviewRound, now: number): Reminder[] {
  if (round.startsAt === undefined || !round.date || round.startsAt <= now) return [];
  const zone = round.timeZone ?? 'UTC';
  const dayBefore = wallClock(zonedInstant(round.date, '12:00', zone)! - 86_400_000, zone).date;
  const times: Array<[ReminderKind, number | undefined]> = [
    ['evening', zonedInstant(dayBefore, EVENING_TIME, zone)],
    ['two-hours', round.time ? round.startsAt - TWO_HOURS_MS : undefined],
  ];
  return times
    .filter((entry): entry is [ReminderKind, number] => entry[1] !== undefined && entry[1] < round.startsAt!)
    .map(([kind, fireAt]) => ({
      id: `${round.id}:${kind}`,
      companyId: round.companyId,
      interviewId: round.id,
      kind,
      fireAt,
      startsAt: round.startsAt!,
    }));
}

/** Keeps `firedAt` of a reminder whose time did not change: moving a round re-arms it, editing notes does not. */
export function mergeFired(planned: Reminder[], stored: readonly Reminder[]): Reminder[] {
  return planned.map((reminder) => {
    const old = stored.find((r) => r.id === reminder.id);
    return old?.firedAt !== undefined && old.fireAt === reminder.fireAt ? { ...reminder, firedAt: old.firedAt } : reminder;
  });
}

/** Due now: its time has come, it was not shown yet, and the interview is still ahead (a missed one included). */
export function dueReminders(reminders: readonly Reminder[], now: number): Reminder[] {
  return reminders.filter((r) => r.firedAt === undefined && r.fireAt <= now && r.startsAt > now);
}
