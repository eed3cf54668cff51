import type { JSX } from 'preact';
import type { MessageKey } from '../i18n';
import { ClipsView } from './ClipsView';
import { PrepView } from './PrepView';

/** One view of a company on the board; its id is in the URL (`board.html#company=<id>&view=<id>`). */
export interface BoardView {
  id: string;
  labelKey: MessageKey;
  Component: (props: { companyId: string }) => JSX.Element;
}

/**
 * The views of a company, in the navigation's order. The interview views (`interview`, `own`,
 * `papers`) are added here when they land: one entry each.
 */
export const BOARD_VIEWS: BoardView[] = [
  { id: 'prep', labelKey: 'viewPrep', Component: PrepView },
  { id: 'clips', labelKey: 'viewClips', Component: ClipsView },
];

export function boardView(id: string | undefined): BoardView {
  return BOARD_VIEWS.find((view) => view.id === id) ?? BOARD_VIEWS[0]!;
}
