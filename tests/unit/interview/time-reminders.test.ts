// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dueReminders, plannedReminders } from '../../../core/interview/reminder-plan';
import { withPatch } from '../../../core/interview/rounds';
import { roundState, wallClock, zonedInstant } from '../../../core/interview/time';
import type { InterviewRound } from '../../../core/interview/types';

const base: InterviewRound = { id: 'r1', companyId: 'c1', round: 2, createdAt: 0 };
const NOW = Date.UTC(2026, 11, 1, 8, 0); // Tuesday 1 December 2026, 09:00 in Oslo

describe('interview times', () => {
  it('reads a wall-clock time in its zone, in winter and in summer', () => {
    expect(new Date(zonedInstant('2026-12-03', '10:00', 'Europe/Oslo')!).toISOString()).toBe('2026-12-03T09:00:00.000Z');
    expect(new Date(zonedInstant('2026-07-03', '10:00', 'Europe/Oslo')!).toISOString()).toBe('2026-07-03T08:00:00.000Z');
    expect(new Date(zonedInstant('2026-12-03', '10:00', 'America/New_York')!).toISOString()).toBe('2026-12-03T15:00:00.000Z');
    expect(wallClock(Date.UTC(2026, 11, 3, 9, 0), 'Europe/Oslo')).toEqual({ date: '2026-12-03', time: '10:00' });
  });

  it('keeps a bad date or time out instead of storing half of it', () => {
    const round = withPatch(base, { date: '2026-13-45', time: '25:99', timeZone: 'Europe/Oslo' }, NOW);
    expect(round.date).toBeUndefined();
    expect(round.time).toBeUndefined();
    expect(round.startsAt).toBeUndefined();
    expect(roundState(round, NOW)).toBe('unplanned');
  });

  it('an unknown zone falls back to UTC rather than breaking the date', () => {
    const round = withPatch(base, { date: '2026-12-03', time: '10:00', timeZone: 'Mars/Olympus' }, NOW);
    expect(round.timeZone).toBe('UTC');
    expect(new Date(round.startsAt!).toISOString()).toBe('2026-12-03T10:00:00.000Z');
  });
});

describe('reminders for a round', () => {
  it('plans the evening before at 19:00 and two hours before, in the round’s zone', () => {
    const round = withPatch(base, { date: '2026-12-03', time: '10:00', timeZone: 'Europe/Oslo' }, NOW);
    const reminders = plannedReminders(round, NOW);
    expect(reminders.map((r) => [r.kind, new Date(r.fireAt).toISOString()])).toEqual([
      ['evening', '2026-12-02T18:00:00.000Z'],
      ['two-hours', '2026-12-03T07:00:00.000Z'],
    ]);
  });

  it('a date without a time gets the evening reminder only, and counts as ahead all that day', () => {
    const round = withPatch(base, { date: '2026-12-03', timeZone: 'Europe/Oslo' }, NOW);
    expect(plannedReminders(round, NOW).map((r) => r.kind)).toEqual(['evening']);
    expect(roundState(round, Date.UTC(2026, 11, 3, 15, 0))).toBe('ahead');
    expect(roundState(round, Date.UTC(2026, 11, 4, 0, 0))).toBe('done');
  });

  it('a date in the past is a finished round: a debrief, never a reminder', () => {
    const round = withPatch(base, { date: '2026-11-20', time: '13:00', timeZone: 'Europe/Oslo' }, NOW);
    expect(roundState(round, NOW)).toBe('done');
    expect(plannedReminders(round, NOW)).toEqual([]);
  });

  it('a reminder missed while the browser was closed is still due if the interview is ahead, and not after it started', () => {
    const round = withPatch(base, { date: '2026-12-03', time: '10:00', timeZone: 'Europe/Oslo' }, NOW);
    const [evening, twoHours] = plannedReminders(round, NOW);
    const nextMorning = Date.UTC(2026, 11, 3, 6, 0);
    expect(dueReminders([evening!, twoHours!], nextMorning).map((r) => r.kind)).toEqual(['evening']);
    expect(dueReminders([{ ...evening!, firedAt: nextMorning }], nextMorning)).toEqual([]);
    expect(dueReminders([evening!, twoHours!], Date.UTC(2026, 11, 3, 9, 30))).toEqual([]);
  });
});
