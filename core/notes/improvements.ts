import type { RoundTwoDB } from '../db/schema';
import type { ImprovementArea, Note } from '../model';
import { deleteNoteOfKind } from './notes-of';

/** The prompt improvements belong to. */
export const DO_BETTER_PROMPT_ID = 'do-better';

/** In the order the form offers them. */
export const IMPROVEMENT_AREAS: readonly ImprovementArea[] = ['digital', 'customer', 'product', 'other'];

export interface ImprovementInput {
  area: ImprovementArea;
  /** What the user noticed; stored as the note's `text`. */
  observation: string;
  idea: string;
  quote?: string;
  clipId?: string;
  sourceUrl?: string;
}

function fields({ area, observation, idea, quote, clipId, sourceUrl }: Partial<ImprovementInput>): Partial<Note> {
  const patch: Partial<Note> = {};
  if (area !== undefined) patch.area = area;
  if (observation !== undefined) patch.text = observation;
  if (idea !== undefined) patch.idea = idea;
  if (quote !== undefined) patch.quote = quote;
  if (clipId !== undefined) patch.clipId = clipId;
  if (sourceUrl !== undefined) patch.sourceUrl = sourceUrl;
  return patch;
}

export async function addImprovement(db: RoundTwoDB, companyId: string, input: ImprovementInput, now = Date.now()): Promise<Note> {
  const note: Note = {
    id: crypto.randomUUID(),
    companyId,
    promptId: DO_BETTER_PROMPT_ID,
    kind: 'improvement',
    text: '',
    ...fields(input),
    createdAt: now,
    updatedAt: now,
  };
  await db.notes.add(note);
  return note;
}

/** Changes the given fields of an improvement; false when the note is gone or is not an improvement. */
export async function updateImprovement(db: RoundTwoDB, noteId: string, patch: Partial<ImprovementInput>, now = Date.now()): Promise<boolean> {
  return db.transaction('rw', db.notes, async () => {
    const note = await db.notes.get(noteId);
    if (note?.kind !== 'improvement') return false;
    await db.notes.update(noteId, { ...fields(patch), updatedAt: now });
    return true;
  });
}

export function removeImprovement(db: RoundTwoDB, noteId: string): Promise<boolean> {
  return deleteNoteOfKind(db, noteId, ['improvement']);
}
