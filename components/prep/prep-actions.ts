import type { RoundTwoDB } from '../../core/db/schema';
import { addImprovement, dismissEvidence, pinEvidence, removeImprovement, restoreEvidence, saveAnswer, unpin, updateImprovement } from '../../core/notes';
import type { PrepActions } from './types';

/** The board's callbacks, written to the database. A failed write is reported, never swallowed; the next good one clears it. */
export function prepActions(db: RoundTwoDB, companyId: string, onError: (error: unknown) => void, onSaved: () => void = () => undefined): PrepActions {
  const run = (work: Promise<unknown>) => void work.then(onSaved, onError);
  return {
    onAnswer: (promptId, text, at) => run(saveAnswer(db, companyId, promptId, text, at)),
    onPin: (promptId, { sentence, clipId, url }) => run(pinEvidence(db, companyId, promptId, { sentence, clipId, url })),
    onUnpin: (noteId) => run(unpin(db, noteId)),
    onDismiss: (promptId, key) => run(dismissEvidence(db, companyId, promptId, key)),
    onRestore: (promptId, key) => run(restoreEvidence(db, companyId, promptId, key)),
    onAddImprovement: (input) => run(addImprovement(db, companyId, input)),
    onUpdateImprovement: (noteId, patch) => run(updateImprovement(db, noteId, patch)),
    onRemoveImprovement: (noteId) => run(removeImprovement(db, noteId)),
  };
}
