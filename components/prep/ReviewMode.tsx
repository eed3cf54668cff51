import type { Note } from '../../core/model';
import { DO_BETTER_PROMPT_ID, type PrepBoardData } from '../../core/notes';
import { PROMPT_SECTIONS, type Lang, type Prompt, type PromptSection } from '../../core/prompts';
import { t } from '../i18n';
import { ImprovementItem } from './ImprovementItem';
import { PinnedList } from './PinnedList';

interface Props {
  data: PrepBoardData;
  lang: Lang;
  sections?: readonly PromptSection[];
}

function ReviewPrompt({ prompt, lang, notes, data }: { prompt: Prompt; lang: Lang; notes: readonly Note[]; data: PrepBoardData }) {
  const answer = notes.find((note) => note.kind === 'answer')?.text.trim() ?? '';
  const pinned = notes.filter((note) => note.kind === 'pin' || note.kind === 'quote');
  const improvements = prompt.id === DO_BETTER_PROMPT_ID ? notes.filter((note) => note.kind === 'improvement') : [];
  const nothing = !answer && improvements.length === 0;
  return (
    <div class="prep-review-prompt" data-prompt-id={prompt.id}>
      <h4>{prompt.question[lang]}</h4>
      {answer && <p class="prep-review-answer">{answer}</p>}
      {nothing && <p class="muted">{t('prepNotAnswered')}</p>}
      {improvements.length > 0 && (
        <ul class="prep-improvements">
          {improvements.map((note) => (
            <ImprovementItem key={note.id} note={note} />
          ))}
        </ul>
      )}
      <PinnedList notes={pinned} sources={data.sources} />
    </div>
  );
}

/** A compact, read-only page of everything the user prepared: for a last look before the interview. */
export function ReviewMode({ data, lang, sections = PROMPT_SECTIONS }: Props) {
  return (
    <div class="prep-review">
      {sections.map((section) => (
        <section key={section.id} data-section-id={section.id}>
          <h3>{section.title[lang]}</h3>
          {section.prompts.map((prompt) => (
            <ReviewPrompt key={prompt.id} prompt={prompt} lang={lang} notes={data.notesByPrompt.get(prompt.id) ?? []} data={data} />
          ))}
        </section>
      ))}
    </div>
  );
}
