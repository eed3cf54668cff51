import { t } from '../i18n';
import { InterviewView } from './InterviewView';
import { OwnQuestionsView } from './OwnQuestionsView';
import { PapersView } from './PapersView';

/**
 * Round two's views in today's company screen, until the board's navigation of views
 * takes them (each is `(props: { companyId })` and can be moved as it is).
 */
export function InterviewMount({ companyId }: { companyId: string }) {
  // Open on the full board; folded in the narrow popup, so the prep board stays in view there.
  const wide = typeof matchMedia === 'function' && matchMedia('(min-width: 600px)').matches;
  return (
    <div class="iv-mount">
      <details class="iv-panel" data-panel="interview" open={wide}>
        <summary>{t('ivPanelInterview')}</summary>
        <InterviewView companyId={companyId} />
      </details>
      <details class="iv-panel" data-panel="own">
        <summary>{t('ivPanelOwn')}</summary>
        <OwnQuestionsView companyId={companyId} />
      </details>
      <details class="iv-panel" data-panel="papers">
        <summary>{t('ivPanelPapers')}</summary>
        <PapersView companyId={companyId} />
      </details>
    </div>
  );
}
