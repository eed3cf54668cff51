import type { RoundTwoDB } from '../db/schema';
import { ADAPTERS, docId, type SearchAdapter } from './adapters';
import { ALL_KEYS, type SearchLogEntry } from './change-log';
import { createEngine, loadEngine, query, remove, upsert, type SearchEngine } from './engine';
import type { SearchHit } from './types';

/** Bump when the documents or the tokenizer change: a stored index of another format is rebuilt. */
export const INDEX_FORMAT = 1;
/** After this many applied changes the index is stored again (fewer are re-applied at the next start). */
const PERSIST_AFTER = 200;
const BATCH = 200;

async function lastSeq(db: RoundTwoDB): Promise<number> {
  return ((await db.searchLog.orderBy('seq').lastKey()) as number | undefined) ?? 0;
}

async function addAll(db: RoundTwoDB, engine: SearchEngine, adapter: SearchAdapter): Promise<void> {
  const keys = await adapter.allKeys(db);
  for (let i = 0; i < keys.length; i += BATCH) engine.addAll(await adapter.load(db, keys.slice(i, i + BATCH)));
}

/**
 * The search index of one extension page: loaded from its stored copy (or built once),
 * then kept current from the change log. Queries never touch the database.
 */
export class SearchIndex {
  private unsaved = 0;
  private syncing: Promise<number> | undefined;

  private constructor(
    private readonly db: RoundTwoDB,
    private engine: SearchEngine,
    private seq: number,
    private readonly adapters: readonly SearchAdapter[],
  ) {}

  static async open(db: RoundTwoDB, adapters: readonly SearchAdapter[] = ADAPTERS): Promise<SearchIndex> {
    const stored = await SearchIndex.loadStored(db);
    const index = stored ? new SearchIndex(db, stored.engine, stored.seq, adapters) : await SearchIndex.build(db, adapters);
    await index.sync();
    return index;
  }

  /** The stored index, when it was made by this format over this schema. */
  private static async loadStored(db: RoundTwoDB): Promise<{ engine: SearchEngine; seq: number } | undefined> {
    const [meta, stored] = await db.searchIndex.bulkGet(['meta', 'index']);
    if (meta?.seq === undefined || stored?.json === undefined || meta.format !== INDEX_FORMAT || meta.dbVersion !== db.verno) return undefined;
    try {
      return { engine: loadEngine(stored.json), seq: meta.seq };
    } catch {
      return undefined; // A damaged copy is rebuilt, never trusted.
    }
  }

  /** Every document, from the tables; changes written meanwhile are in the log after `seq`. */
  static async build(db: RoundTwoDB, adapters: readonly SearchAdapter[] = ADAPTERS): Promise<SearchIndex> {
    const seq = await lastSeq(db);
    const engine = createEngine();
    for (const adapter of adapters) await addAll(db, engine, adapter);
    const index = new SearchIndex(db, engine, seq, adapters);
    await index.persist();
    return index;
  }

  search(text: string, limit?: number): SearchHit[] {
    return query(this.engine, text, limit);
  }

  get documentCount(): number {
    return this.engine.documentCount;
  }

  /** Applies the changes logged since this index last looked; resolves to how many lines it read. */
  sync(): Promise<number> {
    this.syncing ??= this.applyLog().finally(() => (this.syncing = undefined));
    return this.syncing;
  }

  private async applyLog(): Promise<number> {
    const meta = await this.db.searchIndex.get('meta');
    // Another page stored a newer index and pruned the lines before it: start from that copy.
    if (meta?.seq !== undefined && meta.seq > this.seq) {
      const stored = await SearchIndex.loadStored(this.db);
      if (stored) ({ engine: this.engine, seq: this.seq } = stored);
    }
    const lines = await this.db.searchLog.where('seq').above(this.seq).toArray();
    if (!lines.length) return 0;
    if (lines.some((line) => line.key === ALL_KEYS && this.adapters.some((a) => a.tables.includes(line.table)))) {
      const fresh = await SearchIndex.build(this.db, this.adapters);
      ({ engine: this.engine, seq: this.seq } = fresh);
      return lines.length;
    }
    for (const adapter of this.adapters) await this.refresh(adapter, lines);
    this.seq = lines.at(-1)!.seq!;
    this.unsaved += lines.length;
    if (this.unsaved >= PERSIST_AFTER) await this.persist();
    return lines.length;
  }

  private async refresh(adapter: SearchAdapter, lines: readonly SearchLogEntry[]): Promise<void> {
    const keys = [...new Set(lines.filter((line) => adapter.tables.includes(line.table)).map((line) => line.key))];
    for (let i = 0; i < keys.length; i += BATCH) {
      const batch = keys.slice(i, i + BATCH);
      const docs = await adapter.load(this.db, batch);
      const found = new Set(docs.map((doc) => doc.id));
      for (const key of batch) if (!found.has(docId(adapter.type, key))) remove(this.engine, docId(adapter.type, key));
      for (const doc of docs) upsert(this.engine, doc);
    }
  }

  /** Stores the index and drops the log lines it contains. */
  async persist(): Promise<void> {
    const json = JSON.stringify(this.engine);
    const seq = this.seq;
    await this.db.transaction('rw', this.db.searchIndex, this.db.searchLog, async () => {
      await this.db.searchIndex.bulkPut([
        { id: 'meta', seq, format: INDEX_FORMAT, dbVersion: this.db.verno },
        { id: 'index', json },
      ]);
      await this.db.searchLog.where('seq').belowOrEqual(seq).delete();
    });
    this.unsaved = 0;
  }
}
