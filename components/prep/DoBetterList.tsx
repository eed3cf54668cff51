import { useState } from 'preact/hooks';
import type { RankedEvidence } from '../../core/evidence';
import type { ImprovementInput } from '../../core/notes';
import { t } from '../i18n';
import { EvidenceList } from './EvidenceList';
import { ImprovementForm } from './ImprovementForm';
import { ImprovementItem } from './ImprovementItem';
import { PinnedList } from './PinnedList';
import type { PromptViewProps } from './types';

interface Props extends PromptViewProps {
  onAdd: (input: ImprovementInput) => void;
  onUpdate: (noteId: string, input: ImprovementInput) => void;
  onRemove: (noteId: string) => void;
}

/** "What could they do better?": observations, each with a constructive fix and where it was seen. */
export function DoBetterList({ prompt, lang, notes, evidence, sources, onAdd, onUpdate, onRemove, onUnpin, onDismiss }: Props) {
  // A new key empties the add form after a submit, or fills it from a sentence.
  const [form, setForm] = useState<{ key: number; initial: Partial<ImprovementInput> }>({ key: 0, initial: {} });
  const items = notes.filter((note) => note.kind === 'improvement');
  const pinned = notes.filter((note) => note.kind === 'pin' || note.kind === 'quote');
  // The same form keeps what the user already typed; only the quote and its source change.
  const startFromSentence = (item: RankedEvidence) =>
    setForm({ key: form.key, initial: { ...form.initial, quote: item.sentence, clipId: item.clipId, sourceUrl: item.url } });

  return (
    <article class="prep-prompt prep-do-better" data-prompt-id={prompt.id}>
      <h4>{prompt.question[lang]}</h4>
      <p class="prep-guidance">{prompt.guidance[lang]}</p>
      <p class="prep-guidance">{t('prepDoBetterGuide')}</p>
      {items.length === 0 ? (
        <p class="prep-invite">{t('prepDoBetterEmpty')}</p>
      ) : (
        <ul class="prep-improvements">
          {items.map((note) => (
            <ImprovementItem key={note.id} note={note} onUpdate={onUpdate} onRemove={onRemove} />
          ))}
        </ul>
      )}
      <section aria-label={t('prepDoBetterAdd')}>
        <h5>{t('prepDoBetterAdd')}</h5>
        <ImprovementForm
          key={form.key}
          initial={form.initial}
          submitLabel={t('prepDoBetterAdd')}
          onSubmit={(input) => {
            onAdd(input);
            setForm({ key: form.key + 1, initial: {} });
          }}
        />
      </section>
      {pinned.length > 0 && (
        <section aria-label={t('prepPinned')}>
          <h5>{t('prepPinned')}</h5>
          <PinnedList notes={pinned} sources={sources} onUnpin={onUnpin} />
        </section>
      )}
      <section aria-label={t('prepEvidence')}>
        <h5>{t('prepEvidence')}</h5>
        <EvidenceList
          evidence={evidence}
          sources={sources}
          onDismiss={(item) => onDismiss(prompt.id, item.key)}
          use={{ label: t('prepUseAsObservation'), onUse: startFromSentence }}
        />
      </section>
    </article>
  );
}
