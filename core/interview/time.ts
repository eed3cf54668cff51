import type { InterviewRound } from './types';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** A zone the runtime knows, or UTC: a stored zone name must never break a date. */
export function validZone(timeZone: string | undefined): string {
  if (!timeZone) return 'UTC';
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
}

/** How far `timeZone`'s wall clock is ahead of UTC at an instant, in ms. */
function zoneOffset(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - Math.floor(instant / 1000) * 1000;
}

/** The instant a wall-clock date and time in a zone stand for (the later one across a DST gap). */
export function zonedInstant(date: string, time: string | undefined, timeZone: string): number | undefined {
  const d = DATE.exec(date);
  const t = time ? TIME.exec(time) : undefined;
  if (!d || (time && !t)) return undefined;
  const wall = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), t ? Number(t[1]) : 0, t ? Number(t[2]) : 0);
  if (Number.isNaN(wall)) return undefined;
  const zone = validZone(timeZone);
  const first = wall - zoneOffset(wall, zone);
  const second = wall - zoneOffset(first, zone);
  return second;
}

/** `yyyy-mm-dd` and `HH:MM` of an instant in a zone. */
export function wallClock(instant: number, timeZone: string): { date: string; time: string } {
  const shifted = new Date(instant + zoneOffset(instant, validZone(timeZone)));
  const iso = shifted.toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

export function isValidDate(date: string | undefined): date is string {
  return !!date && DATE.test(date) && !Number.isNaN(Date.parse(`${date}T00:00:00Z`));
}

export function isValidTime(time: string | undefined): time is string {
  return !!time && TIME.test(time);
}

/** When a round is over: its end when the time is known, the end of its day otherwise. */
export function endOf(round: InterviewRound): number | undefined {
  if (round.startsAt === undefined) return undefined;
  if (!round.time) return round.startsAt + DAY_MS;
  return round.startsAt + (round.durationMin ?? 60) * 60_000;
}

export type RoundState = 'unplanned' | 'ahead' | 'done';

/** A round without a date is unplanned; one whose end has passed is done (a debrief, never a reminder). */
export function roundState(round: InterviewRound, now: number): RoundState {
  const end = endOf(round);
  if (end === undefined) return 'unplanned';
  return end <= now ? 'done' : 'ahead';
}

export const TIME_CONSTANTS = { HOUR_MS, DAY_MS };
