import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTransaction, Middleware } from 'dexie';

/**
 * Every write to the user's tables leaves a line in `searchLog`, in the same transaction,
 * whichever context writes (the background's clip, the board's answer, an import). The
 * search index applies the lines it has not seen: it is never out of date, even when it
 * was closed while the data changed, and it never reads every clip to find out.
 */
export const SEARCH_LOG = 'searchLog';
export const SEARCH_STATE = 'searchIndex';

/** Derived tables: rebuilt from the others, so never logged, exported or imported. */
// `companyEvidence` is recomputed from the clips (core/company/aggregates.ts), after an import too.
export const DERIVED_TABLES: readonly string[] = [SEARCH_LOG, SEARCH_STATE, 'companyEvidence'];

/** A line of the log; `key` `'*'` means "anything in this table may have changed". */
export interface SearchLogEntry {
  seq?: number;
  table: string;
  key: string;
}

export const ALL_KEYS = '*';

function hasStore(trans: DBCoreTransaction, name: string): boolean {
  // The IndexedDB core's transaction is the IDBTransaction. During a schema upgrade the log
  // may not exist yet; those writes are covered by the rebuild a new schema version triggers.
  const stores = (trans as Partial<IDBTransaction>).objectStoreNames;
  return stores?.contains(name) ?? false;
}

/**
 * The keys a write will change, known before it runs (our records carry their ids), so the
 * log line is queued together with the write: a page closing right after a save (an answer
 * flushed on pagehide) must not need one more round trip for the line.
 */
function keysBefore(req: DBCoreMutateRequest, extractKey: ((value: unknown) => unknown) | null): string[] | undefined {
  if (req.type === 'deleteRange') return [ALL_KEYS];
  if (req.type === 'delete') return req.keys.map(String);
  const keys = req.keys ?? (extractKey ? req.values.map((value) => extractKey(value)) : undefined);
  return keys?.every((key) => key !== undefined && key !== null) ? keys.map(String) : undefined;
}

function keysAfter(res: DBCoreMutateResponse): string[] {
  return (res.results ?? []).filter((key) => key !== undefined && key !== null).map(String);
}

function watched(table: string): boolean {
  return !DERIVED_TABLES.includes(table) && !table.startsWith('_');
}

export const searchLogMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'SearchLog',
  create: (down) => ({
    ...down,
    transaction(stores, mode, options) {
      const widened = mode === 'readwrite' && stores.some(watched) && !stores.includes(SEARCH_LOG) ? [...stores, SEARCH_LOG] : stores;
      // A database opened without the log (an older schema in a test) still works, unlogged.
      const known = widened.filter((name) => name !== SEARCH_LOG || down.schema.tables.some((table) => table.name === SEARCH_LOG));
      return down.transaction(known, mode, options);
    },
    table(name) {
      const table = down.table(name);
      if (!watched(name)) return table;
      return {
        ...table,
        async mutate(req) {
          if (!hasStore(req.trans, SEARCH_LOG)) return table.mutate(req);
          const log = (keys: string[]) => {
            const values: SearchLogEntry[] = [...new Set(keys)].map((key) => ({ table: name, key }));
            return values.length ? down.table(SEARCH_LOG).mutate({ type: 'add', trans: req.trans, values }) : undefined;
          };
          const known = keysBefore(req, table.schema.primaryKey.extractKey);
          if (known) {
            const written = table.mutate(req);
            const logged = log(known);
            return (await Promise.all([written, logged]))[0];
          }
          // Keys the database generates are known only afterwards.
          const res = await table.mutate(req);
          await log(keysAfter(res));
          return res;
        },
      };
    },
  }),
};

/** `searchIndex` rows: `meta` (what the stored index has applied) and `index` (MiniSearch's JSON). */
export interface SearchStateRow {
  id: 'meta' | 'index';
  seq?: number;
  format?: number;
  dbVersion?: number;
  json?: string;
}
