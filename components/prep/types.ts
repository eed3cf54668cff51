import type { RankedEvidence } from '../../core/evidence';
import type { ImprovementInput } from '../../core/notes';

export type PrepLayout = 'popup' | 'wide';

/** What the prep board asks of its container. Each is fire-and-forget: the container reports failures. */
export interface PrepActions {
  onAnswer: (promptId: string, text: string) => void;
  onPin: (promptId: string, evidence: RankedEvidence) => void;
  onUnpin: (noteId: string) => void;
  onDismiss: (promptId: string, key: string) => void;
  onAddImprovement: (input: ImprovementInput) => void;
  onUpdateImprovement: (noteId: string, patch: ImprovementInput) => void;
  onRemoveImprovement: (noteId: string) => void;
}
