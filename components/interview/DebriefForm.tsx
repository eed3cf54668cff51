import { updateDebrief, EMPTY_DEBRIEF } from '../../core/interview/rounds';
import { patchItem } from '../../core/interview/prep-record';
import type { AskedQuestion, Debrief, InterviewRound } from '../../core/interview/types';
import { getPrompt, PROMPT_SECTIONS, type Lang } from '../../core/prompts';
import { t } from '../i18n';
import { attempt } from './actions';
import { SavedText } from './SavedText';

const EXPECTED = PROMPT_SECTIONS.find((section) => section.id === 'questions')?.prompts ?? [];

/** The question as the panel asked it: the user's words, or the expected question it was. */
export function askedQuestionText(asked: AskedQuestion, lang: Lang): string {
  return asked.question.trim() || (asked.promptId ? (getPrompt(asked.promptId)?.question[lang] ?? '') : '');
}

/** The guided debrief of a finished round (guide, section 4). */
export function DebriefForm({ round, lang }: { round: InterviewRound; lang: Lang }) {
  const debrief = round.debrief ?? EMPTY_DEBRIEF;
  const change = (fn: (d: Debrief) => Debrief) => void attempt((db) => updateDebrief(db, round.id, fn));
  const text = (key: 'wentWell' | 'better' | 'wonder' | 'deepen', label: string) => (
    <SavedText label={label} value={debrief[key]} multiline onSave={(value) => change((d) => ({ ...d, [key]: value }))} />
  );
  const patchAsked = (id: string, patch: Partial<AskedQuestion>) => change((d) => ({ ...d, asked: patchItem(d.asked, id, patch) }));
  return (
    <section class="iv-debrief" aria-label={t('ivDebriefHeading', round.round)}>
      <h4>{t('ivDebriefHeading', round.round)}</h4>
      <p class="muted">{t('ivDebriefIntro')}</p>
      {text('wentWell', t('ivDebriefWentWell'))}
      {text('better', t('ivDebriefBetter'))}
      <h5>{t('ivDebriefAsked')}</h5>
      <ol class="iv-asked">
        {debrief.asked.map((asked) => (
          <li key={asked.id} data-asked-id={asked.id}>
            <label class="iv-field">
              <span>{t('ivAskedWhich')}</span>
              <select value={asked.promptId ?? ''} onChange={(e) => patchAsked(asked.id, { promptId: e.currentTarget.value || undefined })}>
                <option value="">{t('ivAskedOther')}</option>
                {EXPECTED.map((prompt) => (
                  <option key={prompt.id} value={prompt.id}>{prompt.question[lang]}</option>
                ))}
              </select>
            </label>
            {!asked.promptId && <SavedText label={t('ivAskedQuestion')} value={asked.question} onSave={(question) => patchAsked(asked.id, { question })} />}
            <SavedText label={t('ivAskedAnswer')} value={asked.answer} multiline onSave={(answer) => patchAsked(asked.id, { answer })} />
            <button type="button" class="link small" onClick={() => change((d) => ({ ...d, asked: d.asked.filter((a) => a.id !== asked.id) }))}>
              {t('ivRemove')}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" class="small" onClick={() => change((d) => ({ ...d, asked: [...d.asked, { id: crypto.randomUUID(), question: '', answer: '' }] }))}>
        {t('ivAddAsked')}
      </button>
      {text('wonder', t('ivDebriefWonder'))}
      {text('deepen', t('ivDebriefDeepen'))}
    </section>
  );
}
