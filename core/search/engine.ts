import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import { processTerm, tokenize } from './normalize';
import type { SearchDoc, SearchHit } from './types';

const STORED = ['type', 'key', 'companyId', 'title', 'snippet', 'place', 'kind'] as const;

/**
 * A clip's text is long and repeats itself: each distinct word is indexed once, which
 * halves the work of building the index and costs only term frequency in the ranking.
 */
function tokenizeField(text: string, field?: string): string[] {
  const tokens = tokenize(text);
  return field === 'text' ? [...new Set(tokens)] : tokens;
}

const SEARCH: SearchOptions = {
  // The word being typed is a prefix from its third letter; finished words match whole. (Two
  // letters would expand to thousands of terms at 5,000 clips.)
  prefix: (term, index, terms) => index === terms.length - 1 && term.length >= 3,
  // Light typo tolerance: one edit in words of five letters or more. (Two edits in long words
  // tripled the time of those queries at 5,000 clips.)
  fuzzy: (term) => (term.length >= 5 ? 1 : false),
  maxFuzzy: 1,
  boost: { title: 3 },
  combineWith: 'AND',
};

export const ENGINE_OPTIONS: Options<SearchDoc> = {
  fields: ['title', 'text'],
  storeFields: [...STORED],
  tokenize: tokenizeField,
  processTerm,
  searchOptions: SEARCH,
};

export type SearchEngine = MiniSearch<SearchDoc>;

export function createEngine(): SearchEngine {
  return new MiniSearch<SearchDoc>(ENGINE_OPTIONS);
}

export function loadEngine(json: string): SearchEngine {
  return MiniSearch.loadJSON<SearchDoc>(json, ENGINE_OPTIONS);
}

/** Adds or replaces a document. */
export function upsert(engine: SearchEngine, doc: SearchDoc): void {
  if (engine.has(doc.id)) engine.replace(doc);
  else engine.add(doc);
}

export function remove(engine: SearchEngine, id: string): void {
  if (engine.has(id)) engine.discard(id);
}

/** The best `limit` matches of a query; an empty or stop-word-only query finds nothing. */
export function query(engine: SearchEngine, text: string, limit = 50): SearchHit[] {
  if (!text.trim()) return [];
  return engine
    .search(text)
    .slice(0, limit)
    .map((result) => ({
      id: String(result.id),
      type: String(result.type),
      key: String(result.key),
      companyId: String(result.companyId),
      title: String(result.title ?? ''),
      snippet: String(result.snippet ?? ''),
      ...(result.place ? { place: String(result.place) } : {}),
      ...(result.kind ? { kind: String(result.kind) } : {}),
      score: result.score,
    }));
}
