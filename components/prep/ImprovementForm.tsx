import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { ImprovementArea } from '../../core/model';
import { IMPROVEMENT_AREAS, type ImprovementInput } from '../../core/notes';
import { t } from '../i18n';
import { AREA_LABEL } from './areas';
import { clearDraft, readDraft, writeDraft } from './drafts';

interface Props {
  initial?: Partial<ImprovementInput>;
  /** Where the unsent form is kept while the user types: closing the popup never loses it. */
  draftKey?: string;
  submitLabel: string;
  onSubmit: (input: ImprovementInput) => void;
  onCancel?: () => void;
}

type Draft = Partial<ImprovementInput>;

/** The fields of one improvement: the area, what was noticed, the idea that fixes it, and where it was seen. */
export function ImprovementForm({ initial = {}, draftKey, submitLabel, onSubmit, onCancel }: Props) {
  const [start] = useState<Draft>(() => ({ ...initial, ...(draftKey ? readDraft<Draft>(draftKey) : undefined) }));
  const [area, setArea] = useState<ImprovementArea>(start.area ?? 'digital');
  const [observation, setObservation] = useState(start.observation ?? '');
  const [idea, setIdea] = useState(start.idea ?? '');
  const [sourceUrl, setSourceUrl] = useState(start.sourceUrl ?? '');
  const [quote, setQuote] = useState(start.quote);
  const [clipId, setClipId] = useState(start.clipId);
  // A sentence chosen with "Note an improvement" fills the quote and its source; what was typed stays.
  useEffect(() => {
    if (!initial.quote || initial.quote === quote) return;
    setQuote(initial.quote);
    setClipId(initial.clipId);
    if (initial.sourceUrl) setSourceUrl(initial.sourceUrl);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a newly chosen sentence changes the quote
  }, [initial.quote, initial.sourceUrl, initial.clipId]);
  // Saved on every change, synchronously: a layout effect runs in the same task as the keystroke's
  // render, while a plain effect waits for the next frame, which a panel closed at once never gets.
  useLayoutEffect(() => {
    if (!draftKey) return;
    if (observation || idea || quote || (sourceUrl && sourceUrl !== initial.sourceUrl)) writeDraft(draftKey, { area, observation, idea, sourceUrl, quote, clipId });
    else clearDraft(draftKey);
  }, [draftKey, area, observation, idea, sourceUrl, quote, clipId, initial.sourceUrl]);
  const value = (event: Event) => (event.currentTarget as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value;

  const submit = (event: Event) => {
    event.preventDefault();
    if (!observation.trim()) return;
    const input: ImprovementInput = { area, observation: observation.trim(), idea: idea.trim(), sourceUrl: sourceUrl.trim() };
    if (quote) input.quote = quote;
    if (clipId) input.clipId = clipId;
    if (draftKey) clearDraft(draftKey);
    onSubmit(input);
  };

  return (
    <form class="prep-improvement-form" onSubmit={submit}>
      {quote && <blockquote>{quote}</blockquote>}
      <label>
        {t('prepArea')}
        <select value={area} onChange={(event) => setArea(IMPROVEMENT_AREAS.find((option) => option === value(event)) ?? area)}>
          {IMPROVEMENT_AREAS.map((option) => (
            <option key={option} value={option}>
              {t(AREA_LABEL[option])}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('prepObservation')}
        <textarea rows={2} value={observation} required onInput={(event) => setObservation(value(event))} />
      </label>
      <label>
        {t('prepIdea')}
        <textarea rows={2} value={idea} onInput={(event) => setIdea(value(event))} />
      </label>
      <label>
        {t('prepSource')}
        <input type="text" inputMode="url" value={sourceUrl} onInput={(event) => setSourceUrl(value(event))} />
      </label>
      <div class="prep-actions">
        <button type="submit" class="small" disabled={!observation.trim()}>
          {submitLabel}
        </button>
        {onCancel && (
          <button
            type="button"
            class="link"
            onClick={() => {
              if (draftKey) clearDraft(draftKey);
              onCancel();
            }}
          >
            {t('prepCancel')}
          </button>
        )}
      </div>
    </form>
  );
}
