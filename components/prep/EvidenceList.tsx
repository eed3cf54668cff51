import type { RankedEvidence } from '../../core/evidence';
import type { ClipSource } from '../../core/notes';
import { t } from '../i18n';
import { sourceLabel } from './links';
import { SourcedQuote } from './SourcedQuote';

interface Props {
  evidence: readonly RankedEvidence[];
  sources: ReadonlyMap<string, ClipSource>;
  onDismiss: (evidence: RankedEvidence) => void;
  onPin?: (evidence: RankedEvidence) => void;
  /** An extra action, such as turning a sentence into an improvement. */
  use?: { label: string; onUse: (evidence: RankedEvidence) => void };
}

/** Sentences from the user's clips that may help answer a prompt. */
export function EvidenceList({ evidence, sources, onDismiss, onPin, use }: Props) {
  if (evidence.length === 0) return <p class="muted">{t('prepNoEvidence')}</p>;
  return (
    <ul class="prep-evidence">
      {evidence.map((item) => {
        return (
          <li key={item.key} data-evidence-key={item.key}>
            <SourcedQuote text={item.sentence} source={sourceLabel(sources.get(item.clipId), item.url)} url={item.url} />
            <div class="prep-actions">
              {onPin && (
                <button type="button" class="link" onClick={() => onPin(item)}>
                  {t('prepPin')}
                </button>
              )}
              {use && (
                <button type="button" class="link" onClick={() => use.onUse(item)}>
                  {use.label}
                </button>
              )}
              <button type="button" class="link" onClick={() => onDismiss(item)}>
                {t('prepDismiss')}
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
