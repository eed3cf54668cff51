import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { newProfile, readStore } from './browser';
import { useBrowser } from './fixture';
import { clipPage } from './popup';
import { seed, wellPreparedCompany } from './seed-briefing';
import { openFullBoard, showCompany, showView } from './ui';

const browser = useBrowser();

/** Presses an export button of a company's *Export and backup* view and returns the file's text. */
async function download(board: Page, button: string): Promise<string> {
  const saved = board.waitForEvent('download');
  await board.getByRole('button', { name: button }).click();
  const file = join(await newProfile(), (await saved).suggestedFilename());
  await (await saved).saveAs(file);
  return readFile(file, 'utf8');
}

async function exportView(board: Page): Promise<void> {
  await showView(board, 'Export and backup');
  const panel = board.locator('details.backup-panel');
  if (!(await panel.getAttribute('open'))) await panel.locator('summary').click();
}

describe('export and restore of one company', () => {
  test('the Markdown file holds the interview work the briefing shows', async () => {
    const { companyId, stores } = wellPreparedCompany(Date.now());
    const board = await openFullBoard(browser.session);
    await seed(board, stores);
    await board.goto(`chrome-extension://${browser.session.extensionId}/board.html#company=${companyId}&view=export`);
    await board.locator('details.backup-panel').waitFor();
    await exportView(board);
    const text = await download(board, 'Markdown file');
    for (const expected of [
      '## Interview rounds',
      '#### Debrief of round 1',
      'Good talk about on-call.',
      '- **Place:** Havbris HQ, Strandkaien 4, Bergen',
      '- **Who you will meet:** Ingrid Solberg, Magnus Berg, Sara Nilsen',
      '### [Ingrid Solberg](https://havbris.example/ingrid) — Head of Platform',
      'Wrote the on-call handbook; ask about the migration plan.',
      '- [ ] What is the biggest risk in the rebuild?',
      '**Would you accept an offer?** Yes',
      '**Notice period**: Three months at my current job',
      'Dark trousers and the blue shirt',
      '- [x] Master’s diploma (handed in)',
      '- **Ola Nordmann** — Phone or e-mail: ola@example.org',
      '- [LinkedIn](https://www.linkedin.com/in/example) — Checked on: 2026-11-29',
    ]) {
      expect(text).toContain(expected);
    }
  });

  test('replacing a company from its backup works after one of its clips was moved to another company', async () => {
    await clipPage(browser.session, browser.page('nordlys-about.html'));
    const { popup } = await clipPage(browser.session, browser.page('skogsjo-om.html'));
    const before = await readStore(popup);
    const nordlys = before.companies.find((company) => company.name === 'Nordlys Energi AS')!;
    const other = before.companies.find((company) => company.id !== nordlys.id && company.id !== 'well-prepared')!;

    const board = await openFullBoard(browser.session, `#company=${nordlys.id}&view=export`);
    await exportView(board);
    const backup = await download(board, 'Backup file (JSON)');
    const file = join(await newProfile(), 'nordlys.json');
    await writeFile(file, backup);

    // The user moves the clip to the other company, then restores the company from the backup.
    await showView(board, 'Job ad and clips');
    await board.locator(`[data-clip-url="${browser.page('nordlys-about.html')}"] button`).first().click();
    await board.getByLabel('Move to company').selectOption({ label: other.name });
    await board.getByRole('button', { name: 'Move', exact: true }).click();
    await expect.poll(async () => (await readStore(board)).clips.filter((clip) => clip.companyId === nordlys.id).length).toBe(0);

    await showCompany(board, 'Nordlys Energi AS');
    await exportView(board);
    await board.getByLabel('Replace what is here').check();
    await board.getByTestId('import-file').setInputFiles(file);
    await board.getByRole('alertdialog').getByRole('button', { name: 'Replace' }).click();
    const form = board.locator('fieldset.import');
    await expect.poll(() => form.getByRole('status').innerText()).toMatch(/Imported: \d+ new/);
    expect(await form.getByRole('alert').count()).toBe(0);

    // The clip is back where the backup had it, and shown there.
    await showView(board, 'Job ad and clips');
    await board.locator(`[data-clip-url="${browser.page('nordlys-about.html')}"]`).waitFor();
    const after = await readStore(board);
    expect(after.clips.filter((clip) => clip.companyId === nordlys.id)).toHaveLength(1);
    expect(after.clips.filter((clip) => clip.companyId === other.id).map((clip) => clip.url)).not.toContain(browser.page('nordlys-about.html'));
  });
});
