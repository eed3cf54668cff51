import Dexie, { type EntityTable } from 'dexie';
import type { Clip, ClipContent, Company, Interview, Note } from '../model';
import { searchLogMiddleware, type SearchLogEntry, type SearchStateRow } from '../search/change-log';

export const DB_NAME = 'round-two';

/**
 * The one database. Every version stays in this chain: users upgrade from any
 * of them. Index only what is queried.
 */
export class RoundTwoDB extends Dexie {
  companies!: EntityTable<Company, 'id'>;
  clips!: EntityTable<Clip, 'id'>;
  clipContents!: EntityTable<ClipContent, 'id'>;
  notes!: EntityTable<Note, 'id'>;
  interviews!: EntityTable<Interview, 'id'>;
  /** Derived (search): what changed since the stored index, and the index itself. */
  searchLog!: EntityTable<SearchLogEntry, 'seq'>;
  searchIndex!: EntityTable<SearchStateRow, 'id'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      // *domains: a company is found by any site it was seen on.
      companies: 'id, *domains, *normNames, updatedAt',
      // &url: one clip per canonical URL.
      clips: 'id, &url, companyId, clippedAt',
      // The large part of each clip, read only when the clip is opened.
      clipContents: 'id',
      notes: 'id, companyId, [companyId+promptId]',
      interviews: 'id, companyId',
    });
    // Versions 2 and 3 come from other branches; this one only adds the search tables.
    this.version(4).stores({
      searchLog: '++seq',
      searchIndex: 'id',
    });
    this.use(searchLogMiddleware);
  }
}

let shared: RoundTwoDB | undefined;

/** The database of this extension context (popup, board or background). */
export function getDb(): RoundTwoDB {
  shared ??= new RoundTwoDB();
  return shared;
}
