import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const EXTENSION_DIR = join(import.meta.dirname, '..', '..', '.output', 'firefox-mv2-e2e');
/** The add-on's id (wxt.config.ts, browser_specific_settings.gecko.id). */
export const ADDON_ID = 'round-two@example.org';
/** A fixed internal UUID makes the add-on's pages addressable: moz-extension://<uuid>/popup.html. */
const UUID = '7c2e4b1a-93d5-4f6e-8a0b-1d2c3e4f5a6b';
export const BASE = `moz-extension://${UUID}`;

export interface FirefoxSession {
  browser: Browser;
  profile: string;
}

export function newProfile(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'round-two-firefox-'));
}

/**
 * Firefox ESR, headless, driven over WebDriver BiDi, with the e2e build installed as a
 * temporary add-on. Missing Firefox or a missing build is a failure, never a skip.
 * Launch twice with the same profile to test what survives a restart.
 */
export async function launchFirefox(profile: string): Promise<FirefoxSession> {
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX}: install Debian's "firefox-esr" package.`);
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error('No build in .output/firefox-mv2-e2e: run "wxt build -b firefox --mode e2e" first.');
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    // Without it BiDi refuses to navigate a tab to a moz-extension: page.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
      'intl.locale.requested': 'en-US',
      'intl.accept_languages': 'en-US, en',
    },
  });
  // A temporary add-on is gone after a restart: install it again; its IndexedDB stays with the profile and UUID.
  await browser.installExtension(EXTENSION_DIR);
  return { browser, profile };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Opens one of the add-on's pages. Firefox sends no load events for moz-extension: pages, so
 * `goto` never settles: start it, then poll until the document is there (an evaluation that
 * meets the document swap throws, hence the catch).
 */
export async function openExtensionPage(page: Page, path: string): Promise<Page> {
  void page.goto(BASE + path).catch(() => undefined);
  for (const end = Date.now() + 15_000; Date.now() < end; await pause(100)) {
    const ready = await page
      .evaluate((base) => location.href.startsWith(base) && document.readyState === 'complete', BASE)
      .catch(() => false);
    if (ready) return page;
  }
  throw new Error(`${path} did not load`);
}

/**
 * The popup in a window of its own over a page tab. Firefox ignores `focused: false` and its
 * `windows.getLastFocused()` ignores window types, so the page's tab is brought back to the
 * front: the capture must target it, not the popup.
 */
export async function openPopupOver(session: FirefoxSession, tab: Page): Promise<Page> {
  const popup = await openExtensionPage(await session.browser.newPage({ type: 'window' }), '/popup.html');
  await tab.bringToFront();
  return popup;
}

/** Polls a condition in the page until it holds (no fixed sleeps). */
export async function waitUntil(page: Page, what: string, check: () => boolean, timeout = 20_000): Promise<void> {
  for (const end = Date.now() + timeout; Date.now() < end; await pause(100)) {
    if (await page.evaluate(check).catch(() => false)) return;
  }
  throw new Error(`Timed out waiting for ${what}`);
}

export interface StoredRecords {
  clips: Array<{ url: string; title: string; companyId: string; wordCount: number }>;
  companies: Array<{ id: string; name: string }>;
}

/** Reads the add-on's own IndexedDB from one of its pages (no Dexie, no mocks). */
export function readStore(page: Page): Promise<StoredRecords> {
  return page.evaluate(
    () =>
      new Promise<StoredRecords>((resolve, reject) => {
        const open = indexedDB.open('round-two');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('clips')) return (db.close(), resolve({ clips: [], companies: [] }));
          const tx = db.transaction(['clips', 'companies']);
          const clips = tx.objectStore('clips').getAll();
          const companies = tx.objectStore('companies').getAll();
          tx.oncomplete = () => {
            db.close();
            resolve({
              clips: clips.result.map(({ url, title, companyId, wordCount }) => ({ url, title, companyId, wordCount })),
              companies: companies.result.map(({ id, name }) => ({ id, name })),
            });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}
