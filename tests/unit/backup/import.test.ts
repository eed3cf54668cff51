// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { backupText, collectBackup, restoreBackup } from '../../../core/backup';
import { saveAnswer } from '../../../core/notes';
import { useTestDb } from '../notes/db';
import { seed } from './seed';

const db = useTestDb();
const NOW = new Date('2026-12-01T08:00:00Z');

/** Everything the user has, to compare before and after a refused import. */
const snapshot = async () => JSON.stringify((await collectBackup(db(), undefined, NOW)).tables);

describe('a file that cannot be imported changes nothing and says why', () => {
  test.each([
    ['an empty file', () => '', { code: 'empty' }],
    ['a file cut short', (good: string) => good.slice(0, good.length / 2), { code: 'truncated' }],
    ['a file that is not JSON', () => 'Name;Company\nKari;Nordlys', { code: 'notJson' }],
    ['another program’s JSON', () => JSON.stringify({ notes: [{ title: 'x' }] }), { code: 'foreign' }],
    ['a backup from a newer Round Two', (good: string) => good.replace('"formatVersion": 1', '"formatVersion": 9'), { code: 'newer', version: 9 }],
    ['a backup of a newer database', (good: string) => good.replace(/"dbVersion": \d+/, '"dbVersion": 99'), { code: 'newer', version: 99 }],
    ['a clip without its URL', (good: string) => good.replace(/"url": "[^"]*",/, ''), { code: 'invalid', table: 'clips', field: 'url' }],
    ['a company with an unknown status', (good: string) => good.replace('"status": "researching"', '"status": "hired"'), { code: 'invalid', table: 'companies', field: 'status' }],
    ['a backup whose tables are missing', (good: string) => good.replace('"tables":', '"tablez":'), { code: 'damaged', field: 'tables' }],
    ['a table this version does not have', (good: string) => good.replace('"interviews":', '"meetings":'), { code: 'unknownTable', table: 'meetings' }],
  ])('%s', async (_name, make, problem) => {
    const { nordlys } = await seed(db());
    const good = await backupText(db(), undefined, NOW);
    await saveAnswer(db(), nordlys.company.id, 'why-you', 'Changed after the backup');
    const before = await snapshot();
    for (const mode of ['merge', 'replace'] as const) {
      const result = await restoreBackup(db(), make(good), mode);
      expect(result).toMatchObject({ ok: false, problem });
    }
    expect(await snapshot()).toBe(before);
  });

  test('two records with the same id are refused', async () => {
    await seed(db());
    const backup = await collectBackup(db(), undefined, NOW);
    backup.tables.notes!.push({ ...backup.tables.notes![0]! });
    expect(await restoreBackup(db(), JSON.stringify(backup), 'merge')).toMatchObject({ ok: false, problem: { code: 'duplicate', table: 'notes' } });
  });
});

describe('merging a backup into a profile that has data', () => {
  test('an answer changed on both sides keeps both texts; the rest updates', async () => {
    const { nordlys, answer } = await seed(db());
    const file = await backupText(db(), undefined, NOW);
    await saveAnswer(db(), nordlys.company.id, 'why-you', 'Jeg har ledet tre team.', 5000);
    const result = await restoreBackup(db(), file, 'merge');
    expect(result).toMatchObject({ ok: true, summary: { added: 0, keptBoth: 1 } });
    expect((await db().notes.get(answer.id))?.text).toBe('Jeg har ledet tre team.\n\nJeg kjenner kraftmarkedet.');
    expect(await db().notes.count()).toBe(3);
  });

  test('an answer written separately in two profiles to the same prompt ends as one answer holding both', async () => {
    const { nordlys, answer } = await seed(db());
    const backup = await collectBackup(db(), undefined, NOW);
    const other = backup.tables.notes!.find((note) => note.id === answer.id)!;
    Object.assign(other, { id: 'from-laptop', text: 'Skrevet på laptopen.' });
    expect(await restoreBackup(db(), JSON.stringify(backup), 'merge')).toMatchObject({ ok: true, summary: { keptBoth: 1 } });
    const answers = (await db().notes.where('companyId').equals(nordlys.company.id).toArray()).filter((note) => note.kind === 'answer');
    expect(answers.map((note) => note.text)).toEqual(['Jeg kjenner kraftmarkedet.\n\nSkrevet på laptopen.']);
  });

  test('a clip of the same URL under another id updates the clip here; its notes follow', async () => {
    const { nordlys } = await seed(db());
    const backup = await collectBackup(db(), undefined, NOW);
    const clip = backup.tables.clips!.find((record) => record.id === nordlys.clip.id)!;
    Object.assign(clip, { id: 'elsewhere', title: 'Om Nordlys (ny)', updatedAt: 9000 });
    Object.assign(backup.tables.clipContents!.find((record) => record.id === nordlys.clip.id)!, { id: 'elsewhere' });
    for (const note of backup.tables.notes!) if (note.clipId === nordlys.clip.id) note.clipId = 'elsewhere';
    expect(await restoreBackup(db(), JSON.stringify(backup), 'merge')).toMatchObject({ ok: true });
    expect(await db().clips.count()).toBe(3);
    expect(await db().clips.get(nordlys.clip.id)).toMatchObject({ title: 'Om Nordlys (ny)' });
    expect(await db().clipContents.get('elsewhere')).toBeUndefined();
    expect((await db().notes.toArray()).some((note) => note.clipId === 'elsewhere')).toBe(false);
  });

  test('a clip deleted here since the backup comes back, with its content', async () => {
    const { skogsjo } = await seed(db());
    const file = await backupText(db(), undefined, NOW);
    await db().clips.delete(skogsjo.clip.id);
    await db().clipContents.delete(skogsjo.clip.id);
    expect(await restoreBackup(db(), file, 'merge')).toMatchObject({ ok: true, summary: { added: 2 } });
    expect(await db().clipContents.get(skogsjo.clip.id)).toMatchObject({ textContent: 'Trähus från Umeå.' });
  });
});
