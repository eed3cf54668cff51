import { useState } from 'preact/hooks';
import { removeRound, updateRound, type RoundPatch } from '../../core/interview/rounds';
import { roundState } from '../../core/interview/time';
import { INTERVIEW_FORMATS, type InterviewFormat, type InterviewRound, type Person } from '../../core/interview/types';
import type { Note } from '../../core/model';
import type { Lang } from '../../core/prompts';
import { t, type MessageKey } from '../i18n';
import { attemptRound } from './actions';
import { CalendarButton } from './CalendarButton';
import { DebriefForm } from './DebriefForm';
import { EarlierAnswers } from './EarlierAnswers';
import { formatRoundWhen } from './format';
import { SafeLink } from './SafeLink';
import { SavedText } from './SavedText';
import { ZoneSelect } from './ZoneSelect';

interface Props {
  companyId: string;
  companyName: string;
  round: InterviewRound;
  earlier: readonly InterviewRound[];
  people: readonly Person[];
  notesByPrompt: ReadonlyMap<string, readonly Note[]>;
  lang: Lang;
  now: number;
}

/** One round: when, where, how, who; its debrief once it is over; earlier answers when it is a later round. */
export function RoundCard({ companyId, companyName, round, earlier, people, notesByPrompt, lang, now }: Props) {
  const [confirming, setConfirming] = useState(false);
  const state = roundState(round, now);
  const save = (patch: RoundPatch) => void attemptRound((db) => updateRound(db, round.id, patch));
  const chosen = new Set(round.personIds ?? []);
  const togglePerson = (id: string, on: boolean) => save({ personIds: on ? [...chosen, id] : [...chosen].filter((p) => p !== id) });
  return (
    <article class="iv-round card" data-round={round.round} aria-label={t('ivRoundTitle', round.round)}>
      <h3>
        {t('ivRoundTitle', round.round)} <span class="muted">· {formatRoundWhen(round)}</span>
      </h3>
      {state === 'done' && <p class="iv-state">{t('ivRoundDone')}</p>}
      <div class="iv-grid">
        <SavedText label={t('ivDate')} type="date" value={round.date ?? ''} onSave={(date) => save({ date })} />
        <SavedText label={t('ivTime')} type="time" value={round.time ?? ''} onSave={(time) => save({ time })} />
        <ZoneSelect value={round.timeZone} onChange={(timeZone) => save({ timeZone })} />
        <label class="iv-field">
          <span>{t('ivFormat')}</span>
          <select value={round.format ?? 'in-person'} onChange={(e) => save({ format: e.currentTarget.value as InterviewFormat })}>
            {INTERVIEW_FORMATS.map((format) => (
              <option key={format} value={format}>{t(`ivFormat_${format.replace('-', '_')}` as MessageKey)}</option>
            ))}
          </select>
        </label>
        <SavedText label={t('ivLength')} type="number" value={round.durationMin ? String(round.durationMin) : ''} onSave={(v) => save({ durationMin: Number(v) > 0 ? Number(v) : undefined })} />
      </div>
      <SavedText label={t('ivPlace')} value={round.place ?? ''} onSave={(place) => save({ place })} />
      <SavedText label={t('ivVideoLink')} value={round.videoLink ?? ''} onSave={(videoLink) => save({ videoLink })} />
      <SafeLink value={round.videoLink} />
      <fieldset class="iv-who">
        <legend>{t('ivWho')}</legend>
        {people.length === 0 && <p class="muted">{t('ivNoPeopleYet')}</p>}
        {people.map((person) => (
          <label key={person.id}>
            <input type="checkbox" checked={chosen.has(person.id)} onChange={(e) => togglePerson(person.id, e.currentTarget.checked)} /> {person.name}
            {person.role && <span class="muted"> · {person.role}</span>}
          </label>
        ))}
      </fieldset>
      <div class="iv-actions">
        {state === 'ahead' && <CalendarButton round={round} companyName={companyName} people={people.filter((p) => chosen.has(p.id))} />}
        {confirming ? (
          <span role="alertdialog" aria-label={t('ivRemoveRoundConfirm', round.round)}>
            {t('ivRemoveRoundConfirm', round.round)}{' '}
            <button type="button" class="small" onClick={() => void attemptRound((db) => removeRound(db, round.id))}>{t('ivRemove')}</button>
            <button type="button" class="link small" onClick={() => setConfirming(false)}>{t('cancel')}</button>
          </span>
        ) : (
          <button type="button" class="link small" onClick={() => setConfirming(true)}>{t('ivRemoveRound')}</button>
        )}
      </div>
      {earlier.length > 0 && <EarlierAnswers companyId={companyId} round={round} earlier={earlier} notesByPrompt={notesByPrompt} lang={lang} />}
      {state === 'done' && <DebriefForm round={round} lang={lang} />}
    </article>
  );
}
