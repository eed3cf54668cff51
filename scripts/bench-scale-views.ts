/**
 * The views the scale section times, each in the page's own clock: the popup (first render, list,
 * a company's card, the first search) and the full board (a company's prep board and clips).
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, type Session } from '../tests/e2e/browser';

export const RUNS = 5;
const started = performance.now();
/** Progress on stderr: the section takes minutes on a busy machine. */
export const step = (what: string) => process.stderr.write(`[scale ${((performance.now() - started) / 1000).toFixed(0)}s] ${what}\n`);
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Marks, in the page's own clock, when each thing first shows. */
const SHOWN = {
  shell: '.dashboard button.primary',
  list: '.company-list li',
  card: '.this-company',
  prep: '.prep-board .prep-section',
  clips: '.clip-card',
} as const;
type Shown = keyof typeof SHOWN;
const MARKS = `(() => {
  // The document's start: what comes before it is the browser creating the page, not the extension.
  const marks = (window.__marks = { start: performance.now() });
  const shown = ${JSON.stringify(SHOWN)};
  const check = () => {
    for (const [key, selector] of Object.entries(shown)) if (!marks[key] && document.querySelector(selector)) marks[key] = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true });
})();`;

export async function mark(page: Page, name: Shown): Promise<number> {
  await page
    .waitForFunction((key) => (window as unknown as { __marks: Record<string, number> }).__marks[key] !== undefined, name, { timeout: 60_000, polling: 50 })
    .catch(async (error: unknown) => {
      throw new Error(`${name} never showed: ${await page.evaluate(() => document.body.innerText.slice(0, 400))}`, { cause: error });
    });
  return page.evaluate((key) => (window as unknown as { __marks: Record<string, number> }).__marks[key]!, name);
}

export async function openMarked(session: Session, path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  await page.addInitScript(MARKS);
  await page.goto(`chrome-extension://${session.extensionId}/${path}`);
  return page;
}

/** Does `action` in the page (click the list's first company, or go to a hash) and returns the page's clock just before. */
function startedAt(page: Page, action: { click: string } | { hash: string }): Promise<number> {
  return page.evaluate((todo) => {
    const at = performance.now();
    if ('click' in todo) document.querySelector<HTMLElement>(todo.click)!.click();
    else location.hash = todo.hash;
    return at;
  }, action);
}

/** The popup (a dashboard): start → company list shown; a company of the list clicked → its card shown. */
export async function popupTimes(session: Session): Promise<{ shell: number; shellFromStart: number; list: number; fromStart: number; card: number }> {
  const shells: number[] = [];
  const shellsFromStart: number[] = [];
  const lists: number[] = [];
  const fromStart: number[] = [];
  const cards: number[] = [];
  // One open first, not counted: the browser's first extension page of a session pays its own start-up.
  await (await openMarked(session, 'popup.html')).close();
  for (let i = 0; i < RUNS; i += 1) {
    const popup = await openMarked(session, 'popup.html');
    lists.push(await mark(popup, 'list'));
    shells.push(await mark(popup, 'shell'));
    const start = await popup.evaluate(() => (window as unknown as { __marks: { start: number } }).__marks.start);
    fromStart.push(lists.at(-1)! - start);
    shellsFromStart.push(shells.at(-1)! - start);
    step(`list ${lists.at(-1)!.toFixed(1)}`);
    const started = await startedAt(popup, { click: '.company-list button' });
    cards.push((await mark(popup, 'card')) - started);
    await popup.close();
  }
  return { shell: median(shells), shellFromStart: median(shellsFromStart), list: median(lists), fromStart: median(fromStart), card: median(cards) };
}

/**
 * The full board open on its company list: the company chosen → its Prepare view (the prep board,
 * from the precomputed evidence) shown; then its "Job ad and clips" view → the first clip cards shown.
 */
export async function companyTimes(session: Session, companyId: string): Promise<{ company: number; clips: number }> {
  const companies: number[] = [];
  const clips: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const board = await openMarked(session, 'board.html');
    await mark(board, 'list');
    const id = encodeURIComponent(companyId);
    let started = await startedAt(board, { hash: `company=${id}` });
    companies.push((await mark(board, 'prep')) - started);
    started = await startedAt(board, { hash: `company=${id}&view=clips` });
    clips.push((await mark(board, 'clips')) - started);
    await board.close();
  }
  return { company: median(companies), clips: median(clips) };
}

/** A fresh full board opened straight on the company (its address): start → prep board shown. */
export async function boardTime(session: Session, companyId: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const board = await openMarked(session, `board.html#company=${encodeURIComponent(companyId)}`);
    times.push(await mark(board, 'prep'));
    await board.close();
  }
  return median(times);
}

/** The longest gap (ms) between ticks of a 10 ms timer on the page's thread: how long it could not answer a key. */
const LONG_TASKS = `(() => {
  window.__longest = 0;
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    window.__longest = Math.max(window.__longest, now - last - 10);
    last = now;
  }, 10);
})();`;

/**
 * The first search of a fresh popup: typed → results shown, and the longest its page's thread was
 * busy meanwhile (typing freezes for that long). The first run builds the index; the others load it.
 */
export async function firstSearches(session: Session, inPage = false): Promise<{ build: number; load: number; longestBuild: number; longestLoad: number }> {
  const times: number[] = [];
  const longest: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const popup = await openMarked(session, 'popup.html');
    await mark(popup, 'list');
    // The e2e build's switch: the index in the page (as before the worker) for the side-by-side line.
    await popup.evaluate((on) => (on ? localStorage.setItem('roundTwo.benchSearchInPage', '1') : localStorage.removeItem('roundTwo.benchSearchInPage')), inPage);
    await popup.evaluate(LONG_TASKS);
    times.push(
      await popup.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const box = document.querySelector<HTMLInputElement>('input[type="search"]')!;
            const started = performance.now();
            new MutationObserver((_, observer) => {
              if (document.querySelector('[data-testid="search-results"]')) {
                observer.disconnect();
                resolve(performance.now() - started);
              }
            }).observe(document.body, { subtree: true, childList: true });
            box.focus();
            box.value = 'nordlys';
            box.dispatchEvent(new Event('input', { bubbles: true }));
          }),
      ),
    );
    longest.push(await popup.evaluate(() => (window as unknown as { __longest: number }).__longest));
    step(`first search ${times.at(-1)!.toFixed(0)} ms, longest task ${longest.at(-1)!.toFixed(0)} ms`);
    await popup.close();
  }
  return { build: times[0]!, load: median(times.slice(1)), longestBuild: longest[0]!, longestLoad: median(longest.slice(1)) };
}

/**
 * The floor under the popup's first render on this machine: a page of a copy of the extension
 * with one tiny script that shows one button, opened and timed exactly like the popup.
 */
export async function floorTimes(launchCopy: (dir: string) => Promise<Session>): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'round-two-floor-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  writeFileSync(join(dir, 'floor.html'), '<!doctype html><html><head><meta charset="utf-8"><script type="module" src="/floor.js"></script></head><body><div id="app"></div></body></html>');
  writeFileSync(join(dir, 'floor.js'), "document.getElementById('app').innerHTML = '<div class=\"dashboard\"><button class=\"primary\">Clip this page</button></div>';");
  const session = await launchCopy(dir);
  const times: number[] = [];
  await (await openMarked(session, 'floor.html')).close();
  for (let i = 0; i < RUNS; i += 1) {
    const page = await openMarked(session, 'floor.html');
    times.push(await mark(page, 'shell'));
    await page.close();
  }
  await session.context.close();
  return median(times);
}
