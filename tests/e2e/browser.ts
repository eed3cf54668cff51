import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const OUTPUT_DIR = join(import.meta.dirname, '..', '..', '.output');
// Another build can be measured by the benchmark (ROUND_TWO_EXTENSION_DIR); the tests use this one.
export const EXTENSION_DIR = process.env.ROUND_TWO_EXTENSION_DIR ?? join(OUTPUT_DIR, 'chrome-mv3-e2e');

export interface Session {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
}

/** A fresh profile directory; pass it to `launch` twice to test persistence. */
export function newProfile(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'round-two-profile-'));
}

/** Debian's Chromium with the built extension loaded. Missing Chromium is a failure, never a skip. */
export async function launch(profile: string): Promise<Session> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's "chromium" package.`);
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('No build in .output/chrome-mv3-e2e: run "wxt build --mode e2e" first.');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=en-US',
    ],
  });
  // The network here is closed: pages' external resources fail fast instead of hanging.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, worker };
}

/** Opens a normal tab on a page and waits until it has loaded. */
export async function openTab(session: Session, url: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.bringToFront();
  return page;
}

/**
 * Opens the popup as a real popup window, as the toolbar button would: the
 * capture then targets the active tab of the last focused normal window.
 */
export async function openPopup(session: Session): Promise<Page> {
  const url = `chrome-extension://${session.extensionId}/popup.html`;
  const opened = session.context.waitForEvent('page', (page) => page.url().startsWith(url));
  await session.worker.evaluate(
    (popupUrl) => chrome.windows.create({ url: popupUrl, type: 'popup', width: 400, height: 600, focused: false }),
    url,
  );
  const popup = await opened;
  await popup.waitForLoadState('domcontentloaded');
  return popup;
}

export interface StoredClip {
  url: string;
  pageUrl: string;
  title: string;
  companyId: string;
  method: string;
  wordCount: number;
  userNote?: string;
}

/** Reads the extension's own IndexedDB from one of its pages (no Dexie, no mocks). */
export function readStore(page: Page): Promise<{ clips: StoredClip[]; companies: Array<{ id: string; name: string; domains: string[] }> }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('round-two');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('clips')) {
            db.close();
            resolve({ clips: [], companies: [] });
            return;
          }
          const tx = db.transaction(['clips', 'companies'], 'readonly');
          const clips = tx.objectStore('clips').getAll();
          const companies = tx.objectStore('companies').getAll();
          tx.oncomplete = () => {
            db.close();
            resolve({ clips: clips.result, companies: companies.result });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}
