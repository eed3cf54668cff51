import { useState } from 'preact/hooks';
import type { Note } from '../../core/model';
import type { ImprovementInput } from '../../core/notes';
import { t } from '../i18n';
import { AREA_LABEL } from './areas';
import { readDraft } from './drafts';
import { ImprovementForm } from './ImprovementForm';
import { webUrl } from './links';
import { shortQuote } from './SourcedQuote';

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
  const draftKey = `improvement-edit:${note.id}`;
  // An edit left open when the popup closed opens again with what was typed.
  const [editing, setEditing] = useState(() => !!onUpdate && readDraft(draftKey) !== undefined);
  const [confirming, setConfirming] = useState(false);
  if (editing && onUpdate) {
    return (
      <li class="prep-improvement">
        <ImprovementForm
          initial={inputOf(note)}
          draftKey={draftKey}
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
          <button type="button" class="link" aria-label={t('prepEditLabel', shortQuote(note.text))} onClick={() => setEditing(true)}>
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
            <button type="button" class="link" aria-label={t('prepRemoveLabel', shortQuote(note.text))} onClick={() => setConfirming(true)}>
              {t('prepRemove')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
