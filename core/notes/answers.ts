import type { RoundTwoDB } from '../db/schema';
import type { Note } from '../model';
import { notesOf } from './notes-of';

/** The user's answer to a prompt, if one was ever saved. */
export async function answerOf(db: RoundTwoDB, companyId: string, promptId: string): Promise<Note | undefined> {
  return (await notesOf(db, companyId, promptId, 'answer'))[0];
}

/**
 * Saves the one answer of a prompt. Clearing the text keeps the note with `''`:
 * the row stays, so nothing else tied to it disappears. A blank first answer
 * creates nothing. The read and the write share a transaction, so two saves
 * (the debounce and the blur) never create two answers.
 */
export async function saveAnswer(
  db: RoundTwoDB,
  companyId: string,
  promptId: string,
  text: string,
  now = Date.now(),
): Promise<Note | undefined> {
  return db.transaction('rw', db.notes, async () => {
    const existing = await answerOf(db, companyId, promptId);
    if (existing) {
      if (existing.text === text) return existing;
      await db.notes.update(existing.id, { text, updatedAt: now });
      return { ...existing, text, updatedAt: now };
    }
    if (!text.trim()) return undefined;
    const note: Note = { id: crypto.randomUUID(), companyId, promptId, kind: 'answer', text, createdAt: now, updatedAt: now };
    await db.notes.add(note);
    return note;
  });
}
