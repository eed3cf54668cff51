import type { Note } from '../../core/model';
import type { ClipSource } from '../../core/notes';
import { t } from '../i18n';
import { sentenceHref, sourceLabel } from './links';

interface Props {
  notes: readonly Note[];
  sources: ReadonlyMap<string, ClipSource>;
  /** Without it the list is read-only (the review). */
  onUnpin?: (noteId: string) => void;
}

/** Pinned evidence and quotes, each with the way back to where it was read. */
export function PinnedList({ notes, sources, onUnpin }: Props) {
  if (notes.length === 0) return null;
  return (
    <ul class="prep-pinned">
      {notes.map((note) => {
        const href = sentenceHref(note.sourceUrl, note.text);
        return (
          <li key={note.id}>
            <blockquote>{note.text}</blockquote>
            <p class="meta">
              {sourceLabel(note.clipId ? sources.get(note.clipId) : undefined, note.sourceUrl)}
              {href && (
                <>
                  {' · '}
                  <a href={href} target="_blank" rel="noopener noreferrer">
                    {t('prepOpenSource')}
                  </a>
                </>
              )}
            </p>
            {onUnpin && (
              <div class="prep-actions">
                <button type="button" class="link" onClick={() => onUnpin(note.id)}>
                  {t('prepUnpin')}
                </button>
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
