import type Dexie from 'dexie';
import * as v from 'valibot';
import { BACKUP_FORMAT_VERSION, BACKUP_MARK, backupTableNames, type BackupFile } from './format';
import { genericRecordSchema, RECORD_SCHEMAS } from './records';

/** Why a file cannot be imported; the UI says it in the user's language. */
export type BackupProblem =
  | { code: 'empty' | 'truncated' | 'notJson' | 'foreign' }
  | { code: 'newer'; version: number }
  | { code: 'unknownTable'; table: string }
  | { code: 'damaged'; field: string }
  | { code: 'invalid'; table: string; index: number; field: string }
  | { code: 'duplicate'; table: string; key: string };

export type BackupCheck = { ok: true; backup: BackupFile } | { ok: false; problem: BackupProblem };

const ENVELOPE = v.looseObject({
  format: v.literal(BACKUP_MARK),
  formatVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  dbVersion: v.pipe(v.number(), v.minValue(1)),
  exportedAt: v.string(),
  companyId: v.optional(v.string()),
  tables: v.record(v.string(), v.array(v.unknown())),
});

const fail = (problem: BackupProblem): BackupCheck => ({ ok: false, problem });

function parseJson(text: string): { value: unknown } | BackupProblem {
  if (!text.trim()) return { code: 'empty' };
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    // A download cut short ends in the middle of the data; anything else is not a backup at all.
    return { code: /^\s*\{/.test(text) && !/\}\s*$/.test(text) ? 'truncated' : 'notJson' };
  }
}

/**
 * Reads a backup file completely before anything is written: a file that is not JSON, cut
 * short, not Round Two's, from a newer version or holding a damaged record is refused whole.
 */
export function checkBackup(text: string, db: Dexie): BackupCheck {
  const parsed = parseJson(text);
  if ('code' in parsed) return fail(parsed);
  const raw = parsed.value as Partial<BackupFile> | null;
  if (typeof raw !== 'object' || raw === null || raw.format !== BACKUP_MARK) return fail({ code: 'foreign' });
  if (typeof raw.formatVersion === 'number' && raw.formatVersion > BACKUP_FORMAT_VERSION) return fail({ code: 'newer', version: raw.formatVersion });
  if (typeof raw.dbVersion === 'number' && raw.dbVersion > db.verno) return fail({ code: 'newer', version: raw.dbVersion });
  const envelope = v.safeParse(ENVELOPE, raw);
  if (!envelope.success) return fail({ code: 'damaged', field: v.getDotPath(envelope.issues[0]) ?? '' });

  const known = backupTableNames(db);
  const tables: Record<string, Array<Record<string, unknown>>> = {};
  for (const [table, records] of Object.entries(envelope.output.tables)) {
    if (!known.includes(table)) return fail({ code: 'unknownTable', table });
    const primaryKey = db.table(table).schema.primKey.keyPath;
    const keyField = typeof primaryKey === 'string' ? primaryKey : null;
    const schema = RECORD_SCHEMAS[table] ?? genericRecordSchema(keyField);
    const seen = new Set<string>();
    tables[table] = [];
    for (const [index, record] of records.entries()) {
      const result = v.safeParse(schema, record);
      if (!result.success) return fail({ code: 'invalid', table, index, field: v.getDotPath(result.issues[0]) ?? '' });
      const key = keyField ? String(result.output[keyField]) : '';
      if (keyField && seen.has(key)) return fail({ code: 'duplicate', table, key });
      seen.add(key);
      // The record as written (the checked output would reorder its fields).
      tables[table].push(record as Record<string, unknown>);
    }
  }
  return { ok: true, backup: { ...envelope.output, format: BACKUP_MARK, tables } };
}
