import type Dexie from 'dexie';
import { backfillAggregates, type AggregateTables } from '../company/aggregates';
import { peopleFromClips } from '../interview/people-from-clips';
import type { JobAd, JsonLdNode, TextBlock } from '../model';
import { backupTableNames, belongsTo, type BackupFile, type BackupRecord } from './format';
import { mergeRecord } from './merge';

export type ImportMode = 'merge' | 'replace';

export interface ImportSummary {
  added: number;
  updated: number;
  /** Answers or clip notes that differed: both texts were kept. */
  keptBoth: number;
}

/** The order that lets clips be matched before the records that point at them. */
const FIRST = ['companies', 'clips', 'clipContents', 'notes'];
const ordered = (names: string[]) => [...names].sort((a, b) => (FIRST.indexOf(a) + 1 || 99) - (FIRST.indexOf(b) + 1 || 99));

/** A clip the file and this profile both have under different ids (same URL) keeps this profile's id. */
async function clipIdsByUrl(db: Dexie, clips: readonly BackupRecord[]): Promise<Map<string, string>> {
  const urls = clips.map((clip) => String(clip.url));
  const here = (await db.table('clips').where('url').anyOf(urls).toArray()) as BackupRecord[];
  const byUrl = new Map(here.map((clip) => [String(clip.url), String(clip.id)]));
  const remap = new Map<string, string>();
  for (const clip of clips) {
    const existing = byUrl.get(String(clip.url));
    if (existing && existing !== clip.id) remap.set(String(clip.id), existing);
  }
  return remap;
}

function remapped(table: string, record: BackupRecord, remap: ReadonlyMap<string, string>): BackupRecord {
  const id = typeof record.id === 'string' ? remap.get(record.id) : undefined;
  const clipId = typeof record.clipId === 'string' ? remap.get(record.clipId) : undefined;
  if (table === 'clips' && id && Array.isArray(record.people)) return { ...record, id, people: (record.people as BackupRecord[]).map((person) => ({ ...person, clipId: id })) };
  if (table === 'clips' || table === 'clipContents') return id ? { ...record, id } : record;
  return clipId ? { ...record, clipId } : record;
}

/** A clip from a file written before clips kept the people they name gets them from its page in the file. */
function namingPeople(clip: BackupRecord, contents: ReadonlyMap<unknown, BackupRecord>): BackupRecord {
  if (Array.isArray(clip.people)) return clip;
  const content = contents.get(clip.id);
  const jobAd = clip.jobAd as JobAd | undefined;
  const people = peopleFromClips([
    { clipId: String(clip.id), ...(jobAd ? { jobAd } : {}), jsonLd: (content?.jsonLd as JsonLdNode[] | undefined) ?? [], blocks: (content?.blocks as TextBlock[] | undefined) ?? [] },
  ]);
  return { ...clip, people };
}

/** A second answer to the same prompt of a company joins the one already here. */
async function existingAnswer(db: Dexie, note: BackupRecord): Promise<BackupRecord | undefined> {
  if (note.kind !== 'answer') return undefined;
  const notes = (await db.table('notes').where('[companyId+promptId]').equals([String(note.companyId), String(note.promptId)]).toArray()) as BackupRecord[];
  return notes.find((other) => other.kind === 'answer');
}

async function mergeTable(db: Dexie, table: string, records: BackupRecord[], summary: ImportSummary): Promise<void> {
  const store = db.table(table);
  const keyPath = store.schema.primKey.keyPath;
  if (typeof keyPath !== 'string') {
    await store.bulkPut(records);
    summary.added += records.length;
    return;
  }
  const here = (await store.bulkGet(records.map((record) => record[keyPath] as string))) as Array<BackupRecord | undefined>;
  for (const [i, incoming] of records.entries()) {
    const existing = here[i] ?? (table === 'notes' ? await existingAnswer(db, incoming) : undefined);
    if (!existing) {
      await store.add(incoming);
      summary.added += 1;
      continue;
    }
    const { record, keptBoth } = mergeRecord(table, existing, incoming);
    await store.put(record);
    summary.updated += 1;
    if (keptBoth) summary.keptBoth += 1;
  }
}

/** Everything, or everything of one company (its clips' contents included). */
async function clearFor(db: Dexie, names: readonly string[], companyId: string | undefined): Promise<void> {
  if (!companyId) {
    for (const name of names) await db.table(name).clear();
    return;
  }
  const keys = await db.table('clips').where('companyId').equals(companyId).primaryKeys();
  const clipIds = new Set(keys.map(String));
  for (const name of names) await db.table(name).filter((record: BackupRecord) => belongsTo(name, record, companyId, clipIds)).delete();
}

/**
 * What the file's rows would collide with wherever it lives now: a clip since moved to another
 * company (same id or same URL: clips are unique by URL) with its content, and any record under
 * the same key (a note or person that followed a merge). Notes elsewhere that cite a clip of the
 * same URL under another id are pointed at the file's clip, so they keep their source.
 */
async function clearCollisions(db: Dexie, names: readonly string[], backup: BackupFile): Promise<void> {
  const fileClips = backup.tables.clips ?? [];
  const sameUrl = (await db.table('clips').where('url').anyOf(fileClips.map((clip) => String(clip.url))).toArray()) as BackupRecord[];
  const fileIdByUrl = new Map(fileClips.map((clip) => [String(clip.url), String(clip.id)]));
  const renamed = new Map<string, string>();
  for (const clip of sameUrl) {
    const fileId = fileIdByUrl.get(String(clip.url));
    if (fileId && fileId !== clip.id) renamed.set(String(clip.id), fileId);
  }
  if (renamed.size > 0) {
    await db.table('clips').bulkDelete([...renamed.keys()]);
    await db.table('clipContents').bulkDelete([...renamed.keys()]);
    await db
      .table('notes')
      .filter((note: BackupRecord) => typeof note.clipId === 'string' && renamed.has(note.clipId))
      .modify((note: BackupRecord) => {
        note.clipId = renamed.get(String(note.clipId));
      });
  }
  for (const name of names) {
    const keyPath = db.table(name).schema.primKey.keyPath;
    if (typeof keyPath !== 'string') continue;
    const fileKeys = (backup.tables[name] ?? []).map((record) => record[keyPath]).filter((key): key is string | number => typeof key === 'string' || typeof key === 'number');
    if (fileKeys.length > 0) await db.table(name).bulkDelete(fileKeys);
  }
}

/**
 * Writes a checked backup in one transaction: it all lands or nothing does. `merge` adds and
 * updates (same ids and clip URLs are the same records; the user's words are never dropped);
 * `replace` makes this profile (or, for a one-company file, that company) what the file holds.
 */
export async function importBackup(db: Dexie, backup: BackupFile, mode: ImportMode): Promise<ImportSummary> {
  const names = backupTableNames(db);
  const summary: ImportSummary = { added: 0, updated: 0, keptBoth: 0 };
  // The company aggregates and evidence records are derived: recomputed from the imported clips in the same transaction.
  const derived = db.tables.some((table) => table.name === 'companyEvidence') ? ['companyEvidence'] : [];
  await db.transaction('rw', [...names, ...derived], async () => {
    if (mode === 'replace') {
      await clearFor(db, names, backup.companyId);
      if (backup.companyId) await clearCollisions(db, names, backup);
    }
    const remap = mode === 'merge' ? await clipIdsByUrl(db, backup.tables.clips ?? []) : new Map<string, string>();
    const contents = new Map((backup.tables.clipContents ?? []).map((content) => [content.id, content]));
    for (const name of ordered(Object.keys(backup.tables))) {
      const records = (backup.tables[name] ?? []).map((record) => remapped(name, name === 'clips' ? namingPeople(record, contents) : record, remap));
      if (mode === 'replace') {
        await db.table(name).bulkAdd(records);
        summary.added += records.length;
      } else await mergeTable(db, name, records, summary);
    }
    if (derived.length) await backfillAggregates({ companies: db.table('companies'), clips: db.table('clips'), companyEvidence: db.table('companyEvidence') } as AggregateTables);
  });
  return summary;
}
