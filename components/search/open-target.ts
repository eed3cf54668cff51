import type { SearchTarget } from '../../core/search/types';
import type { View } from '../board/route';
import type { BoardStore } from '../store';

/** Where a result opens: a clip in the reader, a person on the company's Interview view, a note on its Prepare view. */
export function searchTargetView(target: SearchTarget): View {
  if (target.type === 'clip') return { name: 'clip', clipId: target.key, companyId: target.companyId };
  return { name: 'company', companyId: target.companyId, section: target.type === 'person' ? 'interview' : 'prep' };
}

export function openSearchTarget(store: Pick<BoardStore, 'open'>, target: SearchTarget): void {
  store.open(searchTargetView(target));
}
