import { useState } from 'preact/hooks';
import type { Clip, CompanyStatus, JobAdCorrections } from '../core/model';
import { formatDay, t, uiLanguage } from './i18n';
import { daysLeft, jobAdView, type DisplayField, type FieldSource } from './job-ad-fields';

export type CorrectableField = keyof JobAdCorrections;

interface Props {
  clip: Clip;
  /** Past "researching" the user has applied: a passed deadline is no longer news. */
  status: CompanyStatus;
  /** Unfolded from the start (the wide board); the popup shows a one-line summary until asked. */
  open?: boolean;
  onCorrect: (clipId: string, field: CorrectableField, value: string | string[] | undefined) => void;
}

const SOURCE_KEYS = { 'json-ld': 'jobSourceData', microdata: 'jobSourceMarkup', heuristic: 'jobSourceText', user: 'jobSourceUser' } as const;

/** Where a field came from: quiet until the row is hovered or focused, except the user's own corrections. */
function SourceMark({ source }: { source?: FieldSource }) {
  if (!source) return null;
  return <span class={`source source-${source}`} title={t(`${SOURCE_KEYS[source]}Long`)}>{t(SOURCE_KEYS[source])}</span>;
}

function SourceLegend() {
  return (
    <p class="source-legend meta">
      {t('jobSourceLegend')}{' '}
      {(['json-ld', 'heuristic', 'user'] as const).map((source, i) => (
        <span key={source}>
          {i > 0 && ' · '}
          <span class={`source source-${source}`}>{t(SOURCE_KEYS[source])}</span> {t(`${SOURCE_KEYS[source]}Long`)}
        </span>
      ))}
    </p>
  );
}

interface RowProps {
  label: string;
  field: DisplayField<string | string[]>;
  list?: boolean;
  extra?: string;
  /** How the value reads to the user (a date in their language); the stored value is edited. */
  display?: string;
  onSave?: (value: string | string[] | undefined) => void;
}

function Row({ label, field, list = false, extra, display, onSave }: RowProps) {
  const [editing, setEditing] = useState(false);
  const text = Array.isArray(field.value) ? field.value.join('\n') : field.value;
  const [draft, setDraft] = useState(text);
  const empty = Array.isArray(field.value) ? field.value.length === 0 : !field.value;
  const save = () => {
    const value = list ? draft.split('\n').map((line) => line.trim()).filter(Boolean) : draft.trim();
    onSave?.(Array.isArray(value) ? (value.length ? value : undefined) : value || undefined);
    setEditing(false);
  };
  return (
    <div class="job-field" data-field={label}>
      <dt>
        {label} <SourceMark source={field.source} />
        {onSave && !editing && (
          <button type="button" class="link small" onClick={() => (setDraft(text), setEditing(true))} aria-label={t('jobEditField', label)}>
            {t('jobEdit')}
          </button>
        )}
      </dt>
      <dd>
        {editing ? (
          <form onSubmit={(event) => (event.preventDefault(), save())}>
            {list ? (
              <textarea rows={5} value={draft} onInput={(e) => setDraft(e.currentTarget.value)} aria-label={label} />
            ) : (
              <input value={draft} onInput={(e) => setDraft(e.currentTarget.value)} aria-label={label} />
            )}
            <button type="submit" class="small">{t('save')}</button>
            <button type="button" class="link small" onClick={() => setEditing(false)}>{t('cancel')}</button>
          </form>
        ) : empty ? (
          <span class="muted">{t('jobNotGiven')}</span>
        ) : Array.isArray(field.value) ? (
          <ul class="bullets">{field.value.map((item, i) => <li key={i}>{item}</li>)}</ul>
        ) : (
          <>
            {display ?? field.value}
            {extra && <span class="muted"> · {extra}</span>}
          </>
        )}
      </dd>
    </div>
  );
}

function deadlineNote(iso: string, status: CompanyStatus): string | undefined {
  // Once the user has applied the deadline is history: no alarm about it in round two.
  if (status !== 'researching') return undefined;
  const days = daysLeft(iso);
  if (days === undefined) return undefined;
  if (days < 0) return t('jobDeadlinePassed');
  return days === 0 ? t('jobDeadlineToday') : days === 1 ? t('jobDaysLeftOne') : t('jobDaysLeftMany', days);
}

/** What the job ad says, field by field, each marked with where it came from; every field can be corrected. */
export function JobAdCard({ clip, status, open = true, onCorrect }: Props) {
  const view = jobAdView(clip, uiLanguage());
  if (!view) return null;
  const save = (field: CorrectableField) => (value: string | string[] | undefined) => onCorrect(clip.id, field, value);
  const deadline = view.validThrough.value ? deadlineNote(view.validThrough.value, status) : undefined;
  return (
    <details class="job-ad card" open={open}>
      <summary>
        <span class="title">{t('jobAdHeading')}</span>: {view.title.value}
        {deadline && <span class="muted"> · {deadline}</span>}
      </summary>
      <dl>
        <Row label={t('jobTitle')} field={view.title} onSave={save('title')} />
        <Row label={t('jobCompany')} field={view.company} onSave={save('company')} />
        <Row label={t('jobPlace')} field={view.location} onSave={save('location')} />
        <Row label={t('jobSalary')} field={view.salary} onSave={save('salary')} />
        <Row label={t('jobDeadline')} field={view.validThrough} display={formatDay(view.validThrough.value)} extra={deadline} onSave={save('validThrough')} />
        <Row label={t('jobRequirements')} field={view.requirements} list onSave={save('requirements')} />
        {view.niceToHave.value.length > 0 && <Row label={t('jobNiceToHave')} field={view.niceToHave} list />}
        <Row label={t('jobResponsibilities')} field={view.responsibilities} list onSave={save('responsibilities')} />
      </dl>
      <SourceLegend />
    </details>
  );
}
