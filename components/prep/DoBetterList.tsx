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
export function DoBetterList({ companyId, prompt, lang, notes, evidence, dismissed, sources, onAdd, onUpdate, onRemove, onUnpin, onDismiss, onRestore }: Props) {
  // A new key empties the add form after a submit, or fills it from a sentence.
  const [form, setForm] = useState<{ key: number; initial: Partial<ImprovementInput> }>({ key: 0, initial: {} });
  const items = notes.filter((note) => note.kind === 'improvement');
  const pinned = notes.filter((note) => note.kind === 'pin' || note.kind === 'quote');
  // The same form keeps what the user already typed; only the quote and its source change.
  const startFromSentence = (item: RankedEvidence) =>
    setForm({ key: form.key, initial: { ...form.initial, quote: item.sentence, clipId: item.clipId, sourceUrl: item.url } });

  return (
    <article class="prep-prompt prep-do-better" data-prompt-id={prompt.id} aria-labelledby={`q-${prompt.id}`}>
      <h4 id={`q-${prompt.id}`}>{prompt.question[lang]}</h4>
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
      <div class="prep-group">
        <h5>{t('prepDoBetterAdd')}</h5>
        <ImprovementForm
          key={form.key}
          draftKey={`improvement:${companyId}`}
          initial={form.initial}
          submitLabel={t('prepDoBetterAdd')}
          onSubmit={(input) => {
            onAdd(input);
            setForm({ key: form.key + 1, initial: {} });
          }}
        />
      </div>
      {pinned.length > 0 && (
        <div class="prep-group">
          <h5>{t('prepPinned')}</h5>
          <PinnedList notes={pinned} sources={sources} onUnpin={onUnpin} />
        </div>
      )}
      <div class="prep-group">
        <h5>{t('prepEvidence')}</h5>
        <EvidenceList
          evidence={evidence}
          dismissed={dismissed}
          pinnedCount={pinned.length}
          sources={sources}
          onDismiss={(item) => onDismiss(prompt.id, item.key)}
          onRestore={(key) => onRestore(prompt.id, key)}
          use={{ label: t('prepUseAsObservation'), onUse: startFromSentence }}
        />
      </div>
    </article>
  );
}
