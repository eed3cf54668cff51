import type { JSX } from 'preact';
import type { MessageKey } from '../i18n';
import { InterviewView, OwnQuestionsView, PapersView } from '../interview';
import { ClipsView } from './ClipsView';
import { PrepView } from './PrepView';

/** One view of a company on the board; its id is in the URL (`board.html#company=<id>&view=<id>`). */
export interface BoardView {
  id: string;
  labelKey: MessageKey;
  Component: (props: { companyId: string }) => JSX.Element;
}

/** The views of a company, in the navigation's order: one entry each. */
export const BOARD_VIEWS: BoardView[] = [
  { id: 'prep', labelKey: 'viewPrep', Component: PrepView },
  { id: 'interview', labelKey: 'ivPanelInterview', Component: InterviewView },
  { id: 'own', labelKey: 'ivPanelOwn', Component: OwnQuestionsView },
  { id: 'papers', labelKey: 'ivPanelPapers', Component: PapersView },
  { id: 'clips', labelKey: 'viewClips', Component: ClipsView },
];

export function boardView(id: string | undefined): BoardView {
  return BOARD_VIEWS.find((view) => view.id === id) ?? BOARD_VIEWS[0]!;
}
