import Dexie, { type EntityTable } from 'dexie';
import { backfillAggregates, type AggregateTables } from '../company/aggregates';
import type { Clip, ClipContent, Company, CompanyEvidence, Interview, Note } from '../model';

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
  companyEvidence!: EntityTable<CompanyEvidence, 'companyId'>;

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
    // Version 3: lists read counts, role and evidence from records kept with the clips, not from
    // every clip. [companyId+updatedAt] gives a company's newest clips a page at a time.
    this.version(3)
      .stores({
        clips: 'id, &url, companyId, clippedAt, [companyId+updatedAt]',
        companyEvidence: 'companyId',
      })
      .upgrade((tx) =>
        backfillAggregates({
          companies: tx.table('companies'),
          clips: tx.table('clips'),
          companyEvidence: tx.table('companyEvidence'),
        } as AggregateTables),
      );
  }
}

let shared: RoundTwoDB | undefined;

/** The database of this extension context (popup, board or background). */
export function getDb(): RoundTwoDB {
  shared ??= new RoundTwoDB();
  return shared;
}
