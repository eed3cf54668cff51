import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n';
import type { BoardStore } from '../store';

/** "Moved … · Undo": the last change the user can take back, until the next one. */
export function UndoBar({ store }: { store: BoardStore }) {
  const offer = store.undoable.value;
  const button = useRef<HTMLButtonElement>(null);
  // The offer appears where the user is looking: focus moves to it, so the keyboard reaches it at once.
  useEffect(() => button.current?.focus(), [offer]);
  if (!offer) return null;
  return (
    <div class="status ok undo-bar" role="status">
      <span>{offer.message}</span>{' '}
      <button
        ref={button}
        type="button"
        class="small"
        onClick={() => {
          store.offerUndo(undefined);
          void store.attempt(offer.undo());
        }}
      >
        {t('undo')}
      </button>
      <button type="button" class="link small" aria-label={t('closeNotice')} onClick={() => store.offerUndo(undefined)}>
        ×
      </button>
    </div>
  );
}
