// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { addRound, updateRound } from '../../../core/interview/rounds';
import { ALARM_PREFIX, syncAlarms, takeDue, type AlarmApi } from '../../../core/reminders/sync';
import { companyOfNotification, notificationId, reminderText } from '../../../core/reminders/notify';
import { useTestDb } from '../notes/db';

const db = useTestDb();
const NOW = Date.UTC(2026, 11, 1, 8, 0);

function fakeAlarms(): AlarmApi & { all: Map<string, number> } {
  const all = new Map<string, number>();
  return {
    all,
    create: (name, { when }) => void all.set(name, when),
    clear: async (name) => all.delete(name),
    getAll: async () => [...all].map(([name, scheduledTime]) => ({ name, scheduledTime })),
  };
}

describe('reminder alarms', () => {
  it('sets one alarm per coming reminder, and moves them when the round moves', async () => {
    const alarms = fakeAlarms();
    alarms.all.set('someone-else', 1);
    const round = await addRound(db(), 'c1', { date: '2026-12-03', time: '10:00', timeZone: 'Europe/Oslo' }, NOW);
    await syncAlarms(db(), alarms, NOW);
    expect(new Map([...alarms.all].filter(([n]) => n.startsWith(ALARM_PREFIX)))).toEqual(
      new Map([
        [`${ALARM_PREFIX}${round.id}:evening`, Date.UTC(2026, 11, 2, 18, 0)],
        [`${ALARM_PREFIX}${round.id}:two-hours`, Date.UTC(2026, 11, 3, 7, 0)],
      ]),
    );
    await updateRound(db(), round.id, { date: '2026-12-10', time: '' }, NOW);
    await syncAlarms(db(), alarms, NOW);
    expect([...alarms.all.keys()].sort()).toEqual([`${ALARM_PREFIX}${round.id}:evening`, 'someone-else']);
    expect(alarms.all.get(`${ALARM_PREFIX}${round.id}:evening`)).toBe(Date.UTC(2026, 11, 9, 18, 0));
  });

  it('a reminder missed while the browser was closed comes at the next start, once, if the interview is ahead', async () => {
    const round = await addRound(db(), 'c1', { date: '2026-12-03', time: '10:00', timeZone: 'Europe/Oslo' }, NOW);
    const nextMorning = Date.UTC(2026, 11, 3, 6, 0);
    const due = await takeDue(db(), nextMorning);
    expect(due.map((r) => r.id)).toEqual([`${round.id}:evening`]);
    expect(await takeDue(db(), nextMorning + 1000)).toEqual([]);
    expect(companyOfNotification(notificationId(due[0]!))).toBe('c1');
  });

  it('a finished round has no reminder to fire', async () => {
    await addRound(db(), 'c1', { date: '2026-11-20', time: '10:00', timeZone: 'Europe/Oslo' }, NOW);
    expect(await db().reminders.count()).toBe(0);
    expect(await takeDue(db(), NOW)).toEqual([]);
  });

  it('the notification names the round and the company, and when it starts', async () => {
    await db().companies.put({ id: 'c1', name: 'Havbris Software AS', domains: [], normNames: [], status: 'interview2', createdAt: 0, updatedAt: 0 });
    await addRound(db(), 'c1', { date: '2026-11-20', time: '10:00', timeZone: 'Europe/Oslo' }, NOW);
    const second = await addRound(db(), 'c1', { date: '2026-12-03', time: '10:00', timeZone: 'Europe/Oslo' }, NOW);
    const [evening] = await takeDue(db(), Date.UTC(2026, 11, 2, 18, 0));
    expect(evening?.interviewId).toBe(second.id);
    const text = await reminderText(db(), evening!, {
      message: (key, ...subs) => `${key}(${subs.join('|')})`,
      when: (startsAt, zone, dateOnly) => `${new Date(startsAt).toISOString()} ${zone} ${dateOnly}`,
    });
    expect(text).toEqual({ title: 'reminderEveningTitle(2|Havbris Software AS)', message: 'reminderMessage(2026-12-03T09:00:00.000Z Europe/Oslo false)' });
  });
});
