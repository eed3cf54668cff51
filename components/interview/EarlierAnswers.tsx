import { answerDrift } from '../../core/interview/drift';
import { patchItem } from '../../core/interview/prep-record';
import { updateDebrief } from '../../core/interview/rounds';
import type { AskedQuestion, InterviewRound } from '../../core/interview/types';
import type { Note } from '../../core/model';
import { saveAnswer } from '../../core/notes';
import type { Lang } from '../../core/prompts';
import { t } from '../i18n';
import { attempt } from './actions';
import { askedQuestionText } from './DebriefForm';
import { SavedText } from './SavedText';

interface Props {
  companyId: string;
  /** The round being prepared. */
  round: InterviewRound;
  earlier: readonly InterviewRound[];
  notesByPrompt: ReadonlyMap<string, readonly Note[]>;
  lang: Lang;
}

function Row({ companyId, from, asked, notesByPrompt, lang }: { companyId: string; from: InterviewRound; asked: AskedQuestion } & Pick<Props, 'notesByPrompt' | 'lang'>) {
  const current = asked.promptId ? (notesByPrompt.get(asked.promptId)?.find((n) => n.kind === 'answer')?.text ?? '') : (asked.again ?? '');
  const save = (text: string) =>
    asked.promptId
      ? void attempt((db) => saveAnswer(db, companyId, asked.promptId!, text))
      : void attempt((db) => updateDebrief(db, from.id, (d) => ({ ...d, asked: patchItem(d.asked, asked.id, { again: text }) })));
  const drift = answerDrift(asked.answer, current);
  return (
    <li class="iv-again" data-asked-id={asked.id}>
      <h5>{askedQuestionText(asked, lang)}</h5>
      <div class="iv-side-by-side">
        <div>
          <span class="muted">{t('ivAnsweredInRound', from.round)}</span>
          <p class="iv-earlier-answer">{asked.answer.trim() || t('ivNoEarlierAnswer')}</p>
        </div>
        <SavedText label={t('ivAnswerNow')} value={current} multiline onSave={save} />
      </div>
      {drift?.drifts && (
        <p class="iv-drift" role="note">
          {t('ivDriftNote', from.round)}
        </p>
      )}
    </li>
  );
}

/** Every question asked in an earlier round, its answer then beside the answer now, and a note when they drift apart. */
export function EarlierAnswers({ companyId, earlier, notesByPrompt, lang, round }: Props) {
  const rows = earlier.flatMap((from) => (from.debrief?.asked ?? []).map((asked) => ({ from, asked })));
  if (rows.length === 0) return null;
  return (
    <section class="iv-earlier" aria-label={t('ivEarlierHeading', round.round)}>
      <h4>{t('ivEarlierHeading', round.round)}</h4>
      <ul>
        {rows.map(({ from, asked }) => (
          <Row key={asked.id} companyId={companyId} from={from} asked={asked} notesByPrompt={notesByPrompt} lang={lang} />
        ))}
      </ul>
    </section>
  );
}
