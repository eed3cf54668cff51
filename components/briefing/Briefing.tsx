import { useEffect } from 'preact/hooks';
import { DAY_REMINDERS } from '../../core/interview/day-reminders';
import { interviewReadiness } from '../../core/interview/readiness';
import type { Lang } from '../../core/prompts';
import { t, uiLanguage, type MessageKey } from '../i18n';
import { jobAdView } from '../job-ad-fields';
import { itemLabel } from '../interview/format';
import { Answers } from './Answers';
import { WhenWhereWho } from './WhenWhereWho';
import type { BriefingData } from './load-briefing';

interface Props {
  data: BriefingData;
  lang: Lang;
  now: number;
}

/** One read-only page for the last evening: when, where, who; the role; answers; questions; ideas; terms; the day. */
export function Briefing({ data, lang, now }: Props) {
  const { interview, board, ad } = data;
  const company = interview.company!;
  const readiness = interviewReadiness({ ...interview, now });
  const round = readiness.nextInterview ?? interview.rounds.at(-1);
  const view = ad && jobAdView(ad, uiLanguage());
  const role = view && [view.title.value, view.location.value, view.salary.value].filter(Boolean).join(' · ');
  const improvements = board.notesByPrompt.get('do-better')?.filter((note) => note.kind === 'improvement') ?? [];
  const { prep } = interview;
  const questions = prep.ownQuestions.filter((q) => q.text.trim());
  const terms = prep.terms.filter((term) => !term.settled);
  const settled = prep.terms.filter((term) => term.settled);
  useEffect(() => {
    document.title = t('briefingTitle', company.name);
  }, [company.name]);

  return (
    <article class="briefing">
      <div class="b-toolbar">
        <button type="button" class="small" onClick={() => window.print()}>{t('briefingPrint')}</button>
      </div>
      <h1>{t('briefingTitle', company.name)}</h1>
      <WhenWhereWho round={round} people={interview.people} />
      {role && <p class="b-role" data-section="role"><strong>{t('briefingRole')}</strong> {role}</p>}
      {readiness.left.length > 0 && (
        <p class="b-not-prepared" data-section="not-prepared">
          {t('briefingNotPrepared', readiness.left.map(itemLabel).join(', '))}
        </p>
      )}
      <Answers board={board} lang={lang} />
      {questions.length > 0 && (
        <section data-section="own-questions">
          <h2>{t('briefingOwnQuestions')}</h2>
          <ol>{questions.map((q) => <li key={q.id}>{q.text}</li>)}</ol>
        </section>
      )}
      {improvements.length > 0 && (
        <section data-section="improvements">
          <h2>{t('briefingImprovements')}</h2>
          <ul>{improvements.map((note) => <li key={note.id}>{note.text}{note.idea && <> → {note.idea}</>}</li>)}</ul>
        </section>
      )}
      {(terms.length > 0 || prep.decision) && (
        <section data-section="terms">
          <h2>{t('briefingTerms')}</h2>
          {prep.decision && <p>{t('briefingDecision', t(`ivDecision_${prep.decision}` as MessageKey))}</p>}
          <ul>
            {terms.map((term) => (
              <li key={term.key}>
                <strong>{t(`ivTerm_${term.key}` as MessageKey)}</strong>{term.value.trim() && <>: {term.value}</>}
              </li>
            ))}
          </ul>
          {settled.length > 0 && <p class="muted">{t('briefingSettled', settled.map((term) => t(`ivTerm_${term.key}` as MessageKey)).join(', '))}</p>}
        </section>
      )}
      <section data-section="day">
        <h2>{t('briefingDay')}</h2>
        <ul>
          {prep.practical.wear.trim() && <li>{t('briefingWear', prep.practical.wear.trim())}</li>}
          {DAY_REMINDERS.map((key) => <li key={key}>{t(key)}</li>)}
        </ul>
      </section>
    </article>
  );
}
