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
  onAnswer: (promptId: string, text: string) => void;
  onPin: (promptId: string, evidence: RankedEvidence) => void;
  /** Shown under the answer: the *people* prompt shows the person cards. */
  children?: preact.ComponentChildren;
}

export function isPinned(note: Note): boolean {
  return note.kind === 'pin' || note.kind === 'quote';
}

/** One prompt: the question, why it matters, the user's answer, and what their clips say. */
export function PromptCard({ prompt, lang, notes, evidence, sources, onAnswer, onPin, onUnpin, onDismiss, children }: Props) {
  const questionId = useId();
  const answer = notes.find((note) => note.kind === 'answer')?.text ?? '';
  const pinned = notes.filter(isPinned);
  return (
    <article class="prep-prompt" data-prompt-id={prompt.id}>
      <h4 id={questionId}>{prompt.question[lang]}</h4>
      <p class="prep-guidance">{prompt.guidance[lang]}</p>
      <AnswerBox promptId={prompt.id} saved={answer} labelledBy={questionId} onAnswer={onAnswer} />
      {children}
      {pinned.length > 0 && (
        <section aria-label={t('prepPinned')}>
          <h5>{t('prepPinned')}</h5>
          <PinnedList notes={pinned} sources={sources} onUnpin={onUnpin} />
        </section>
      )}
      {hasEvidence(prompt) && (
        <section aria-label={t('prepEvidence')}>
          <h5>{t('prepEvidence')}</h5>
          <EvidenceList
            evidence={evidence}
            sources={sources}
            onPin={(item) => onPin(prompt.id, item)}
            onDismiss={(item) => onDismiss(prompt.id, item.key)}
          />
        </section>
      )}
    </article>
  );
}
