/**
 * Reminders for the day itself (prep guide, section 9), as message keys: the words are in
 * every interface language in the locale files, and the briefing shows them in order.
 */
export const DAY_REMINDERS = ['dayReminderPolite', 'dayReminderHonest', 'dayReminderYourself', 'dayReminderAnswer', 'dayReminderResource'] as const;
export type DayReminderKey = (typeof DAY_REMINDERS)[number];
