import type Dexie from 'dexie';
import { DERIVED_TABLES } from '../search/change-log';

/** Marks a file as a Round Two backup. */
export const BACKUP_MARK = 'round-two-backup';
/** The envelope's version. Tables added to the schema need no bump: they are listed by name. */
export const BACKUP_FORMAT_VERSION = 1;

export type BackupRecord = Record<string, unknown>;

export interface BackupFile {
  format: typeof BACKUP_MARK;
  formatVersion: number;
  /** The database version that wrote it: a newer one may hold what this one cannot read. */
  dbVersion: number;
  exportedAt: string;
  /** Set when only one company was exported. */
  companyId?: string;
  tables: Record<string, BackupRecord[]>;
}

/** Every table of the schema except the derived ones (the search index is rebuilt). */
export function backupTableNames(db: Dexie): string[] {
  return db.tables.map((table) => table.name).filter((name) => !DERIVED_TABLES.includes(name));
}

/**
 * Whether a record belongs to one company: by its `companyId`, or (a clip's content) by
 * sharing its id with one of the company's clips, or being the company itself.
 */
export function belongsTo(table: string, record: BackupRecord, companyId: string, clipIds: ReadonlySet<string>): boolean {
  if (table === 'companies') return record.id === companyId;
  if ('companyId' in record) return record.companyId === companyId;
  return typeof record.id === 'string' && clipIds.has(record.id);
}

const byKey = (a: BackupRecord, b: BackupRecord) => String(a.id ?? '').localeCompare(String(b.id ?? ''));

/** Every table (or what belongs to one company) read in one transaction, in a stable order. */
export async function collectBackup(db: Dexie, companyId?: string, now = new Date()): Promise<BackupFile> {
  const names = backupTableNames(db);
  const tables: Record<string, BackupRecord[]> = {};
  await db.transaction('r', names, async () => {
    for (const name of names) tables[name] = ((await db.table(name).toArray()) as BackupRecord[]).sort(byKey);
  });
  if (companyId) {
    const clipIds = new Set((tables.clips ?? []).filter((clip) => clip.companyId === companyId).map((clip) => String(clip.id)));
    for (const name of names) tables[name] = tables[name]!.filter((record) => belongsTo(name, record, companyId, clipIds));
  }
  return {
    format: BACKUP_MARK,
    formatVersion: BACKUP_FORMAT_VERSION,
    dbVersion: db.verno,
    exportedAt: now.toISOString(),
    ...(companyId ? { companyId } : {}),
    tables,
  };
}
