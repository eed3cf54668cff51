import { useState } from 'preact/hooks';
import { t, type MessageKey } from '../i18n';
import { InterviewView } from './InterviewView';
import { OwnQuestionsView } from './OwnQuestionsView';
import { PapersView } from './PapersView';

/** A fold that renders (and reads the database for) its view only while it is open. */
function Panel({ id, label, initiallyOpen, children }: { id: string; label: MessageKey; initiallyOpen: boolean; children: () => preact.ComponentChildren }) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <details class="iv-panel" data-panel={id} open={open} onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}>
      <summary>{t(label)}</summary>
      {open && children()}
    </details>
  );
}

/**
 * Round two's views in today's company screen, until the board's navigation of views
 * takes them (each is `(props: { companyId })` and can be moved as it is).
 */
export function InterviewMount({ companyId }: { companyId: string }) {
  // Open on the full board; folded in the narrow popup, so the prep board stays in view there.
  const wide = typeof matchMedia === 'function' && matchMedia('(min-width: 600px)').matches;
  return (
    <div class="iv-mount">
      <Panel id="interview" label="ivPanelInterview" initiallyOpen={wide}>{() => <InterviewView companyId={companyId} />}</Panel>
      <Panel id="own" label="ivPanelOwn" initiallyOpen={false}>{() => <OwnQuestionsView companyId={companyId} />}</Panel>
      <Panel id="papers" label="ivPanelPapers" initiallyOpen={false}>{() => <PapersView companyId={companyId} />}</Panel>
    </div>
  );
}
