import { evidenceKey, topEvidence, type RankedEvidence } from '../../core/evidence';
import type { PrepBoardData } from '../../core/notes';
import { EVIDENCE_SHOWN_AT_MOST } from '../../core/notes/board-evidence';
import type { PrepLayout } from './types';

export const EVIDENCE_LIMIT: Record<PrepLayout, number> = { popup: 3, wide: EVIDENCE_SHOWN_AT_MOST };

/** The best evidence for a prompt that the user has neither dismissed nor pinned already. */
export function evidenceFor(data: PrepBoardData, promptId: string, layout: PrepLayout): RankedEvidence[] {
  const hidden = new Set(data.dismissedByPrompt.get(promptId));
  for (const note of data.notesByPrompt.get(promptId) ?? []) {
    if (note.kind === 'pin' || note.kind === 'quote') hidden.add(evidenceKey(note.text));
  }
  return topEvidence(data.clipsHits, promptId, { dismissed: hidden }, EVIDENCE_LIMIT[layout]);
}
