import { signal } from '@preact/signals';
import { getDb } from '../../core/db/schema';
import { syncReminderAlarms } from '../../core/reminders/register';

/** Why the last change could not be stored, shown by the views (never a silent failure). */
export const saveError = signal<string | undefined>(undefined);

/** Runs a change; a failure is said plainly. */
export function attempt<T>(work: (db: ReturnType<typeof getDb>) => Promise<T>): Promise<T | undefined> {
  saveError.value = undefined;
  return work(getDb()).catch((error: unknown) => {
    saveError.value = error instanceof Error ? error.message : String(error);
    return undefined;
  });
}

/** A change to rounds: the browser's alarms follow the new reminders. */
export async function attemptRound<T>(work: (db: ReturnType<typeof getDb>) => Promise<T>): Promise<T | undefined> {
  const result = await attempt(work);
  await syncReminderAlarms().catch(() => undefined);
  return result;
}
