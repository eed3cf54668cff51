import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import type { RoundTwoDB } from '../../core/db/schema';
import type { SearchIndex } from '../../core/search/service';

const opened = new WeakMap<RoundTwoDB, Promise<SearchIndex>>();

/** One index per page and database, opened on first use (MiniSearch loads only then: the popup starts smaller). */
export function searchIndexOf(db: RoundTwoDB): Promise<SearchIndex> {
  let index = opened.get(db);
  if (!index) {
    index = import('../../core/search/service').then((module) => module.SearchIndex.open(db));
    opened.set(db, index);
    index.catch(() => opened.delete(db));
  }
  return index;
}

export type IndexState = { status: 'idle' | 'loading' } | { status: 'ready'; index: SearchIndex; version: number } | { status: 'error'; message: string };

/**
 * The page's search index once `wanted` (the user reached the search box): the popup does not
 * pay for it on every open. It follows the change log while mounted; `version` counts updates.
 */
export function useSearchIndex(db: RoundTwoDB, wanted: boolean): IndexState {
  const [state, setState] = useState<IndexState>({ status: 'idle' });
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    let version = 0;
    let unsubscribe = () => {};
    setState({ status: 'loading' });
    searchIndexOf(db).then(
      (index) => {
        if (!live) return;
        setState({ status: 'ready', index, version });
        const subscription = liveQuery(() => db.searchLog.orderBy('seq').lastKey()).subscribe({
          next: () =>
            void index.sync().then((changed) => {
              if (changed && live) setState({ status: 'ready', index, version: ++version });
            }),
        });
        unsubscribe = () => subscription.unsubscribe();
      },
      (error: unknown) => live && setState({ status: 'error', message: String(error) }),
    );
    return () => {
      live = false;
      unsubscribe();
    };
  }, [db, wanted]);
  return state;
}
