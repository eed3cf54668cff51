import { evidenceKey, topEvidence, type RankedEvidence } from '../../core/evidence';
import type { PrepBoardData } from '../../core/notes';
import { EVIDENCE_SHOWN_AT_MOST } from '../../core/notes/board-evidence';
import type { PrepLayout } from './types';

export const EVIDENCE_LIMIT: Record<PrepLayout, number> = { popup: 3, wide: EVIDENCE_SHOWN_AT_MOST };
const NOTHING = new Set<string>();

/** The best evidence for a prompt that the user has neither dismissed nor pinned already. */
export function evidenceFor(data: PrepBoardData, promptId: string, layout: PrepLayout): RankedEvidence[] {
  const hidden = new Set(data.dismissedByPrompt.get(promptId));
  for (const note of data.notesByPrompt.get(promptId) ?? []) {
    if (note.kind === 'pin' || note.kind === 'quote') hidden.add(evidenceKey(note.text));
  }
  return topEvidence(data.clipsHits, promptId, { dismissed: hidden }, EVIDENCE_LIMIT[layout]);
}

/** The sentences the user dismissed from a prompt that the clips still hold, best first. */
export function dismissedFor(data: PrepBoardData, promptId: string): RankedEvidence[] {
  const dismissed = data.dismissedByPrompt.get(promptId);
  if (!dismissed?.size) return [];
  return topEvidence(data.clipsHits, promptId, { dismissed: NOTHING }, Number.MAX_SAFE_INTEGER).filter((item) => dismissed.has(item.key));
}
