import type { JSX } from 'preact';
import type { MessageKey } from '../i18n';
import { BackupPanel } from '../backup/BackupPanel';
import { InterviewView, OwnQuestionsView, PapersView } from '../interview';
import { ClipsView } from './ClipsView';
import { PrepView } from './PrepView';

/** One view of a company on the board; its id is in the URL (`board.html#company=<id>&view=<id>`). */
export interface BoardView {
  id: string;
  labelKey: MessageKey;
  /** `focus`: the prompt (or item) the view opens at, when the URL names one. */
  Component: (props: { companyId: string; focus?: string }) => JSX.Element;
}

/** The views of a company, in the navigation's order: one entry each. */
export const BOARD_VIEWS: BoardView[] = [
  { id: 'prep', labelKey: 'viewPrep', Component: PrepView },
  { id: 'interview', labelKey: 'ivPanelInterview', Component: InterviewView },
  { id: 'own', labelKey: 'ivPanelOwn', Component: OwnQuestionsView },
  { id: 'papers', labelKey: 'ivPanelPapers', Component: PapersView },
  { id: 'clips', labelKey: 'viewClips', Component: ClipsView },
  { id: 'export', labelKey: 'viewExport', Component: ({ companyId }) => <BackupPanel companyId={companyId} /> },
];

export function boardView(id: string | undefined): BoardView {
  return BOARD_VIEWS.find((view) => view.id === id) ?? BOARD_VIEWS[0]!;
}
