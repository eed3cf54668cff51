import type { RoundTwoDB } from '../db/schema';
import type { Note, NoteKind } from '../model';

/** The notes of one kind on one prompt of a company, oldest first. */
export async function notesOf(db: RoundTwoDB, companyId: string, promptId: string, kind: NoteKind): Promise<Note[]> {
  const notes = await db.notes.where('[companyId+promptId]').equals([companyId, promptId]).toArray();
  return notes.filter((note) => note.kind === kind).sort((a, b) => a.createdAt - b.createdAt);
}

/** Deletes a note only when it is of one of `kinds`: a stale id from one list never removes another kind of note. */
export async function deleteNoteOfKind(db: RoundTwoDB, noteId: string, kinds: readonly NoteKind[]): Promise<boolean> {
  return db.transaction('rw', db.notes, async () => {
    const note = await db.notes.get(noteId);
    if (!note || !kinds.includes(note.kind)) return false;
    await db.notes.delete(noteId);
    return true;
  });
}
