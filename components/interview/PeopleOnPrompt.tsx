import { getDb } from '../../core/db/schema';
import { peopleOf } from '../../core/interview/people';
import { t } from '../i18n';
import { useLiveQuery } from '../use-live-query';
import { SafeLink } from './SafeLink';

/** The person cards, shown on the *people* prompt: who the user will meet, at a glance. */
export function PeopleOnPrompt({ companyId }: { companyId: string }) {
  const db = getDb();
  const people = useLiveQuery(() => peopleOf(db, companyId), [db, companyId]);
  if (people.status !== 'ready' || people.value.length === 0) return null;
  return (
    <section class="iv-people-prompt" aria-label={t('ivPeopleHeading')}>
      <h5>{t('ivPeopleHeading')}</h5>
      <ul>
        {people.value.map((person) => (
          <li key={person.id}>
            <strong>{person.name}</strong>
            {person.role && <span class="muted"> · {person.role}</span>} <SafeLink value={person.link} allowMail label="↗" />
            {person.notes.trim() && <p class="muted">{person.notes.trim()}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
