import { useEffect } from 'preact/hooks';
import { getDb } from '../../core/db/schema';
import { newestJobAd } from '../../core/db/queries';
import { newOwnQuestion, suggestQuestions, type QuestionSuggestion } from '../../core/interview/own-questions';
import { patchItem, updatePrep } from '../../core/interview/prep-record';
import { DECISIONS, type InterviewPrep, type OwnQuestion } from '../../core/interview/types';
import { t, type MessageKey } from '../i18n';
import { useLiveQuery } from '../use-live-query';
import { attempt, saveError } from './actions';
import { AddByName } from './AddByName';
import { SavedText } from './SavedText';
import { patchTerm, TermsList } from './TermsList';
import { prefillFromAds } from './prefill';
import { useInterview } from './use-interview';
import './interview.css';

function suggestionText(suggestion: QuestionSuggestion): string {
  return t(`ivSuggest_${suggestion.source}` as MessageKey);
}

function QuestionRow({ question, change }: { question: OwnQuestion; change: (patch: Partial<OwnQuestion> | null) => void }) {
  return (
    <li class="iv-own" data-question={question.text}>
      <SavedText label={t('ivOwnQuestion')} visibleLabel={false} value={question.text} onSave={(text) => change({ text })} />
      {question.basis && <p class="muted iv-basis">“{question.basis}”</p>}
      <label><input type="checkbox" checked={question.asked} onChange={(e) => change({ asked: e.currentTarget.checked })} /> {t('ivAsked')}</label>{' '}
      <label><input type="checkbox" checked={question.answered} onChange={(e) => change({ answered: e.currentTarget.checked })} /> {t('ivAnswered')}</label>{' '}
      <button type="button" class="link small" onClick={() => change(null)}>{t('ivRemove')}</button>
    </li>
  );
}

/** The user's questions for the panel, the decision, and the terms to clarify (guide, section 5). */
export function OwnQuestionsView({ companyId }: { companyId: string }) {
  const data = useInterview(companyId);
  const db = getDb();
  // The company's kept evidence (its best sentences per prompt) and its newest job ad: two reads, not every clip.
  const hits = useLiveQuery(async () => {
    const [evidence, ad] = await Promise.all([db.companyEvidence.get(companyId), newestJobAd(db, companyId)]);
    return { clips: evidence?.clips ?? [], ad };
  }, [db, companyId]);
  const prep = data.status === 'ready' ? data.value.prep : undefined;
  // The job ad's facts go into the terms once, when the user first looks at them.
  useEffect(() => {
    if (prep && !prep.termsPrefilled && hits.status === 'ready') void prefillFromAds(companyId, hits.value.ad ? [hits.value.ad] : []);
  }, [prep?.termsPrefilled, hits.status, companyId]);
  if (!prep || hits.status !== 'ready') return <p class="muted">{t('loading')}</p>;

  const change = (fn: (p: InterviewPrep) => InterviewPrep) => void attempt((d) => updatePrep(d, companyId, fn));
  const changeQuestion = (id: string) => (patch: Partial<OwnQuestion> | null) =>
    change((p) => ({ ...p, ownQuestions: patch ? patchItem(p.ownQuestions, id, patch) : p.ownQuestions.filter((q) => q.id !== id) }));
  const suggestions = suggestQuestions(hits.value.clips, prep.ownQuestions);
  return (
    <section class="iv" data-view="own">
      {saveError.value && <p class="status error" role="alert">{t('prepSaveError', saveError.value)}</p>}
      <h3>{t('ivOwnHeading')}</h3>
      <p class="muted">{t('ivOwnIntro')}</p>
      <ul class="iv-own-list">
        {prep.ownQuestions.map((question) => (
          <QuestionRow key={question.id} question={question} change={changeQuestion(question.id)} />
        ))}
      </ul>
      <AddByName label={t('ivAddOwnQuestion')} button={t('ivAdd')} onAdd={(text) => change((p) => ({ ...p, ownQuestions: [...p.ownQuestions, newOwnQuestion(text)] }))} />
      {suggestions.length > 0 && (
        <div class="iv-found" role="region" aria-label={t('ivSuggestions')}>
          <h4>{t('ivSuggestions')}</h4>
          <ul>
            {suggestions.map((s) => (
              <li key={s.sentence}>
                <strong>{suggestionText(s)}</strong> <span class="muted">“{s.sentence}”</span>{' '}
                <button type="button" class="small" onClick={() => change((p) => ({ ...p, ownQuestions: [...p.ownQuestions, newOwnQuestion(suggestionText(s), s)] }))}>
                  {t('ivAdd')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <h3>{t('ivStillInterested')}</h3>
      <fieldset class="iv-decision">
        <legend>{t('ivDecision')}</legend>
        {DECISIONS.map((decision) => (
          <label key={decision}>
            <input type="radio" name={`decision-${companyId}`} checked={prep.decision === decision} onChange={() => change((p) => ({ ...p, decision }))} /> {t(`ivDecision_${decision}` as MessageKey)}
          </label>
        ))}
      </fieldset>
      <TermsList terms={prep.terms} onPatch={(key, patch) => change((p) => ({ ...p, terms: patchTerm(p.terms, key, patch) }))} />
    </section>
  );
}
