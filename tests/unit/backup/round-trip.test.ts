// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { backupTableNames, backupText, collectBackup, restoreBackup } from '../../../core/backup';
import { RECORD_SCHEMAS } from '../../../core/backup/records';
import { RoundTwoDB } from '../../../core/db/schema';
import { DERIVED_TABLES } from '../../../core/search/change-log';
import { useTestDb } from '../notes/db';
import { seed } from './seed';

const db = useTestDb();
const NOW = new Date('2026-12-01T08:00:00Z');

async function withEmptyDb<T>(work: (empty: RoundTwoDB) => Promise<T>): Promise<T> {
  const empty = new RoundTwoDB(`empty-${crypto.randomUUID()}`);
  try {
    return await work(empty);
  } finally {
    await empty.delete();
  }
}

describe('the backup holds every table', () => {
  test('every table of the schema is backed up, except the derived search tables', () => {
    const tables = db().tables.map((table) => table.name);
    expect([...backupTableNames(db()), ...DERIVED_TABLES].sort()).toEqual(tables.sort());
  });

  test('every backed-up table has a record schema that import checks (add one when you add a table)', () => {
    const missing = backupTableNames(db()).filter((name) => !(name in RECORD_SCHEMAS));
    expect(missing, `tables without a schema in core/backup/records.ts: ${missing.join(', ')}`).toEqual([]);
  });

  test('a backup of everything lists each table with all its records', async () => {
    await seed(db());
    const backup = await collectBackup(db(), undefined, NOW);
    expect(Object.keys(backup.tables).sort()).toEqual(backupTableNames(db()).sort());
    expect(backup.tables.clips).toHaveLength(3);
    expect(backup.tables.clipContents).toHaveLength(3);
    expect(backup.tables.notes).toHaveLength(3);
    expect(backup.tables.interviews).toHaveLength(1);
    expect(backup).toMatchObject({ format: 'round-two-backup', formatVersion: 1, dbVersion: db().verno });
  });
});

describe('round trip', () => {
  test.each(['replace', 'merge'] as const)('export → %s into an empty profile → export gives the same file', async (mode) => {
    await seed(db());
    const first = await backupText(db(), undefined, NOW);
    const second = await withEmptyDb(async (empty) => {
      expect(await restoreBackup(empty, first, mode)).toMatchObject({ ok: true });
      return backupText(empty, undefined, NOW);
    });
    expect(second).toBe(first);
  });

  test('one company exported holds its clips, their contents, notes and interviews, and nothing of the other', async () => {
    const { nordlys } = await seed(db());
    const backup = await collectBackup(db(), nordlys.company.id, NOW);
    expect(backup.companyId).toBe(nordlys.company.id);
    expect(backup.tables.companies!.map((company) => company.name)).toEqual(['Nordlys Energi']);
    expect(backup.tables.clips!.map((clip) => clip.title).sort()).toEqual(['Om Nordlys', 'Strategi 2030']);
    expect(backup.tables.clipContents).toHaveLength(2);
    expect(backup.tables.notes!.map((note) => note.kind).sort()).toEqual(['answer', 'pin']);
    expect(backup.tables.interviews).toHaveLength(1);
  });

  test('replacing with one company’s file replaces that company and leaves the others alone', async () => {
    const { nordlys, skogsjo } = await seed(db());
    const file = await backupText(db(), nordlys.company.id, NOW);
    await db().notes.clear();
    expect(await restoreBackup(db(), file, 'replace')).toMatchObject({ ok: true });
    expect(await db().notes.where('companyId').equals(nordlys.company.id).count()).toBe(2);
    expect(await db().clips.where('companyId').equals(skogsjo.company.id).count()).toBe(1);
  });
});
