import Dexie, { type EntityTable, type Transaction } from 'dexie';
import { backfillAggregates, type AggregateTables } from '../company/aggregates';
import { backfillClipPeople } from './backfill-people';
import { storedNameKeys } from '../company/names';
import type { InterviewPrep, InterviewRound, Person, Reminder } from '../interview/types';
import type { Clip, ClipContent, Company, CompanyEvidence, Note } from '../model';
import { searchLogMiddleware, type SearchLogEntry, type SearchStateRow } from '../search/change-log';

export const DB_NAME = 'round-two';

/** Adds each stored company's keys in the current name form; only companies whose keys change are written (and so re-indexed for search). */
function addCurrentNameKeys(tx: Transaction) {
  const keys = (company: Company): string[] => [...new Set([...company.normNames, ...[company.name, ...company.normNames].flatMap(storedNameKeys)])];
  return tx
    .table<Company, string>('companies')
    .filter((company) => keys(company).length !== company.normNames.length)
    .modify((company) => {
      company.normNames = keys(company);
    });
}

/**
 * The one database. Every version stays in this chain: users upgrade from any
 * of them. Index only what is queried.
 */
export class RoundTwoDB extends Dexie {
  companies!: EntityTable<Company, 'id'>;
  clips!: EntityTable<Clip, 'id'>;
  clipContents!: EntityTable<ClipContent, 'id'>;
  notes!: EntityTable<Note, 'id'>;
  /** Version 1 declared it; version 2 fills it with rounds (new fields are optional). */
  interviews!: EntityTable<InterviewRound, 'id'>;
  people!: EntityTable<Person, 'id'>;
  /** One record per company: decision, terms, own questions and papers. */
  interviewPrep!: EntityTable<InterviewPrep, 'companyId'>;
  reminders!: EntityTable<Reminder, 'id'>;
  companyEvidence!: EntityTable<CompanyEvidence, 'companyId'>;
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
    // Round two itself: people, the per-company prep record and planned reminders. Nothing to migrate.
    this.version(2).stores({
      people: 'id, companyId, [companyId+normName]',
      interviewPrep: 'companyId',
      reminders: 'id, companyId, interviewId, fireAt',
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
    // Version 4: search keeps a log of changed records and its stored index; clips are found by
    // domain (a site whose ads name several employers is a board: read at every ad's capture).
    this.version(4).stores({
      clips: 'id, &url, companyId, clippedAt, [companyId+updatedAt], domain',
      searchLog: '++seq',
      searchIndex: 'id',
    });
    // Version 5: each clip keeps the people it names and the company's evidence record their list,
    // so the interview view offers them without reading every page. Read once from the stored pages.
    this.version(5)
      .stores({})
      .upgrade(async (tx) => {
        const tables = { companies: tx.table('companies'), clips: tx.table('clips'), companyEvidence: tx.table('companyEvidence') } as AggregateTables;
        return backfillClipPeople(tables, tx.table('clipContents') as RoundTwoDB['clipContents']);
      });
    // Version 6: names fold "Sæther"/"Säther"/"Saether", "Bjerkås"/"Bjerkaas", "Nordøy"/"Nordoy" to one
    // key; version 7: a possessive joins its word, a leading "The" goes and "St" is written out. Each adds
    // the current keys to stored companies, so a page spelt the other way finds them.
    this.version(6).stores({}).upgrade(addCurrentNameKeys);
    this.version(7).stores({}).upgrade(addCurrentNameKeys);
    // Version 8: a looser key beside the current one (a genitive on the first word, "Company", a short form,
    // Nynorsk institution words), also as one word, so "Granlunds Bageri" finds "Granlund Bageri".
    this.version(8).stores({}).upgrade(addCurrentNameKeys);
    // Version 9: a legal form written out folds like its short form ("Kallvik Data Aktiebolag" = "Kallvik Data AB").
    this.version(9).stores({}).upgrade(addCurrentNameKeys);
    // Version 10: the looser key leaves out a last word of the trade ("Kestrel Ridge Software" = "KestrelRidge").
    this.version(10).stores({}).upgrade(addCurrentNameKeys);
    // Version 11: a name with one more trade word after "&" is also keyed without it ("Ardvale Foods & Kitchen" =
    // "Ardvale Foods"), and the Portuguese, Italian, Malaysian and Singaporean legal forms fold like the others.
    this.version(11).stores({}).upgrade(addCurrentNameKeys);
    // Version 12: the legal forms folded since (Pakistan's "Pvt. Ltd.", Vietnam's "JSC", the Gulf's "W.L.L." and
    // free-zone forms, Egypt's "S.A.E.", Bulgaria's "EOOD", Indonesia's "Tbk", Estonia's "OÜ") leave the key like the others.
    this.version(12).stores({}).upgrade(addCurrentNameKeys);
    // Version 13: British and American spellings key alike ("Neighbourhood"/"Neighborhood", "Centre"/"Center").
    this.version(13).stores({}).upgrade(addCurrentNameKeys);
    // Version 14: the British charity's and social enterprise's forms ("CIO", "CIC") leave the key like the others.
    this.version(14).stores({}).upgrade(addCurrentNameKeys);
    // Version 15: Colombia's "S.A.S.", Tunisia's "SUARL" and Turkey's "Sanayi ve Ticaret A.Ş." (also "San. ve Tic. A.Ş.")
    // leave the key like the others.
    this.version(15).stores({}).upgrade(addCurrentNameKeys);
    this.use(searchLogMiddleware);
  }
}

let shared: RoundTwoDB | undefined;

/** The database of this extension context (popup, board or background). */
export function getDb(): RoundTwoDB {
  shared ??= new RoundTwoDB();
  return shared;
}
