import type { SearchTarget } from '../../core/search/types';
import type { BoardStore } from '../store';

/** Today's board: a clip opens in the reader, anything else on its company's board. */
export function openSearchTarget(store: Pick<BoardStore, 'open'>, target: SearchTarget): void {
  if (target.type === 'clip') store.open({ name: 'clip', clipId: target.key, companyId: target.companyId });
  else store.open({ name: 'company', companyId: target.companyId });
}
