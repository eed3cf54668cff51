import { browser, type Browser } from 'wxt/browser';
import { getDb } from '../db/schema';
import { ALARM_PREFIX, syncAlarms, takeDue } from './sync';
import { companyOfNotification, notificationId, reminderText, type ReminderMessage } from './notify';

const ICON = '/notification-icon.png';

/** The words of a notification, in the language the user chose for Round Two (the background passes them in). */
export interface ReminderWords {
  locale: () => string;
  message: (key: ReminderMessage, ...subs: string[]) => string;
}

let words: ReminderWords = { locale: () => browser.i18n.getUILanguage(), message: (key, ...subs) => browser.i18n.getMessage(key, subs) };

function formatWhen(startsAt: number, timeZone: string, dateOnly: boolean): string {
  const options: Intl.DateTimeFormatOptions = dateOnly ? { timeZone, weekday: 'long', day: 'numeric', month: 'long' } : { timeZone, weekday: 'long', hour: '2-digit', minute: '2-digit' };
  return new Intl.DateTimeFormat(words.locale(), options).format(startsAt);
}

/** Shows every reminder that is due (missed ones included), then sets alarms for the rest. */
export async function checkReminders(now = Date.now()): Promise<void> {
  const db = getDb();
  for (const reminder of await takeDue(db, now)) {
    const text = await reminderText(db, reminder, { message: words.message, when: formatWhen });
    await browser.notifications.create(notificationId(reminder), { type: 'basic', iconUrl: browser.runtime.getURL(ICON), ...text });
  }
  await syncAlarms(db, browser.alarms, now);
}

/** Sets the browser's alarms from the stored reminders (extension pages call this after a change). */
export function syncReminderAlarms(now = Date.now()): Promise<void> {
  return syncAlarms(getDb(), browser.alarms, now);
}

/** `now` is the alarm's moment for the tests' advanced clock; the browser's alarms call it without. */
async function onAlarm(alarm: Browser.alarms.Alarm, now = Date.now()): Promise<void> {
  if (alarm.name.startsWith(ALARM_PREFIX)) await checkReminders(now);
}

async function onNotificationClick(id: string): Promise<void> {
  const companyId = companyOfNotification(id);
  if (!companyId) return;
  await browser.tabs.create({ url: `${browser.runtime.getURL('/briefing.html')}#company=${encodeURIComponent(companyId)}` });
  await browser.notifications.clear(id);
}

/** The background's reminders: alarms wake it, a missed one is caught up at every start. */
export function registerReminders(language?: ReminderWords): void {
  if (language) words = language;
  browser.alarms.onAlarm.addListener((alarm) => void onAlarm(alarm));
  browser.notifications.onClicked.addListener((id) => void onNotificationClick(id));
  // Every start of the background (browser start, install, wake-up) catches up on missed reminders.
  void checkReminders();
  // Automation cannot wait for a real alarm or click a system notification: the e2e build hands
  // the tests these very handlers. The production build has no such door.
  if (import.meta.env.MODE === 'e2e') Object.assign(globalThis, { roundTwoReminders: { onAlarm, onNotificationClick, checkReminders } });
}
