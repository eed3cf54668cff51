import type { RoundTwoDB } from '../../core/db/schema';
import type { SearchHit } from '../../core/search/types';

/**
 * Where a page's search index lives. In a browser it is a worker: loading the stored index of
 * thousands of clips (megabytes of JSON) never blocks typing or scrolling. Without workers (tests)
 * the same index runs in the page.
 */
export interface SearchClient {
  search(text: string, limit: number): Promise<SearchHit[]>;
  /** Applies changes written since it last looked; resolves to how many log lines it read. */
  sync(): Promise<number>;
}

/** What the page asks the worker, and what it answers (`id` pairs them). */
type SearchAsk = { op: 'search'; text: string; limit: number } | { op: 'sync' };
export type SearchRequest = SearchAsk & { id: number };
export type SearchResponse = { id: number } & ({ ok: true; hits?: SearchHit[]; changed?: number } | { ok: false; message: string });

/** Talks to a search worker; a worker that fails (it could not load, it crashed) fails every question, never leaves one waiting. */
export function workerClient(worker: Pick<Worker, 'postMessage' | 'addEventListener'>): SearchClient {
  let next = 0;
  let failure: Error | undefined;
  const waiting = new Map<number, { resolve: (response: SearchResponse) => void; reject: (error: Error) => void }>();
  worker.addEventListener('message', (event: MessageEvent<SearchResponse>) => {
    waiting.get(event.data.id)?.resolve(event.data);
    waiting.delete(event.data.id);
  });
  const fail = (event: Event) => {
    failure = new Error((event as ErrorEvent).message || 'the search stopped');
    for (const question of waiting.values()) question.reject(failure);
    waiting.clear();
  };
  worker.addEventListener('error', fail);
  worker.addEventListener('messageerror', fail);
  const ask = (request: SearchAsk) =>
    new Promise<SearchResponse>((resolve, reject) => {
      if (failure) return reject(failure);
      const id = ++next;
      waiting.set(id, { resolve, reject });
      worker.postMessage({ ...request, id });
    }).then((response) => {
      if (!response.ok) throw new Error(response.message);
      return response;
    });
  return {
    search: async (text, limit) => (await ask({ op: 'search', text, limit })).hits ?? [],
    sync: async () => (await ask({ op: 'sync' })).changed ?? 0,
  };
}

async function pageClient(db: RoundTwoDB): Promise<SearchClient> {
  const { SearchIndex } = await import('../../core/search/service');
  const index = await SearchIndex.open(db);
  return { search: async (text, limit) => index.search(text, limit), sync: () => index.sync() };
}

/** The benchmark compares the worker with the index in the page; only its build (e2e) can ask for that. */
function inPageForBench(): boolean {
  return import.meta.env.MODE === 'e2e' && globalThis.localStorage?.getItem('roundTwo.benchSearchInPage') === '1';
}

/**
 * Opens the search of a page. The worker opens the extension's own database; a page given another
 * database (tests) searches in the page.
 */
export async function openSearchClient(db: RoundTwoDB, own: boolean): Promise<SearchClient> {
  if (!own || typeof Worker === 'undefined' || inPageForBench()) return pageClient(db);
  const worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
  const client = workerClient(worker);
  await client.sync(); // The index is loaded (or built) and current: the first answer waits for it.
  return client;
}
