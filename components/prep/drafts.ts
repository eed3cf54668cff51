import type { RoundTwoDB } from '../../core/db/schema';
import { answerOf, saveAnswer } from '../../core/notes';

/**
 * A synchronous copy of what the user is typing, in the extension's localStorage. The database
 * write of the last keystroke may not finish when a popup closes at once; this copy always does,
 * and the next page of the extension to open writes it to the database.
 */
const PREFIX = 'round-two:draft:';

export function writeDraft(key: string, value: unknown): void {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Storage full or unavailable: the database write still runs.
  }
}

export function readDraft<T>(key: string): T | undefined {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    return raw === null ? undefined : (JSON.parse(raw) as T);
  } catch {
    return undefined;
  }
}

export function clearDraft(key: string): void {
  try {
    localStorage.removeItem(PREFIX + key);
  } catch {
    // Nothing to clear.
  }
}

export interface AnswerDraft {
  text: string;
  /** When it was typed: the stored answer's `updatedAt` once it is written. */
  at: number;
}

export function answerDraftKey(companyId: string, promptId: string): string {
  return `answer:${companyId}:${promptId}`;
}

/** Writes every answer typed but not yet stored (a popup closed mid-write) to the database; a later stored edit wins. */
export async function recoverAnswerDrafts(db: RoundTwoDB): Promise<number> {
  let recovered = 0;
  const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)).filter((key): key is string => !!key?.startsWith(`${PREFIX}answer:`));
  for (const fullKey of keys) {
    const key = fullKey.slice(PREFIX.length);
    const [, companyId, promptId] = key.split(':');
    const draft = readDraft<AnswerDraft>(key);
    if (!companyId || !promptId || !draft) continue;
    const stored = await answerOf(db, companyId, promptId);
    if ((!stored || stored.updatedAt < draft.at) && stored?.text !== draft.text) {
      await saveAnswer(db, companyId, promptId, draft.text, draft.at);
      recovered += 1;
    }
    clearDraft(key);
  }
  return recovered;
}
