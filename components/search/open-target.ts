import type { SearchTarget } from '../../core/search/types';
import type { View } from '../board/route';
import type { BoardStore } from '../store';

/** Where a result opens: a clip in the reader, a person on the company's Interview view, a note at its prompt on the Prepare view. */
export function searchTargetView(target: SearchTarget): View {
  if (target.type === 'clip') return { name: 'clip', clipId: target.key, companyId: target.companyId };
  if (target.type === 'person') return { name: 'company', companyId: target.companyId, section: 'interview' };
  return { name: 'company', companyId: target.companyId, section: 'prep', ...(target.place ? { focus: target.place } : {}) };
}

export function openSearchTarget(store: Pick<BoardStore, 'open'>, target: SearchTarget): void {
  store.open(searchTargetView(target));
}
