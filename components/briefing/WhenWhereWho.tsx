import type { InterviewRound, Person } from '../../core/interview/types';
import { t, type MessageKey } from '../i18n';
import { formatRoundWhen } from '../interview/format';
import { SafeLink } from '../interview/SafeLink';

/** The top of the briefing: the round, its time and place, and the people to meet. */
export function WhenWhereWho({ round, people }: { round: InterviewRound | undefined; people: readonly Person[] }) {
  if (!round) return <p class="b-when" data-section="when">{t('briefingNoRound')}</p>;
  const who = people.filter((person) => round.personIds?.includes(person.id));
  const format = round.format ? t(`ivFormat_${round.format.replace('-', '_')}` as MessageKey) : '';
  const length = round.durationMin ? t('briefingMinutes', round.durationMin) : '';
  return (
    <section data-section="when">
      <p class="b-when">
        {t('ivRoundTitle', round.round)} · {formatRoundWhen(round)}
      </p>
      <p data-section="where">
        <strong>{t('briefingWhere')}</strong> {[round.place?.trim(), format, length].filter(Boolean).join(' · ') || t('briefingUnknown')}{' '}
        <SafeLink value={round.videoLink} />
      </p>
      <div data-section="who">
        <strong>{t('briefingWho')}</strong>
        {who.length === 0 ? (
          <> {t('briefingUnknown')}</>
        ) : (
          <ul class="b-people">
            {who.map((person) => (
              <li key={person.id}>
                {person.name}
                {person.role && <span> · {person.role}</span>}
                {person.notes.trim() && <> — {person.notes.trim()}</>}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
