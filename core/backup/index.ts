import type Dexie from 'dexie';
import { collectBackup } from './format';
import { importBackup, type ImportMode, type ImportSummary } from './restore';
import { checkBackup, type BackupProblem } from './validate';

export { BACKUP_FORMAT_VERSION, BACKUP_MARK, backupTableNames, collectBackup, type BackupFile } from './format';
export { importBackup, type ImportMode, type ImportSummary } from './restore';
export { checkBackup, type BackupCheck, type BackupProblem } from './validate';

/** The backup as the text of a `.json` file. */
export async function backupText(db: Dexie, companyId?: string, now?: Date): Promise<string> {
  return `${JSON.stringify(await collectBackup(db, companyId, now), null, 1)}\n`;
}

export type RestoreResult = { ok: true; summary: ImportSummary } | { ok: false; problem: BackupProblem };

/** Checks the whole file, then imports it; a refused file leaves the database as it was. */
export async function restoreBackup(db: Dexie, text: string, mode: ImportMode): Promise<RestoreResult> {
  const check = checkBackup(text, db);
  if (!check.ok) return check;
  return { ok: true, summary: await importBackup(db, check.backup, mode) };
}
