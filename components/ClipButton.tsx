import type { ClipResult } from '../core/messaging/protocol';
import { t } from './i18n';

export type ClipStatus = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; result: ClipResult };

interface Props {
  status: ClipStatus;
  onClip: () => void;
}

function messages(result: ClipResult): string[] {
  if (!result.ok) return [t(`refusal_${result.reason}`)];
  const lines = [t(result.updated ? 'clipUpdated' : 'clipSaved', result.title)];
  if (result.overBudget) lines.push(t('clipOverBudget'));
  else if (result.method === 'page-text') lines.push(t('clipFallback'));
  if (result.truncated) lines.push(t('clipTruncated'));
  return lines;
}

/** The main action, and what came of it in plain words. */
export function ClipButton({ status, onClip }: Props) {
  const busy = status.kind === 'busy';
  return (
    <section class="clip-action">
      {/* aria-disabled, not disabled: a disabled button drops the keyboard focus, and the user's place with it. */}
      <button type="button" class="primary" onClick={() => !busy && onClip()} aria-disabled={busy} aria-busy={busy}>
        {busy ? t('clipping') : t('clipButton')}
      </button>
      {status.kind === 'done' && (
        <div class={status.result.ok ? 'status ok' : 'status error'} role={status.result.ok ? 'status' : 'alert'} data-testid="clip-status">
          {messages(status.result).map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
    </section>
  );
}
