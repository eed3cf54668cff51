import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { ImportForm } from '../../../components/backup/ImportForm';
import { backupText, collectBackup } from '../../../core/backup';
import { useTestDb } from '../notes/db';
import { seed } from './seed';

const db = useTestDb();

function choose(text: string) {
  const input = screen.getByTestId('import-file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], 'backup.json', { type: 'application/json' })], configurable: true });
  fireEvent.change(input);
}

const everything = async () => JSON.stringify((await collectBackup(db(), undefined, new Date(0))).tables);

describe('restoring a backup', () => {
  test('a truncated file says so and changes nothing', async () => {
    await seed(db());
    const file = await backupText(db());
    const before = await everything();
    render(<ImportForm db={db()} />);
    choose(file.slice(0, 200));
    expect((await screen.findByRole('alert')).textContent).toMatch(/ends too early/);
    expect(await everything()).toBe(before);
  });

  test('replace asks first; cancelling keeps everything, confirming replaces', async () => {
    const { skogsjo } = await seed(db());
    const file = await backupText(db(), skogsjo.company.id);
    await db().clips.where('companyId').equals(skogsjo.company.id).modify({ title: 'Renamed here' });
    render(<ImportForm db={db()} />);
    fireEvent.click(screen.getByLabelText('Replace what is here'));
    choose(file);
    await screen.findByRole('alertdialog');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect((await db().clips.get(skogsjo.clip.id))?.title).toBe('Renamed here');
    choose(file);
    fireEvent.click(await screen.findByRole('button', { name: 'Replace' }));
    expect((await screen.findByRole('status')).textContent).toMatch(/Imported: 4 new, 0 updated/);
    expect((await db().clips.get(skogsjo.clip.id))?.title).toBe('Om Skogsjö');
  });
});
