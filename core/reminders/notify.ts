import type { RoundTwoDB } from '../db/schema';
import type { Reminder } from '../interview/types';

export const NOTIFICATION_PREFIX = 'briefing:';

/** The locale messages a reminder is written with. */
export type ReminderMessage = 'reminderEveningTitle' | 'reminderSoonTitle' | 'reminderMessage';

export interface ReminderText {
  title: string;
  message: string;
}

/** `briefing:<companyId>:<reminderId>`: a click opens that company's briefing. */
export function notificationId(reminder: Reminder): string {
  return `${NOTIFICATION_PREFIX}${reminder.companyId}:${reminder.id}`;
}

/** The company whose briefing a notification opens, or undefined for another notification. */
export function companyOfNotification(id: string): string | undefined {
  if (!id.startsWith(NOTIFICATION_PREFIX)) return undefined;
  return id.slice(NOTIFICATION_PREFIX.length).split(':')[0] || undefined;
}

/** What a reminder says, from the company and round as stored now (a merge may have moved it). */
export async function reminderText(
  db: RoundTwoDB,
  reminder: Reminder,
  words: { message: (key: ReminderMessage, ...subs: string[]) => string; when: (startsAt: number, timeZone: string, dateOnly: boolean) => string },
): Promise<ReminderText> {
  const round = await db.interviews.get(reminder.interviewId);
  const company = await db.companies.get(round?.companyId ?? reminder.companyId);
  const name = company?.name ?? '';
  const when = words.when(reminder.startsAt, round?.timeZone ?? 'UTC', !round?.time);
  const key: ReminderMessage = reminder.kind === 'evening' ? 'reminderEveningTitle' : 'reminderSoonTitle';
  return { title: words.message(key, String(round?.round ?? ''), name), message: words.message('reminderMessage', when) };
}
