import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { launch, newProfile, openPopup, type Session } from './browser';
import { useBrowser } from './fixture';
import { clipPage, openCompany } from './popup';

const browser = useBrowser();
const ANSWER = 'Jeg har driftet småkraftverk i Målselv i fem år.';

/** Reads every record of some tables of the extension's IndexedDB from one of its pages. */
function readTables(page: Page, names: string[]): Promise<Record<string, Array<Record<string, unknown>>>> {
  return page.evaluate(
    (tables) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('round-two');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const present = tables.filter((name) => db.objectStoreNames.contains(name));
          if (!present.length) return resolve(Object.fromEntries(tables.map((name) => [name, []])));
          const tx = db.transaction(present, 'readonly');
          const requests = present.map((name) => [name, tx.objectStore(name).getAll()] as const);
          tx.oncomplete = () => {
            db.close();
            resolve(Object.fromEntries(tables.map((name) => [name, requests.find(([n]) => n === name)?.[1].result ?? []])));
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    names,
  );
}

async function openBoardPage(session: Session): Promise<Page> {
  const board = await session.context.newPage();
  await board.goto(`chrome-extension://${session.extensionId}/board.html`);
  await board.locator('.board[data-settled="true"]').waitFor();
  await board.getByText('Export and backup').click();
  return board;
}

describe('search', () => {
  test('finds a clipped page from a query typed without its Nordic letters, and opens it', async () => {
    await clipPage(browser.session, browser.page('nordlys-about.html'));
    const popup = await openPopup(browser.session);
    await popup.getByRole('searchbox', { name: 'Search your research' }).fill('SMAKRAFTVERK');
    const results = popup.getByTestId('search-results');
    await expect.poll(() => results.locator('h3').allTextContents()).toEqual(['Nordlys Energi AS']);
    await results.getByRole('button', { name: /Om Nordlys Energi/ }).click();
    await expect.poll(() => popup.getByTestId('clip-content').innerText()).toContain('Strategien vår mot 2030');
  });

  test('finds an answer as soon as it is written, and opens its company', async () => {
    const popup = await openPopup(browser.session);
    await openCompany(popup, 'Nordlys Energi AS');
    await popup.locator('details.prep-section:not([open]) > summary').evaluateAll((summaries) => summaries.forEach((s) => (s as HTMLElement).click()));
    await popup.locator('[data-prompt-id="vision"] textarea').fill(ANSWER);
    const search = popup.getByRole('searchbox');
    await search.fill('malselv');
    const hit = popup.getByTestId('search-results').getByRole('button', { name: /Answer.*Målselv/ });
    await hit.waitFor();
    await popup.getByRole('button', { name: /Back/ }).click();
    await hit.click();
    await popup.locator('.company-header h2', { hasText: 'Nordlys Energi AS' }).waitFor();
  });
});

describe('backup and restore', () => {
  test('a backup imported into a fresh profile brings back the clip and the answer; a corrupt file changes nothing', async () => {
    const board = await openBoardPage(browser.session);
    const saved = board.waitForEvent('download');
    await board.getByRole('button', { name: 'Backup file (JSON)' }).click();
    const download = await saved;
    expect(download.suggestedFilename()).toMatch(/^round-two-backup-all-\d{4}-\d{2}-\d{2}\.json$/);
    const file = join(await newProfile(), 'backup.json');
    await download.saveAs(file);
    const text = await readFile(file, 'utf8');
    expect(text).toContain(ANSWER);

    const fresh = await launch(await newProfile());
    try {
      const restored = await openBoardPage(fresh);
      const cut = `${file}.cut.json`;
      await writeFile(cut, text.slice(0, Math.floor(text.length / 2)));
      await restored.getByTestId('import-file').setInputFiles(cut);
      await expect.poll(() => restored.getByRole('alert').innerText()).toContain('This file ends too early');
      expect(await readTables(restored, ['clips', 'notes', 'companies'])).toEqual({ clips: [], notes: [], companies: [] });

      await restored.getByTestId('import-file').setInputFiles(file);
      await expect.poll(() => restored.getByRole('status').innerText()).toMatch(/Imported: \d+ new, 0 updated/);
      const tables = await readTables(restored, ['clips', 'notes']);
      expect(tables.clips!.map((clip) => clip.title)).toContain('Om Nordlys Energi');
      expect(tables.notes!.map((note) => note.text)).toContain(ANSWER);

      // The restored research is there for the user, and searchable.
      await restored.getByRole('searchbox').fill('målselv');
      await restored.getByTestId('search-results').getByRole('button', { name: /Målselv/ }).waitFor();
    } finally {
      await fresh.context.close();
    }
  });
});
