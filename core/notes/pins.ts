import type { RoundTwoDB } from '../db/schema';
import { evidenceKey } from '../evidence';
import type { Note } from '../model';
import { deleteNoteOfKind, notesOf } from './notes-of';

export interface PinnedEvidence {
  sentence: string;
  clipId: string;
  url: string;
}

export interface QuoteInput {
  companyId: string;
  promptId: string;
  text: string;
  sourceUrl: string;
  clipId?: string;
}

/** Pins a sentence to a prompt; pinning the same sentence again (from any clip) returns the pin it already has. */
export async function pinEvidence(
  db: RoundTwoDB,
  companyId: string,
  promptId: string,
  { sentence, clipId, url }: PinnedEvidence,
  now = Date.now(),
): Promise<Note> {
  const key = evidenceKey(sentence);
  return db.transaction('rw', db.notes, async () => {
    const pins = await notesOf(db, companyId, promptId, 'pin');
    const existing = pins.find((pin) => evidenceKey(pin.text) === key);
    if (existing) return existing;
    const note: Note = { id: crypto.randomUUID(), companyId, promptId, kind: 'pin', text: sentence, clipId, sourceUrl: url, createdAt: now, updatedAt: now };
    await db.notes.add(note);
    return note;
  });
}

/** Removes a pin or a quote. Other kinds of note are left alone. */
export function unpin(db: RoundTwoDB, noteId: string): Promise<boolean> {
  return deleteNoteOfKind(db, noteId, ['pin', 'quote']);
}

/** Hides a sentence (by its `evidenceKey`) from a prompt's evidence, once. */
export async function dismissEvidence(db: RoundTwoDB, companyId: string, promptId: string, key: string, now = Date.now()): Promise<Note> {
  return db.transaction('rw', db.notes, async () => {
    const existing = (await notesOf(db, companyId, promptId, 'dismissed')).find((note) => note.text === key);
    if (existing) return existing;
    const note: Note = { id: crypto.randomUUID(), companyId, promptId, kind: 'dismissed', text: key, createdAt: now, updatedAt: now };
    await db.notes.add(note);
    return note;
  });
}

/** Keeps text the user selected on a page as a quote on a prompt. A blank selection stores nothing. */
export async function addQuote(db: RoundTwoDB, { companyId, promptId, text, sourceUrl, clipId }: QuoteInput, now = Date.now()): Promise<Note | undefined> {
  const quote = text.trim();
  if (!quote) return undefined;
  const note: Note = { id: crypto.randomUUID(), companyId, promptId, kind: 'quote', text: quote, sourceUrl, createdAt: now, updatedAt: now };
  if (clipId) note.clipId = clipId;
  await db.notes.add(note);
  return note;
}

/** Brings a dismissed sentence back to a prompt's evidence (the Undo of `dismissEvidence`). */
export async function restoreEvidence(db: RoundTwoDB, companyId: string, promptId: string, key: string): Promise<number> {
  return db.transaction('rw', db.notes, async () => {
    const dismissed = (await notesOf(db, companyId, promptId, 'dismissed')).filter((note) => note.text === key);
    await db.notes.bulkDelete(dismissed.map((note) => note.id));
    return dismissed.length;
  });
}
