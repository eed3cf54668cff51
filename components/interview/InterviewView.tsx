import { addPerson } from '../../core/interview/people';
import { addRound } from '../../core/interview/rounds';
import { toLang } from '../../core/prompts';
import { t, uiLanguage } from '../i18n';
import { attempt, attemptRound, saveError } from './actions';
import { FoundPeople } from './FoundPeople';
import { PersonCard } from './PersonCard';
import { ReadinessLine } from './ReadinessLine';
import { RoundCard } from './RoundCard';
import { AddByName } from './AddByName';
import { useInterview } from './use-interview';
import './interview.css';

/** Rounds, people and debriefs of one company. */
export function InterviewView({ companyId }: { companyId: string }) {
  const data = useInterview(companyId);
  if (data.status === 'loading') return <p class="muted">{t('loading')}</p>;
  if (data.status === 'error') return <p class="status error" role="alert">{t('loadError', data.message)}</p>;
  const { company, rounds, people, notesByPrompt } = data.value;
  if (!company) return <p class="muted">{t('prepCompanyMissing')}</p>;
  const lang = toLang(uiLanguage()) ?? 'en';
  const now = Date.now();
  return (
    <section class="iv" data-view="interview">
      <ReadinessLine companyId={companyId} />
      {saveError.value && <p class="status error" role="alert">{t('prepSaveError', saveError.value)}</p>}
      <h3>{t('ivRoundsHeading')}</h3>
      {rounds.length === 0 && <p class="muted">{t('ivNoRounds')}</p>}
      {rounds.map((round) => (
        <RoundCard
          key={round.id}
          companyId={companyId}
          companyName={company.name}
          round={round}
          earlier={rounds.filter((r) => r.round < round.round)}
          people={people}
          notesByPrompt={notesByPrompt}
          lang={lang}
          now={now}
        />
      ))}
      <button type="button" class="small" onClick={() => void attemptRound((db) => addRound(db, companyId))}>
        {t('ivAddRound')}
      </button>
      <h3>{t('ivPeopleHeading')}</h3>
      <FoundPeople companyId={companyId} people={people} />
      <ul class="iv-people">
        {people.map((person) => (
          <PersonCard key={person.id} person={person} />
        ))}
      </ul>
      <AddByName label={t('ivAddPersonByName')} button={t('ivAddPerson')} onAdd={(name) => void attempt((db) => addPerson(db, companyId, { name }))} />
    </section>
  );
}
