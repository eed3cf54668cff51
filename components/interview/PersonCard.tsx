import { useState } from 'preact/hooks';
import { removePerson, updatePerson } from '../../core/interview/people';
import type { Person } from '../../core/interview/types';
import { t } from '../i18n';
import { attempt } from './actions';
import { SafeLink } from './SafeLink';
import { SavedText } from './SavedText';

/** One person: name, role, a link, and what the user notes about them. */
export function PersonCard({ person }: { person: Person }) {
  const [confirming, setConfirming] = useState(false);
  const save = (patch: Parameters<typeof updatePerson>[2]) => void attempt((db) => updatePerson(db, person.id, patch));
  return (
    <li class="iv-person card" data-person={person.name}>
      <h4>
        {person.name}
        {person.role && <span class="muted"> · {person.role}</span>}
      </h4>
      <SafeLink value={person.link} allowMail />
      <div class="iv-grid">
        <SavedText label={t('ivPersonName')} value={person.name} onSave={(name) => name.trim() && save({ name })} />
        <SavedText label={t('ivPersonRole')} value={person.role} onSave={(role) => save({ role })} />
        <SavedText label={t('ivPersonLink')} value={person.link} onSave={(link) => save({ link })} />
      </div>
      <SavedText label={t('ivPersonNotes')} placeholder={t('ivPersonNotesHint')} value={person.notes} multiline onSave={(notes) => save({ notes })} />
      {confirming ? (
        <p class="status confirm" role="alertdialog" aria-label={t('ivRemovePersonConfirm', person.name)}>
          {t('ivRemovePersonConfirm', person.name)}{' '}
          <button type="button" class="small" onClick={() => void attempt((db) => removePerson(db, person.id))}>{t('ivRemove')}</button>
          <button type="button" class="link small" onClick={() => setConfirming(false)}>{t('cancel')}</button>
        </p>
      ) : (
        <button type="button" class="link small" onClick={() => setConfirming(true)}>{t('ivRemovePerson')}</button>
      )}
    </li>
  );
}
