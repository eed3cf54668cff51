import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { RoundTwoDB } from '../../core/db/schema';
import type { BoardStore } from '../store';

/** Where the board is shown: the popup's dashboard, the side panel beside the page, or the full tab. */
export type BoardLayout = 'popup' | 'panel' | 'wide';

export interface BoardContextValue {
  db: RoundTwoDB;
  store: BoardStore;
  layout: BoardLayout;
}

export const BoardContext = createContext<BoardContextValue | undefined>(undefined);

/** The database, store and layout of the board a view is shown in. */
export function useBoard(): BoardContextValue {
  const value = useContext(BoardContext);
  if (!value) throw new Error('A board view was rendered outside a board.');
  return value;
}
