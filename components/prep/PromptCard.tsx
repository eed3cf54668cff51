import { useId } from 'preact/hooks';
import type { RankedEvidence } from '../../core/evidence';
import type { Note } from '../../core/model';
import { hasEvidence } from '../../core/prompts';
import { t } from '../i18n';
import { AnswerBox } from './AnswerBox';
import { EvidenceList } from './EvidenceList';
import { PinnedList } from './PinnedList';
import type { PromptViewProps } from './types';

interface Props extends PromptViewProps {
  onAnswer: (promptId: string, text: string, at?: number) => void;
  onPin: (promptId: string, evidence: RankedEvidence) => void;
  /** Shown under the answer: the *people* prompt shows the person cards. */
  children?: preact.ComponentChildren;
}

export function isPinned(note: Note): boolean {
  return note.kind === 'pin' || note.kind === 'quote';
}

/** One prompt: the question, why it matters, the user's answer, and what their clips say. */
export function PromptCard({ companyId, prompt, lang, notes, evidence, dismissed, sources, onAnswer, onPin, onUnpin, onDismiss, onRestore, children }: Props) {
  const questionId = useId();
  const answer = notes.find((note) => note.kind === 'answer');
  const pinned = notes.filter(isPinned);
  return (
    <article class="prep-prompt" data-prompt-id={prompt.id} aria-labelledby={questionId}>
      <h4 id={questionId}>{prompt.question[lang]}</h4>
      <p class="prep-guidance">{prompt.guidance[lang]}</p>
      <AnswerBox
        companyId={companyId}
        promptId={prompt.id}
        saved={answer && { text: answer.text, updatedAt: answer.updatedAt }}
        labelledBy={questionId}
        onAnswer={onAnswer}
      />
      {children}
      {pinned.length > 0 && (
        <div class="prep-group">
          <h5>{t('prepPinned')}</h5>
          <PinnedList notes={pinned} sources={sources} onUnpin={onUnpin} />
        </div>
      )}
      {hasEvidence(prompt) && (
        <div class="prep-group">
          <h5>{t('prepEvidence')}</h5>
          <EvidenceList
            evidence={evidence}
            dismissed={dismissed}
            pinnedCount={pinned.length}
            sources={sources}
            onPin={(item) => onPin(prompt.id, item)}
            onDismiss={(item) => onDismiss(prompt.id, item.key)}
            onRestore={(key) => onRestore(prompt.id, key)}
          />
        </div>
      )}
    </article>
  );
}
