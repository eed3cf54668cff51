import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { ImportForm } from '../../../components/backup/ImportForm';
import { backupText, collectBackup, restoreBackup } from '../../../core/backup';
import { aggregatesOf } from '../../../core/company/aggregates';
import { mergeCompanies, moveClip } from '../../../core/company/actions';
import { useTestDb } from '../notes/db';
import { seed } from './seed';

const db = useTestDb();
const NOW = new Date('2026-12-01T08:00:00Z');
const everything = async () => JSON.stringify((await collectBackup(db(), undefined, NOW)).tables);
const titlesOf = async (companyId: string) => (await db().clips.where('companyId').equals(companyId).toArray()).map((clip) => clip.title).sort();

/** The list's count and role equal what the company's clips give now. */
async function expectFreshAggregates(companyId: string) {
  const clips = await db().clips.where('companyId').equals(companyId).toArray();
  expect((await db().companies.get(companyId))?.aggregates).toEqual(aggregatesOf(clips));
}

describe('replacing one company with its backup', () => {
  test('works when one of its clips has since moved to another company: the clip comes back', async () => {
    const { nordlys, skogsjo } = await seed(db());
    const file = await backupText(db(), nordlys.company.id, NOW);
    await moveClip(db(), nordlys.clip.id, skogsjo.company.id);
    expect(await restoreBackup(db(), file, 'replace')).toMatchObject({ ok: true });
    expect(await titlesOf(nordlys.company.id)).toEqual(['Om Nordlys', 'Strategi 2030']);
    expect(await titlesOf(skogsjo.company.id)).toEqual(['Om Skogsjö']);
    expect(await db().clipContents.get(nordlys.clip.id)).toMatchObject({ textContent: 'Vi bygger ren kraft i Tromsø.' });
    expect((await db().notes.where('companyId').equals(nordlys.company.id).toArray()).map((note) => note.kind).sort()).toEqual(['answer', 'pin']);
    await expectFreshAggregates(nordlys.company.id);
    await expectFreshAggregates(skogsjo.company.id);
  });

  test('works when the page was clipped again under another id in another company; notes there keep their source', async () => {
    const { nordlys, skogsjo } = await seed(db());
    const file = await backupText(db(), nordlys.company.id, NOW);
    const moved = (await db().clips.get(nordlys.clip.id))!;
    await db().clips.delete(moved.id);
    await db().clips.add({ ...moved, id: 'clipped-again', companyId: skogsjo.company.id });
    await db().clipContents.add({ id: 'clipped-again', contentHtml: '', textContent: 'again', blocks: [], jsonLd: [] });
    await db().notes.add({ id: 'cites-it', companyId: skogsjo.company.id, promptId: 'values', kind: 'pin', text: 'Ren kraft', clipId: 'clipped-again', createdAt: 1, updatedAt: 1 });
    expect(await restoreBackup(db(), file, 'replace')).toMatchObject({ ok: true });
    expect(await db().clips.where('url').equals(moved.url).toArray()).toMatchObject([{ id: nordlys.clip.id, companyId: nordlys.company.id }]);
    expect(await db().clipContents.get('clipped-again')).toBeUndefined();
    expect(await db().notes.get('cites-it')).toMatchObject({ companyId: skogsjo.company.id, clipId: nordlys.clip.id, text: 'Ren kraft' });
    await expectFreshAggregates(skogsjo.company.id);
  });

  test('works after the company was merged into another: what the file holds comes back apart', async () => {
    const { nordlys, skogsjo } = await seed(db());
    const file = await backupText(db(), nordlys.company.id, NOW);
    await mergeCompanies(db(), nordlys.company.id, skogsjo.company.id);
    expect(await restoreBackup(db(), file, 'replace')).toMatchObject({ ok: true });
    expect(await titlesOf(nordlys.company.id)).toEqual(['Om Nordlys', 'Strategi 2030']);
    expect(await titlesOf(skogsjo.company.id)).toEqual(['Om Skogsjö']);
    expect(await db().interviews.get('i1')).toMatchObject({ companyId: nordlys.company.id });
    await expectFreshAggregates(nordlys.company.id);
    await expectFreshAggregates(skogsjo.company.id);
  });

  test('a file whose rows cannot all be written changes nothing', async () => {
    const { nordlys, skogsjo } = await seed(db());
    const backup = await collectBackup(db(), nordlys.company.id, NOW);
    // Two clips of one URL pass the file check (their ids differ) but cannot both be stored.
    backup.tables.clips!.push({ ...backup.tables.clips![0]!, id: 'twin' });
    await moveClip(db(), nordlys.clip.id, skogsjo.company.id);
    const before = await everything();
    await expect(restoreBackup(db(), JSON.stringify(backup), 'replace')).rejects.toThrow();
    expect(await everything()).toBe(before);
  });

  test('in the form: it asks first, then says what it imported instead of failing', async () => {
    const { nordlys, skogsjo } = await seed(db());
    const file = await backupText(db(), nordlys.company.id, NOW);
    await moveClip(db(), nordlys.clip.id, skogsjo.company.id);
    render(<ImportForm db={db()} />);
    fireEvent.click(screen.getByLabelText('Replace what is here'));
    const input = screen.getByTestId('import-file') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([file], 'nordlys.json', { type: 'application/json' })], configurable: true });
    fireEvent.change(input);
    expect((await screen.findByRole('alertdialog')).textContent).toMatch(/Replace/);
    fireEvent.click(screen.getByRole('button', { name: 'Replace' }));
    expect((await screen.findByRole('status')).textContent).toMatch(/Imported: \d+ new/);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(await titlesOf(nordlys.company.id)).toEqual(['Om Nordlys', 'Strategi 2030']);
  });
});

describe('replacing everything', () => {
  test('a company the file does not hold leaves no list entry or evidence record behind', async () => {
    const { nordlys, skogsjo } = await seed(db());
    const file = await backupText(db(), undefined, NOW);
    const backup = JSON.parse(file) as { tables: Record<string, Array<Record<string, unknown>>> };
    const clipIds = new Set(backup.tables.clips!.filter((clip) => clip.companyId === skogsjo.company.id).map((clip) => clip.id));
    for (const [name, records] of Object.entries(backup.tables)) {
      backup.tables[name] = records.filter((record) => record.id !== skogsjo.company.id && record.companyId !== skogsjo.company.id && !clipIds.has(record.id));
    }
    expect(await restoreBackup(db(), JSON.stringify(backup), 'replace')).toMatchObject({ ok: true });
    expect((await db().companies.toArray()).map((company) => company.name)).toEqual(['Nordlys Energi']);
    expect((await db().companyEvidence.toArray()).map((record) => record.companyId)).toEqual([nordlys.company.id]);
    await expectFreshAggregates(nordlys.company.id);
  });
});
