import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { launch, newProfile, openPopup, type Session } from './browser';
import { useBrowser } from './fixture';
import { clipPage } from './popup';
import { openAllSections, openFullBoard, showCompany } from './ui';

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

/** The full board's company list, where everything is exported and a backup is restored (an empty profile too). */
async function openBoardPage(session: Session): Promise<Page> {
  const board = await openFullBoard(session);
  await board.locator('details.backup-panel > summary').click();
  await board.getByRole('button', { name: 'Backup file (JSON)' }).waitFor();
  return board;
}

describe('search', () => {
  test('finds a clipped page from a query typed without its Nordic letters, and opens it on the full board', async () => {
    await clipPage(browser.session, browser.page('nordlys-about.html'));
    const popup = await openPopup(browser.session);
    await popup.getByRole('searchbox', { name: 'Search your research' }).fill('SMAKRAFTVERK');
    const results = popup.getByTestId('search-results');
    await expect.poll(() => results.locator('h3').allTextContents()).toEqual(['Nordlys Energi AS']);
    // The index is loaded and searched in a worker: the popup's own thread never parses it.
    expect(popup.workers().map((worker) => worker.url())).toEqual([expect.stringContaining('search-worker')]);
    const opened = browser.session.context.waitForEvent('page', (page) => page.url().includes('/board.html#'));
    await results.getByRole('button', { name: /Om Nordlys Energi/ }).click();
    const board = await opened;
    await expect.poll(() => board.getByTestId('clip-content').innerText(), { timeout: 20_000 }).toContain('Strategien vår mot 2030');
  });

  test('finds an answer as soon as it is written, and opens its company at that question', async () => {
    const board = await openFullBoard(browser.session);
    await showCompany(board, 'Nordlys Energi AS');
    await openAllSections(board);
    await board.locator('[data-prompt-id="vision"] textarea').fill(ANSWER);
    await board.locator('header button.link').first().click();
    await board.locator('.company-list').waitFor();
    await board.getByRole('searchbox').fill('malselv');
    const hit = board.getByTestId('search-results').getByRole('button', { name: /Answer.*Målselv/ });
    await hit.click();
    await board.locator('.company-header h2', { hasText: 'Nordlys Energi AS' }).waitFor();
    expect(board.url()).toContain('prompt=vision');
    await expect.poll(() => board.evaluate(() => document.activeElement?.closest('[data-prompt-id]')?.getAttribute('data-prompt-id'))).toBe('vision');
    await expect.poll(() => board.locator('[data-prompt-id="vision"] textarea').inputValue()).toBe(ANSWER);
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
