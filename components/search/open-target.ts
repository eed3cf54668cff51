import type { SearchTarget } from '../../core/search/types';
import type { BoardStore } from '../store';

/** A clip opens in the reader, a person on the company's Interview view, a note on its Prepare view. */
export function openSearchTarget(store: Pick<BoardStore, 'open'>, target: SearchTarget): void {
  if (target.type === 'clip') store.open({ name: 'clip', clipId: target.key, companyId: target.companyId });
  // People live in the Interview view; answers, pins and improvements on the Prepare view.
  else store.open({ name: 'company', companyId: target.companyId, section: target.type === 'person' ? 'interview' : 'prep' });
}
