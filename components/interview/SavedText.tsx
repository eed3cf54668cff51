import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

export const SAVE_DELAY_MS = 400;

interface Props {
  label: string;
  value: string;
  onSave: (text: string) => void;
  multiline?: boolean;
  type?: 'text' | 'url' | 'date' | 'time' | 'number';
  placeholder?: string;
  /** Shows the label to the eye too (otherwise it names the field for assistive tech only). */
  visibleLabel?: boolean;
  delayMs?: number;
}

/**
 * A field that saves while the user types (debounced), when they leave it, and when the
 * page hides or the view closes: nothing typed is lost. A value saved elsewhere shows
 * here unless the user is in the middle of an edit.
 */
export function SavedText({ label, value, onSave, multiline = false, type = 'text', placeholder, visibleLabel = true, delayMs = SAVE_DELAY_MS }: Props) {
  const [draft, setDraft] = useState(value);
  const draftRef = useRef(value);
  const sentRef = useRef(value);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const save = useRef(onSave);
  save.current = onSave;

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (draftRef.current === sentRef.current) return;
    sentRef.current = draftRef.current;
    save.current(draftRef.current);
  }, []);

  useEffect(() => {
    if (draftRef.current !== sentRef.current || value === sentRef.current) return;
    draftRef.current = sentRef.current = value;
    setDraft(value);
  }, [value]);

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
    const next = (event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value;
    draftRef.current = next;
    setDraft(next);
    clearTimeout(timer.current);
    // Pickers (date, time) are done when they change: no reason to wait.
    if (type === 'date' || type === 'time') flush();
    else timer.current = setTimeout(flush, delayMs);
  };

  const field = multiline ? (
    <textarea rows={3} value={draft} placeholder={placeholder} onInput={onInput} onBlur={flush} aria-label={visibleLabel ? undefined : label} />
  ) : (
    <input type={type as 'text' /* the types Props allows; Preact types each input type apart */} value={draft} placeholder={placeholder} onInput={onInput} onBlur={flush} aria-label={visibleLabel ? undefined : label} />
  );
  return visibleLabel ? (
    <label class="iv-field">
      <span>{label}</span>
      {field}
    </label>
  ) : (
    field
  );
}
