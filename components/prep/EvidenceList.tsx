import { useEffect, useRef, useState } from 'preact/hooks';
import type { RankedEvidence } from '../../core/evidence';
import type { ClipSource } from '../../core/notes';
import { t } from '../i18n';
import { sourceLabel } from './links';
import { shortQuote, SourcedQuote } from './SourcedQuote';

interface Props {
  evidence: readonly RankedEvidence[];
  /** Sentences the user dismissed here: counted, shown on request, each restorable. */
  dismissed: readonly RankedEvidence[];
  /** How many sentences are pinned: an empty list then does not mean nothing was found. */
  pinnedCount: number;
  sources: ReadonlyMap<string, ClipSource>;
  onDismiss: (evidence: RankedEvidence) => void;
  onRestore: (key: string) => void;
  onPin?: (evidence: RankedEvidence) => void;
  /** An extra action, such as turning a sentence into an improvement. */
  use?: { label: string; onUse: (evidence: RankedEvidence) => void };
}

type Acted = { index: number; action: 'pin' | 'dismiss' };

/** Sentences from the user's clips that may help answer a prompt. */
export function EvidenceList({ evidence, dismissed, pinnedCount, sources, onDismiss, onRestore, onPin, use }: Props) {
  const list = useRef<HTMLDivElement>(null);
  const acted = useRef<Acted | undefined>(undefined);
  const [lastDismissed, setLastDismissed] = useState<RankedEvidence | undefined>(undefined);
  const [showDismissed, setShowDismissed] = useState(false);

  // After Pin or Dismiss the sentence leaves the list: the focus goes to the same place in it (the
  // next sentence's same button), so a keyboard user carries on where they were.
  useEffect(() => {
    const last = acted.current;
    if (!last || !list.current) return;
    acted.current = undefined;
    const items = list.current.querySelectorAll<HTMLElement>('li[data-evidence-key]');
    const item = items[Math.min(last.index, items.length - 1)];
    const target = item?.querySelector<HTMLElement>(`button[data-action="${last.action}"]`) ?? list.current.querySelector<HTMLElement>('.undo-dismiss button') ?? list.current;
    target.focus();
  }, [evidence]);

  const act = (index: number, action: Acted['action'], run: () => void) => {
    acted.current = { index, action };
    run();
  };

  return (
    <div class="prep-evidence-list" ref={list} tabIndex={-1}>
      {evidence.length === 0 ? (
        <p class="muted">{dismissed.length || pinnedCount ? t('prepAllHandled') : t('prepNoEvidence')}</p>
      ) : (
        <ul class="prep-evidence">
          {evidence.map((item, index) => (
            <li key={item.key} data-evidence-key={item.key}>
              <SourcedQuote text={item.sentence} source={sourceLabel(sources.get(item.clipId), item.url)} url={item.url} />
              <div class="prep-actions">
                {onPin && (
                  <button type="button" class="link" data-action="pin" aria-label={t('prepPinLabel', shortQuote(item.sentence))} onClick={() => act(index, 'pin', () => onPin(item))}>
                    {t('prepPin')}
                  </button>
                )}
                {use && (
                  <button type="button" class="link" onClick={() => use.onUse(item)}>
                    {use.label}
                  </button>
                )}
                <button
                  type="button"
                  class="link"
                  data-action="dismiss"
                  aria-label={t('prepDismissLabel', shortQuote(item.sentence))}
                  onClick={() => act(index, 'dismiss', () => (setLastDismissed(item), onDismiss(item)))}
                >
                  {t('prepDismiss')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {lastDismissed && dismissed.some((item) => item.key === lastDismissed.key) && (
        <p class="undo-dismiss" role="status">
          {t('prepDismissed', shortQuote(lastDismissed.sentence))}{' '}
          <button type="button" class="small" onClick={() => (onRestore(lastDismissed.key), setLastDismissed(undefined))}>
            {t('undo')}
          </button>
        </p>
      )}
      {dismissed.length > 0 && (
        <div class="prep-dismissed">
          <button type="button" class="link small" aria-expanded={showDismissed} onClick={() => setShowDismissed(!showDismissed)}>
            {showDismissed ? t('prepDismissedHide', dismissed.length) : t('prepDismissedShow', dismissed.length)}
          </button>
          {showDismissed && (
            <ul class="prep-evidence dismissed">
              {dismissed.map((item) => (
                <li key={item.key}>
                  <SourcedQuote text={item.sentence} source={sourceLabel(sources.get(item.clipId), item.url)} url={item.url} />
                  <div class="prep-actions">
                    <button type="button" class="link" aria-label={t('prepRestoreLabel', shortQuote(item.sentence))} onClick={() => onRestore(item.key)}>
                      {t('prepRestore')}
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
