import { useEffect, useState } from 'preact/hooks';
import type { Note } from '../../core/model';
import { DO_BETTER_PROMPT_ID, readiness, type PrepBoardData, type Progress } from '../../core/notes';
import { PROMPT_SECTIONS, type Lang, type PromptSection } from '../../core/prompts';
import { t } from '../i18n';
import { PeopleOnPrompt } from '../interview/PeopleOnPrompt';
import { DoBetterList } from './DoBetterList';
import { dismissedFor, evidenceFor } from './evidence-for';
import { PromptCard } from './PromptCard';
import type { PrepActions, PrepLayout, PromptViewProps } from './types';

interface Props {
  data: PrepBoardData;
  lang: Lang;
  layout: PrepLayout;
  actions: PrepActions;
  sections?: readonly PromptSection[];
  /** A prompt id to open at: its section starts open and its question is scrolled to and focused. */
  focus?: string;
}

const NO_NOTES: readonly Note[] = [];

export function ReadinessLine({ progress }: { progress: Progress }) {
  return <span class="prep-readiness">{t('prepReadiness', progress.answered, progress.total)}</span>;
}

interface SectionProps extends Omit<Props, 'sections'> {
  section: PromptSection;
  progress: Progress;
  initiallyOpen: boolean;
}

function SectionCard({ section, progress, initiallyOpen, data, lang, layout, actions }: SectionProps) {
  // Open state belongs to the user once the card is shown: later saves must not fold it shut.
  const [open, setOpen] = useState(initiallyOpen);
  const bodyId = `section-${section.id}`;
  // A heading with a button (the disclosure pattern): the outline stays h2 company → h3 section → h4 question.
  return (
    <section class="prep-section" data-section-id={section.id} data-open={open} aria-labelledby={`${bodyId}-title`}>
      <h3 class="prep-section-heading">
        <button type="button" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
          <span class="prep-section-title" id={`${bodyId}-title`}>{section.title[lang]}</span>
          <ReadinessLine progress={progress} />
        </button>
      </h3>
      <div id={bodyId} hidden={!open}>
      {section.intro && <p class="prep-intro">{section.intro[lang]}</p>}
      {open && section.prompts.map((prompt) => {
        const notes = data.notesByPrompt.get(prompt.id) ?? NO_NOTES;
        const evidence = evidenceFor(data, prompt.id, layout);
        const view: PromptViewProps = {
          companyId: data.company?.id ?? '',
          prompt,
          lang,
          notes,
          evidence,
          dismissed: dismissedFor(data, prompt.id),
          sources: data.sources,
          onUnpin: actions.onUnpin,
          onDismiss: actions.onDismiss,
          onRestore: actions.onRestore,
        };
        return prompt.id === DO_BETTER_PROMPT_ID ? (
          <DoBetterList
            key={prompt.id}
            {...view}
            onAdd={actions.onAddImprovement}
            onUpdate={actions.onUpdateImprovement}
            onRemove={actions.onRemoveImprovement}
          />
        ) : (
          <PromptCard key={prompt.id} {...view} onAnswer={actions.onAnswer} onPin={actions.onPin}>
            {prompt.id === 'people' && data.company && <PeopleOnPrompt companyId={data.company.id} />}
          </PromptCard>
        );
      })}
      </div>
    </section>
  );
}

/**
 * The prompts of round two, section by section, with how far the user has come.
 * In the wide layout every section starts open; in the popup only the first one with work left.
 */
/** Brings the prompt `focus` into view once it is shown, and moves the keyboard focus to its question. */
function useFocusPrompt(focus: string | undefined): void {
  useEffect(() => {
    if (!focus) return;
    const card = [...document.querySelectorAll<HTMLElement>('[data-prompt-id]')].find((element) => element.dataset.promptId === focus);
    const question = card?.querySelector('h4');
    if (!question) return;
    question.tabIndex = -1;
    question.scrollIntoView?.({ block: 'start' }); // (absent in jsdom)
    question.focus({ preventScroll: true });
  }, [focus]);
}

export function PrepBoard({ data, lang, layout, actions, sections = PROMPT_SECTIONS, focus }: Props) {
  useFocusPrompt(focus);
  const ready = readiness(sections, data.notesByPrompt);
  const firstUnfinished = sections.find((section) => {
    const progress = ready.sections.get(section.id);
    return progress && progress.answered < progress.total;
  });
  return (
    <div class="prep-board">
      <p class="prep-overall">
        <ReadinessLine progress={ready.overall} />
        <progress value={ready.overall.answered} max={Math.max(ready.overall.total, 1)} aria-hidden="true" />
      </p>
      {sections.map((section) => (
        <SectionCard
          key={section.id}
          section={section}
          progress={ready.sections.get(section.id) ?? { answered: 0, total: section.prompts.length }}
          initiallyOpen={layout === 'wide' || section === firstUnfinished || section.prompts.some((prompt) => prompt.id === focus)}
          data={data}
          lang={lang}
          layout={layout}
          actions={actions}
        />
      ))}
    </div>
  );
}
