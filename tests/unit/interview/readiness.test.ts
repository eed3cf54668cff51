// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { emptyPrep } from '../../../core/interview/prep-record';
import { interviewReadiness } from '../../../core/interview/readiness';
import { withPatch } from '../../../core/interview/rounds';
import type { InterviewRound, Person } from '../../../core/interview/types';
import type { Note } from '../../../core/model';

const NOW = Date.UTC(2026, 11, 1, 8, 0);
const round = (n: number, patch: Parameters<typeof withPatch>[1]): InterviewRound =>
  withPatch({ id: `r${n}`, companyId: 'c', round: n, createdAt: n }, { timeZone: 'Europe/Oslo', ...patch }, NOW);
const answer = (promptId: string, text = 'An answer in my own words.'): Note => ({ id: promptId, companyId: 'c', promptId, kind: 'answer', text, createdAt: 0, updatedAt: 0 });
const person: Person = { id: 'p1', companyId: 'c', name: 'Kari Nordmann', normName: 'kari nordmann', role: '', link: '', notes: '', createdAt: 0, updatedAt: 0 };
const ALL_PROMPTS = ['vision', 'strategy', 'values', 'department', 'contribute', 'key-qualities', 'career-goals', 'why-this-job', 'why-you', 'weak-spots', 'do-better'];

describe('readiness against the next interview', () => {
  it('with nothing prepared, the next round is found and everything is left, most pressing first', () => {
    const rounds = [round(1, { date: '2026-11-20', time: '10:00' }), round(2, { date: '2026-12-03', time: '10:00' })];
    const r = interviewReadiness({ rounds, notesByPrompt: new Map(), prep: emptyPrep('c'), people: [], now: NOW });
    expect(r.nextInterview?.round).toBe(2);
    expect(r.debriefDue?.round).toBe(1);
    expect(r.left.slice(0, 3)).toEqual(['logistics', 'people', 'debrief']);
    expect(r.left).toContain('why-you');
    expect(r.left).toContain('references');
    expect(r.done).toEqual([]);
  });

  it('a well-prepared company has nothing left', () => {
    const r1 = { ...round(1, { date: '2026-11-20', time: '10:00' }), debrief: { wentWell: 'Good talk', better: '', asked: [], wonder: '', deepen: '' } };
    const r2 = round(2, { date: '2026-12-03', time: '10:00', place: 'Storgata 1', personIds: ['p1'] });
    const notes = new Map(ALL_PROMPTS.map((id) => [id, [answer(id)]]));
    const prep = {
      ...emptyPrep('c'),
      decision: 'yes' as const,
      ownQuestions: [
        { id: 'q1', text: 'How is the team organised?', asked: false, answered: false },
        { id: 'q2', text: 'What does success look like after a year?', asked: false, answered: false },
      ],
      references: [{ id: 'f1', name: 'Ola', contact: 'ola@example.org', toldOn: '2026-11-28' }],
      footprint: [{ id: 'l1', label: 'LinkedIn', url: 'https://www.linkedin.com/in/me', checkedOn: '2026-11-29' }],
    };
    const r = interviewReadiness({ rounds: [r1, r2], notesByPrompt: notes, prep, people: [person], now: NOW });
    expect(r.left).toEqual([]);
    expect(r.debriefDue).toBeUndefined();
  });

  it('a blank answer does not count, and a reference not yet told is left', () => {
    const prep = { ...emptyPrep('c'), references: [{ id: 'f1', name: 'Ola', contact: '', toldOn: '' }] };
    const r = interviewReadiness({ rounds: [], notesByPrompt: new Map([['why-you', [answer('why-you', '   ')]]]), prep, people: [], now: NOW });
    expect(r.nextInterview).toBeUndefined();
    expect(r.left).toContain('why-you');
    expect(r.left).toContain('references');
    expect(r.left).not.toContain('debrief');
  });

  it('a round without a date is not the next interview', () => {
    const r = interviewReadiness({ rounds: [round(1, {})], notesByPrompt: new Map(), prep: emptyPrep('c'), people: [], now: NOW });
    expect(r.nextInterview).toBeUndefined();
  });
});
