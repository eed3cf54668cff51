import { useState } from 'preact/hooks';
import type { Note } from '../../core/model';
import type { ImprovementInput } from '../../core/notes';
import { t } from '../i18n';
import { AREA_LABEL } from './areas';
import { ImprovementForm } from './ImprovementForm';
import { webUrl } from './links';

interface Props {
  note: Note;
  /** Without them the item is read-only (the review). */
  onUpdate?: (noteId: string, input: ImprovementInput) => void;
  onRemove?: (noteId: string) => void;
}

function inputOf(note: Note): Partial<ImprovementInput> {
  return { area: note.area ?? 'other', observation: note.text, idea: note.idea ?? '', sourceUrl: note.sourceUrl ?? '', ...(note.quote ? { quote: note.quote } : {}) };
}

/** What was noticed, the fix, and where it was seen; editable in place. */
export function ImprovementItem({ note, onUpdate, onRemove }: Props) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  if (editing && onUpdate) {
    return (
      <li class="prep-improvement">
        <ImprovementForm
          initial={inputOf(note)}
          submitLabel={t('prepSave')}
          onSubmit={(input) => {
            onUpdate(note.id, input);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      </li>
    );
  }
  const link = webUrl(note.sourceUrl);
  return (
    <li class="prep-improvement">
      <span class="badge">{t(AREA_LABEL[note.area ?? 'other'])}</span>
      <p class="prep-observation">{note.text}</p>
      {note.idea ? <p class="prep-idea">→ {note.idea}</p> : <p class="prep-invite">{t('prepIdeaMissing')}</p>}
      {note.quote && <blockquote>{note.quote}</blockquote>}
      {note.sourceUrl && (
        <p class="meta">
          {link ? (
            <a href={link} target="_blank" rel="noopener noreferrer">
              {new URL(link).hostname}
            </a>
          ) : (
            note.sourceUrl
          )}
        </p>
      )}
      {onUpdate && onRemove && (
        <div class="prep-actions">
          <button type="button" class="link" onClick={() => setEditing(true)}>
            {t('prepEdit')}
          </button>
          {confirming ? (
            <>
              <button type="button" class="link danger" onClick={() => onRemove(note.id)}>
                {t('prepRemoveConfirm')}
              </button>
              <button type="button" class="link" onClick={() => setConfirming(false)}>
                {t('prepCancel')}
              </button>
            </>
          ) : (
            <button type="button" class="link" onClick={() => setConfirming(true)}>
              {t('prepRemove')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
