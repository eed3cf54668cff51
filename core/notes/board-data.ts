import type { RoundTwoDB } from '../db/schema';
import type { ClipHits } from '../evidence';
import type { Company, Note } from '../model';
import type { PromptSection } from '../prompts';
import { loadBoardEvidence } from './board-evidence';
import { DO_BETTER_PROMPT_ID } from './improvements';

/** What the board shows about where evidence came from (never the clip's content). */
export interface ClipSource {
  clipId: string;
  url: string;
  title: string;
  domain: string;
  siteName?: string;
}

export interface PrepBoardData {
  /** Undefined when the company was deleted. */
  company: Company | undefined;
  /** Each clip's stored evidence, newest clip first. */
  clipsHits: ClipHits[];
  sources: Map<string, ClipSource>;
  /** Answers, pins, quotes and improvements by prompt id, oldest first. Dismissals are in `dismissedByPrompt`. */
  notesByPrompt: Map<string, Note[]>;
  /** Evidence keys the user dismissed, by prompt id. */
  dismissedByPrompt: Map<string, Set<string>>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Everything the prep board needs about one company, in one read. */
export async function loadPrepBoard(db: RoundTwoDB, companyId: string): Promise<PrepBoardData> {
  return db.transaction('r', [db.companies, db.clips, db.notes, db.companyEvidence], async () => {
    const company = await db.companies.get(companyId);
    const notes = await db.notes.where('companyId').equals(companyId).toArray();
    notes.sort((a, b) => a.createdAt - b.createdAt);
    // Precomputed per company: the board does not read every clip.
    const { clipsHits, sources } = await loadBoardEvidence(db, companyId, notes);

    const notesByPrompt = new Map<string, Note[]>();
    const dismissedByPrompt = new Map<string, Set<string>>();
    for (const note of notes) {
      if (note.kind !== 'dismissed') push(notesByPrompt, note.promptId, note);
      else dismissedByPrompt.set(note.promptId, (dismissedByPrompt.get(note.promptId) ?? new Set()).add(note.text));
    }
    return { company, clipsHits, sources, notesByPrompt, dismissedByPrompt };
  });
}

export interface Progress {
  answered: number;
  total: number;
}

export interface Readiness {
  overall: Progress;
  /** By section id, in the order of `sections`. */
  sections: Map<string, Progress>;
}

/** A prompt is answered by a non-blank answer; "what could they do better" by at least one improvement. */
export function isAnswered(promptId: string, notes: readonly Note[] | undefined): boolean {
  if (!notes) return false;
  if (promptId === DO_BETTER_PROMPT_ID && notes.some((note) => note.kind === 'improvement')) return true;
  return notes.some((note) => note.kind === 'answer' && note.text.trim() !== '');
}

export function readiness(sections: readonly PromptSection[], notesByPrompt: ReadonlyMap<string, readonly Note[]>): Readiness {
  const overall: Progress = { answered: 0, total: 0 };
  const bySection = new Map<string, Progress>();
  for (const section of sections) {
    const progress: Progress = { answered: 0, total: section.prompts.length };
    for (const prompt of section.prompts) if (isAnswered(prompt.id, notesByPrompt.get(prompt.id))) progress.answered += 1;
    bySection.set(section.id, progress);
    overall.answered += progress.answered;
    overall.total += progress.total;
  }
  return { overall, sections: bySection };
}
