import { useEffect, useState } from 'preact/hooks';
import type { ImprovementArea } from '../../core/model';
import { IMPROVEMENT_AREAS, type ImprovementInput } from '../../core/notes';
import { t } from '../i18n';
import { AREA_LABEL } from './areas';

interface Props {
  initial?: Partial<ImprovementInput>;
  submitLabel: string;
  onSubmit: (input: ImprovementInput) => void;
  onCancel?: () => void;
}

/** The fields of one improvement: the area, what was noticed, the idea that fixes it, and where it was seen. */
export function ImprovementForm({ initial = {}, submitLabel, onSubmit, onCancel }: Props) {
  const [area, setArea] = useState<ImprovementArea>(initial.area ?? 'digital');
  const [observation, setObservation] = useState(initial.observation ?? '');
  const [idea, setIdea] = useState(initial.idea ?? '');
  const [sourceUrl, setSourceUrl] = useState(initial.sourceUrl ?? '');
  useEffect(() => {
    if (initial.sourceUrl) setSourceUrl(initial.sourceUrl);
  }, [initial.sourceUrl]);
  const value = (event: Event) => (event.currentTarget as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value;

  const submit = (event: Event) => {
    event.preventDefault();
    if (!observation.trim()) return;
    const input: ImprovementInput = { area, observation: observation.trim(), idea: idea.trim(), sourceUrl: sourceUrl.trim() };
    if (initial.quote) input.quote = initial.quote;
    if (initial.clipId) input.clipId = initial.clipId;
    onSubmit(input);
  };

  return (
    <form class="prep-improvement-form" onSubmit={submit}>
      {initial.quote && <blockquote>{initial.quote}</blockquote>}
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
        <button type="submit" class="link" disabled={!observation.trim()}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" class="link" onClick={onCancel}>
            {t('prepCancel')}
          </button>
        )}
      </div>
    </form>
  );
}
