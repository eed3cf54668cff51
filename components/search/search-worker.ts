/// <reference lib="webworker" />
import { getDb } from '../../core/db/schema';
import { SearchIndex } from '../../core/search/service';
import type { SearchRequest, SearchResponse } from './client';

// The search index of one extension page, loaded and kept current away from its main thread.
let opened: Promise<SearchIndex> | undefined;
const index = () => (opened ??= SearchIndex.open(getDb()));
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener('message', (event: MessageEvent<SearchRequest>) => {
  const request = event.data;
  const answer = async (): Promise<SearchResponse> => {
    const search = await index();
    if (request.op === 'sync') return { id: request.id, ok: true, changed: await search.sync() };
    return { id: request.id, ok: true, hits: search.search(request.text, request.limit) };
  };
  answer().then(
    (response) => scope.postMessage(response),
    (error: unknown) => {
      opened = undefined; // A failed open is tried again by the next request.
      scope.postMessage({ id: request.id, ok: false, message: String(error) } satisfies SearchResponse);
    },
  );
});
