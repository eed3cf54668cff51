import type { RankedEvidence } from '../../core/evidence';
import type { Note } from '../../core/model';
import type { ClipSource, ImprovementInput } from '../../core/notes';
import type { Lang, Prompt } from '../../core/prompts';

export type PrepLayout = 'popup' | 'wide';

/** What the prep board asks of its container. Each is fire-and-forget: the container reports failures. */
export interface PrepActions {
  /** `at` is when the text was typed: the stored answer's `updatedAt`, so a view knows its own writes. */
  onAnswer: (promptId: string, text: string, at?: number) => void;
  onPin: (promptId: string, evidence: RankedEvidence) => void;
  onUnpin: (noteId: string) => void;
  onDismiss: (promptId: string, key: string) => void;
  /** Brings a dismissed sentence back. */
  onRestore: (promptId: string, key: string) => void;
  onAddImprovement: (input: ImprovementInput) => void;
  onUpdateImprovement: (noteId: string, patch: ImprovementInput) => void;
  onRemoveImprovement: (noteId: string) => void;
}

/** What every prompt view (a question card, the do-better list) is given. */
export interface PromptViewProps {
  companyId: string;
  prompt: Prompt;
  lang: Lang;
  /** The prompt's notes: answer, pins, quotes, improvements. */
  notes: readonly Note[];
  /** The top evidence, already ranked and without dismissed or pinned sentences. */
  evidence: readonly RankedEvidence[];
  /** The sentences the user dismissed from this prompt, to show and restore on request. */
  dismissed: readonly RankedEvidence[];
  sources: ReadonlyMap<string, ClipSource>;
  onUnpin: (noteId: string) => void;
  onDismiss: (promptId: string, key: string) => void;
  onRestore: (promptId: string, key: string) => void;
}
