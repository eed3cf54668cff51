import type { Note } from '../../core/model';
import { isAnswered, type PrepBoardData } from '../../core/notes';
import { PROMPT_SECTIONS, type Lang } from '../../core/prompts';
import { t } from '../i18n';
import { sourceLabel, sentenceHref } from '../prep/links';

const SECTIONS = ['vision-strategy', 'questions'];

/** The best pinned evidence of a prompt: the first pin or quote the user kept. */
function bestPin(notes: readonly Note[]): Note | undefined {
  return notes.find((note) => note.kind === 'pin') ?? notes.find((note) => note.kind === 'quote');
}

/** The user's answers to the vision-and-strategy prompts and the expected questions, each with its best evidence. */
export function Answers({ board, lang }: { board: PrepBoardData; lang: Lang }) {
  return (
    <>
      {PROMPT_SECTIONS.filter((section) => SECTIONS.includes(section.id)).map((section) => {
        const answered = section.prompts.filter((prompt) => isAnswered(prompt.id, board.notesByPrompt.get(prompt.id)));
        if (answered.length === 0) return null;
        return (
          <section key={section.id} data-section={section.id}>
            <h2>{section.title[lang]}</h2>
            {answered.map((prompt) => {
              const notes = board.notesByPrompt.get(prompt.id) ?? [];
              const answer = notes.find((note) => note.kind === 'answer')?.text.trim() ?? '';
              const pin = bestPin(notes);
              const href = pin && sentenceHref(pin.sourceUrl, pin.text);
              return (
                <div key={prompt.id} data-prompt-id={prompt.id}>
                  <h3>{prompt.question[lang]}</h3>
                  <p class="b-answer">{answer}</p>
                  {pin && (
                    <p class="b-evidence">
                      “{pin.text}” — {href ? <a href={href} target="_blank" rel="noopener noreferrer">{sourceLabel(pin.clipId ? board.sources.get(pin.clipId) : undefined, pin.sourceUrl)}</a> : sourceLabel(pin.clipId ? board.sources.get(pin.clipId) : undefined, pin.sourceUrl)}
                    </p>
                  )}
                </div>
              );
            })}
          </section>
        );
      })}
      {!board.notesByPrompt.size && <p class="muted">{t('briefingNothingYet')}</p>}
    </>
  );
}
