// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { roundToIcs } from '../../../core/interview/ics';
import { withPatch } from '../../../core/interview/rounds';
import type { InterviewRound, Person } from '../../../core/interview/types';

const NOW = Date.UTC(2026, 11, 1, 8, 0);
const base: InterviewRound = { id: 'round-2', companyId: 'c1', round: 2, createdAt: 0 };
const kari: Person = { id: 'p1', companyId: 'c1', name: 'Kari Nordmann', normName: 'kari nordmann', role: 'Driftssjef', link: '', notes: '', createdAt: 0, updatedAt: 0 };

/** Unfolds an iCalendar text (RFC 5545 line folding) into its properties. */
function parse(ics: string): Map<string, string> {
  const lines = ics.replace(/\r\n[ \t]/g, '').split(/\r?\n/);
  const inEvent = lines.slice(lines.indexOf('BEGIN:VEVENT'), lines.indexOf('END:VEVENT'));
  return new Map(inEvent.map((line) => [line.slice(0, line.search(/[:;]/)), line.slice(line.search(/[:;]/) + 1)]));
}

function instant(value: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value)!;
  return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!);
}

describe('the .ics file of a round', () => {
  it('starts at the right instant for 10:00 in Oslo, lasts the round’s length, and names place and people', () => {
    const round = withPatch(base, { date: '2026-12-03', time: '10:00', timeZone: 'Europe/Oslo', durationMin: 90, place: 'Storgata 1, Tromsø' }, NOW);
    const event = parse(roundToIcs({ round, companyName: 'Nordlys Energi AS', people: [kari], title: 'Round 2: Nordlys Energi AS' })!);
    expect(new Date(instant(event.get('DTSTART')!)).toISOString()).toBe('2026-12-03T09:00:00.000Z');
    expect(event.get('DURATION')).toBe('PT90M');
    expect(event.get('SUMMARY')).toBe('Round 2: Nordlys Energi AS');
    expect(event.get('LOCATION')).toContain('Storgata 1');
    expect(event.get('DESCRIPTION')).toContain('Kari Nordmann');
    expect(event.get('UID')).toBe('round-2@round-two');
  });

  it('a New York interview lands at its New York time', () => {
    const round = withPatch(base, { date: '2026-07-10', time: '09:30', timeZone: 'America/New_York' }, NOW);
    const event = parse(roundToIcs({ round, companyName: 'X', people: [], title: 'Round 2' })!);
    expect(new Date(instant(event.get('DTSTART')!)).toISOString()).toBe('2026-07-10T13:30:00.000Z');
  });

  it('a date without a time is an all-day event on that date', () => {
    const round = withPatch(base, { date: '2026-12-03', timeZone: 'Europe/Oslo' }, NOW);
    const event = parse(roundToIcs({ round, companyName: 'X', people: [], title: 'Round 2' })!);
    expect(event.get('DTSTART')).toBe('VALUE=DATE:20261203');
  });

  it('a video link that is not http(s) is text in the description, never the event’s URL', () => {
    const round = withPatch(base, { date: '2026-12-03', time: '10:00', timeZone: 'Europe/Oslo', videoLink: 'javascript:alert(1)' }, NOW);
    const event = parse(roundToIcs({ round, companyName: 'X', people: [], title: 'Round 2' })!);
    expect(event.has('URL')).toBe(false);
    expect(event.get('DESCRIPTION')).toContain('javascript:alert(1)');
  });

  it('no file for a round without a date', () => {
    expect(roundToIcs({ round: base, companyName: 'X', people: [], title: 'Round 2' })).toBeUndefined();
  });
});
