import { useState } from 'preact/hooks';
import type { Note } from '../../core/model';
import { DO_BETTER_PROMPT_ID, readiness, type PrepBoardData, type Progress } from '../../core/notes';
import { PROMPT_SECTIONS, type Lang, type PromptSection } from '../../core/prompts';
import { t } from '../i18n';
import { PeopleOnPrompt } from '../interview/PeopleOnPrompt';
import { DoBetterList } from './DoBetterList';
import { evidenceFor } from './evidence-for';
import { PromptCard } from './PromptCard';
import type { PrepActions, PrepLayout, PromptViewProps } from './types';

interface Props {
  data: PrepBoardData;
  lang: Lang;
  layout: PrepLayout;
  actions: PrepActions;
  sections?: readonly PromptSection[];
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
  return (
    <details class="prep-section" open={open} onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)} data-section-id={section.id}>
      <summary>
        <span class="prep-section-title">{section.title[lang]}</span>
        <ReadinessLine progress={progress} />
      </summary>
      {section.intro && <p class="prep-intro">{section.intro[lang]}</p>}
      {section.prompts.map((prompt) => {
        const notes = data.notesByPrompt.get(prompt.id) ?? NO_NOTES;
        const evidence = evidenceFor(data, prompt.id, layout);
        const view: PromptViewProps = { prompt, lang, notes, evidence, sources: data.sources, onUnpin: actions.onUnpin, onDismiss: actions.onDismiss };
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
    </details>
  );
}

/**
 * The prompts of round two, section by section, with how far the user has come.
 * In the wide layout every section starts open; in the popup only the first one with work left.
 */
export function PrepBoard({ data, lang, layout, actions, sections = PROMPT_SECTIONS }: Props) {
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
          initiallyOpen={layout === 'wide' || section === firstUnfinished}
          data={data}
          lang={lang}
          layout={layout}
          actions={actions}
        />
      ))}
    </div>
  );
}
