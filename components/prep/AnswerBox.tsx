import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n';

export const AUTOSAVE_DELAY_MS = 400;

interface Props {
  promptId: string;
  /** The answer as stored. */
  saved: string;
  /** The id of the element that names the box (the question). */
  labelledBy: string;
  onAnswer: (promptId: string, text: string) => void;
  delayMs?: number;
}

/**
 * The user's answer, saved while they type (debounced), when they leave the
 * box, and when the view or the popup closes: closing never loses text.
 */
export function AnswerBox({ promptId, saved, labelledBy, onAnswer, delayMs = AUTOSAVE_DELAY_MS }: Props) {
  const [draft, setDraft] = useState(saved);
  const draftRef = useRef(saved);
  const sentRef = useRef(saved);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef({ promptId, onAnswer });
  latest.current = { promptId, onAnswer };

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (draftRef.current === sentRef.current) return;
    sentRef.current = draftRef.current;
    latest.current.onAnswer(latest.current.promptId, draftRef.current);
  }, []);

  // An answer saved elsewhere (the board in another tab) shows here unless the user is mid-edit.
  useEffect(() => {
    if (draftRef.current !== sentRef.current || saved === sentRef.current) return;
    draftRef.current = sentRef.current = saved;
    setDraft(saved);
  }, [saved]);

  // A layout effect: Preact runs its cleanup during the unmount itself, not after the next paint,
  // so leaving the view saves before anything else can happen.
  useLayoutEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
  }, [flush]);

  const onInput = (event: Event) => {
    const value = (event.currentTarget as HTMLTextAreaElement).value;
    draftRef.current = value;
    setDraft(value);
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, delayMs);
  };

  return (
    <div class="prep-answer">
      <textarea aria-labelledby={labelledBy} rows={4} value={draft} placeholder={t('prepAnswerPlaceholder')} onInput={onInput} onBlur={flush} />
      {!draft.trim() && <p class="prep-invite">{t('prepInvite')}</p>}
    </div>
  );
}
