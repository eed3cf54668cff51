import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n';
import { answerDraftKey, clearDraft, readDraft, writeDraft, type AnswerDraft } from './drafts';

/** The answer as stored: its text and when it was last written (by this view or another). */
export interface StoredAnswer {
  text: string;
  updatedAt: number;
}

interface Props {
  companyId: string;
  promptId: string;
  saved: StoredAnswer | undefined;
  /** The id of the element that names the box (the question). */
  labelledBy: string;
  onAnswer: (promptId: string, text: string, at: number) => void;
}

/**
 * The user's answer, saved on every keystroke (and copied synchronously, so closing the popup at
 * once loses nothing). When another view (the board in a tab, the side panel) writes the same
 * answer later, that edit wins here; this view says so and keeps its own version one click away.
 */
export function AnswerBox({ companyId, promptId, saved, labelledBy, onAnswer }: Props) {
  const key = answerDraftKey(companyId, promptId);
  const [draft, setDraft] = useState(() => {
    const pending = readDraft<AnswerDraft>(key);
    return pending && pending.at > (saved?.updatedAt ?? 0) ? pending.text : (saved?.text ?? '');
  });
  /** The `updatedAt` of every write this view made: their echo from the database is not news. */
  const ownWrites = useRef(new Set<number>([readDraft<AnswerDraft>(key)?.at ?? -1]));
  const seenAt = useRef(saved?.updatedAt ?? 0);
  /** The text last received from elsewhere: when the box still holds it, the user lost nothing. */
  const received = useRef(saved?.text ?? '');
  const lastAt = useRef(0);
  const [overwritten, setOverwritten] = useState<string | undefined>(undefined);

  useEffect(() => {
    if (!saved || saved.updatedAt <= seenAt.current) return;
    seenAt.current = saved.updatedAt;
    const pending = readDraft<AnswerDraft>(key);
    if (pending && pending.at <= saved.updatedAt) clearDraft(key);
    if (ownWrites.current.has(saved.updatedAt)) return;
    // A later edit from elsewhere: it wins, and what this view had stays one click away.
    const base = received.current;
    received.current = saved.text;
    setDraft((mine) => {
      if (mine !== saved.text && mine !== base && mine.trim()) setOverwritten(mine);
      return saved.text;
    });
  }, [saved?.updatedAt, saved?.text, key]);

  const write = (text: string) => {
    const at = Math.max(Date.now(), lastAt.current + 1);
    lastAt.current = at;
    ownWrites.current.add(at);
    writeDraft(key, { text, at } satisfies AnswerDraft);
    setDraft(text);
    onAnswer(promptId, text, at);
  };

  return (
    <div class="prep-answer">
      <textarea aria-labelledby={labelledBy} rows={4} value={draft} placeholder={t('prepAnswerPlaceholder')} onInput={(e) => write(e.currentTarget.value)} />
      {overwritten !== undefined && (
        <div class="status changed-elsewhere" role="status">
          <p>{t('prepChangedElsewhere')}</p>
          <details>
            <summary>{t('prepShowMyVersion')}</summary>
            <p class="prep-other-version">{overwritten}</p>
          </details>
          <button type="button" class="small" onClick={() => (write(overwritten), setOverwritten(undefined))}>
            {t('prepUseMyVersion')}
          </button>{' '}
          <button type="button" class="link small" onClick={() => setOverwritten(undefined)}>
            {t('prepKeepTheirs')}
          </button>
        </div>
      )}
      {!draft.trim() && <p class="prep-invite">{t('prepInvite')}</p>}
    </div>
  );
}
