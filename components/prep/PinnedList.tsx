import type { Note } from '../../core/model';
import type { ClipSource } from '../../core/notes';
import { t } from '../i18n';
import { sourceLabel } from './links';
import { shortQuote, SourcedQuote } from './SourcedQuote';

interface Props {
  notes: readonly Note[];
  sources: ReadonlyMap<string, ClipSource>;
  /** Without it the list is read-only. */
  onUnpin?: (noteId: string) => void;
}

/** Pinned evidence and quotes, each with the way back to where it was read. */
export function PinnedList({ notes, sources, onUnpin }: Props) {
  if (notes.length === 0) return null;
  return (
    <ul class="prep-pinned">
      {notes.map((note) => (
        <li key={note.id}>
          <SourcedQuote text={note.text} source={sourceLabel(note.clipId ? sources.get(note.clipId) : undefined, note.sourceUrl)} url={note.sourceUrl} />
          {onUnpin && (
            <div class="prep-actions">
              <button type="button" class="link" aria-label={t('prepUnpinLabel', shortQuote(note.text))} onClick={() => onUnpin(note.id)}>
                {t('prepUnpin')}
              </button>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
