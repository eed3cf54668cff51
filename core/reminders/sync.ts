import type { RoundTwoDB } from '../db/schema';
import { dueReminders } from '../interview/reminder-plan';
import type { Reminder } from '../interview/types';

export const ALARM_PREFIX = 'reminder:';

/** The slice of `browser.alarms` the reminders use (a fake in unit tests). */
export interface AlarmApi {
  create(name: string, info: { when: number }): void | Promise<void>;
  clear(name: string): Promise<boolean> | Promise<void>;
  getAll(): Promise<Array<{ name: string; scheduledTime: number }>>;
}

/**
 * Makes the browser's alarms match the stored reminders: one alarm per reminder still to
 * come, none for a removed, moved or shown one. Alarms are only a wake-up call: what is
 * due is always read from the database, so a lost alarm costs nothing but a delay.
 */
export async function syncAlarms(db: RoundTwoDB, alarms: AlarmApi, now: number): Promise<void> {
  const reminders = await db.reminders.toArray();
  const wanted = new Map(reminders.filter((r) => r.firedAt === undefined && r.fireAt > now && r.startsAt > now).map((r) => [ALARM_PREFIX + r.id, r.fireAt]));
  const existing = (await alarms.getAll()).filter((alarm) => alarm.name.startsWith(ALARM_PREFIX));
  for (const alarm of existing) if (wanted.get(alarm.name) !== alarm.scheduledTime) await alarms.clear(alarm.name);
  for (const [name, when] of wanted) if (!existing.some((a) => a.name === name && a.scheduledTime === when)) await alarms.create(name, { when });
}

/**
 * Marks every due reminder as shown and returns them: those whose time came while the
 * browser was closed too, as long as the interview is still ahead. Each is shown once.
 */
export async function takeDue(db: RoundTwoDB, now: number): Promise<Reminder[]> {
  return db.transaction('rw', db.reminders, async () => {
    const due = dueReminders(await db.reminders.where('fireAt').belowOrEqual(now).toArray(), now);
    for (const reminder of due) await db.reminders.update(reminder.id, { firedAt: now });
    return due;
  });
}
