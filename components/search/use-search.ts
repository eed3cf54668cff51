import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { getDb, type RoundTwoDB } from '../../core/db/schema';
import type { SearchHit } from '../../core/search/types';
import { openSearchClient, type SearchClient } from './client';

const opened = new WeakMap<RoundTwoDB, Promise<SearchClient>>();

/** One search per page and database, opened on first use (MiniSearch loads only then: the popup starts smaller). */
export function searchClientOf(db: RoundTwoDB): Promise<SearchClient> {
  let client = opened.get(db);
  if (!client) {
    client = openSearchClient(db, db === getDb());
    opened.set(db, client);
    client.catch(() => opened.delete(db));
  }
  return client;
}

export type IndexState = { status: 'idle' | 'loading' } | { status: 'ready'; client: SearchClient; version: number } | { status: 'error'; message: string };

/**
 * The page's search once `wanted` (the user reached the search box): the popup does not
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
    searchClientOf(db).then(
      (client) => {
        if (!live) return;
        setState({ status: 'ready', client, version });
        const subscription = liveQuery(() => db.searchLog.orderBy('seq').lastKey()).subscribe({
          next: () =>
            void client.sync().then(
              (changed) => {
                if (changed && live) setState({ status: 'ready', client, version: ++version });
              },
              // A page closing (its database with it) mid-update: the next change catches up.
              () => undefined,
            ),
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

/** The hits of `text`, and the text they answer (an answer for an older text is dropped). */
export interface SearchResult {
  text: string;
  hits: SearchHit[];
  /** Why the search could not answer (it stopped): said, never shown as "nothing found". */
  error?: string;
}

/** Asks the search for `text` whenever it, the index or the limit changes. */
export function useSearchResult(state: IndexState, text: string, limit: number): SearchResult | undefined {
  const [result, setResult] = useState<SearchResult | undefined>(undefined);
  const version = state.status === 'ready' ? state.version : -1;
  useEffect(() => {
    if (state.status !== 'ready' || !text.trim()) return setResult(undefined);
    let live = true;
    state.client.search(text, limit).then(
      (hits) => live && setResult({ text, hits }),
      (error: unknown) => live && setResult({ text, hits: [], error: String(error) }),
    );
    return () => {
      live = false;
    };
  }, [state, version, text, limit]);
  return result;
}
