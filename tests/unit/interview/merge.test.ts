// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { mergeCompanies } from '../../../core/company/actions';
import { addPerson, peopleOf } from '../../../core/interview/people';
import { prepOf, updatePrep } from '../../../core/interview/prep-record';
import { addRound, roundsOf, updateRound } from '../../../core/interview/rounds';
import type { Company } from '../../../core/model';
import { useTestDb } from '../notes/db';

const db = useTestDb();
const NOW = Date.UTC(2026, 11, 1, 8, 0);

function company(id: string, name: string): Company {
  return { id, name, domains: [`${id}.no`], normNames: [name.toLowerCase()], status: 'interview2', createdAt: 0, updatedAt: 0 };
}

describe('merging a company that has interviews', () => {
  it('moves rounds, people, the prep record and reminders; a person both had becomes one card on every round', async () => {
    await db().companies.bulkAdd([company('a', 'Nordlys Energi AS'), company('b', 'Nordlys')]);
    const kariA = (await addPerson(db(), 'a', { name: 'Kari Nordmann', notes: 'Leads operations' }, NOW))!;
    const kariB = (await addPerson(db(), 'b', { name: 'Kari Nordmann', role: 'Driftssjef' }, NOW + 1))!;
    const per = (await addPerson(db(), 'b', { name: 'Per Hansen' }, NOW + 2))!;
    const round = await addRound(db(), 'b', { date: '2026-12-03', time: '10:00', timeZone: 'Europe/Oslo' }, NOW);
    await updateRound(db(), round.id, { personIds: [kariB.id, per.id] }, NOW);
    await updatePrep(db(), 'b', (p) => ({ ...p, decision: 'yes', ownQuestions: [{ id: 'q', text: 'How is the team organised?', asked: false, answered: false }] }), NOW);
    await updatePrep(db(), 'a', (p) => ({ ...p, references: [{ id: 'r', name: 'Ola', contact: '', toldOn: '' }] }), NOW);

    await mergeCompanies(db(), 'b', 'a', NOW);

    const rounds = await roundsOf(db(), 'a');
    expect(rounds.map((r) => r.id)).toEqual([round.id]);
    expect(rounds[0]!.personIds).toEqual([kariA.id, per.id]);
    const people = await peopleOf(db(), 'a');
    expect(people.map((p) => [p.name, p.role, p.notes])).toEqual([
      ['Kari Nordmann', 'Driftssjef', 'Leads operations'],
      ['Per Hansen', '', ''],
    ]);
    const reminders = await db().reminders.toArray();
    expect(reminders).toHaveLength(2);
    expect(reminders.every((r) => r.companyId === 'a')).toBe(true);
    const prep = await prepOf(db(), 'a');
    expect(prep.decision).toBe('yes');
    expect(prep.ownQuestions.map((q) => q.text)).toEqual(['How is the team organised?']);
    expect(prep.references.map((r) => r.name)).toEqual(['Ola']);
    expect(await db().interviewPrep.get('b')).toBeUndefined();
    expect(await db().people.where('companyId').equals('b').count()).toBe(0);
  });
});
