/**
 * The scale section of `npm run bench`: the popup's company list, a company's view and the full
 * board with 50 clips against 200 companies / 5,000 clips, medians of fresh opens of the real
 * extension in Chromium, printed as one line a script can read. Also a clip with the service
 * worker stopped (cold) against one with it running (warm), and the background's size.
 *
 * Alone: `npx tsx scripts/bench-scale.ts` (uses the e2e build in .output/chrome-mv3-e2e, or the
 * directory in ROUND_TWO_EXTENSION_DIR).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launch, newProfile, openPopup, openTab, type Session } from '../tests/e2e/browser';
import { clickClip } from '../tests/e2e/popup';
import { startServer, type PageServer } from '../tests/e2e/server';
import { storedClips, timedClip } from './bench-page';
import { boardTime, companyTimes, firstSearches, floorTimes, median, openMarked, popupTimes, RUNS, step } from './bench-scale-views';
import { buildSeed, writeSeed, type SeedPlan, type Template } from './scale-seed';

const TEMPLATE_PAGES = ['fixtures/pages/board-ad.html', 'fixtures/pages/nordlys-about.html', 'fixtures/pages/skogsjo-om.html', 'fixtures/pages/hostile.html'];
const TEMPLATE_CORPUS = ['bbc-1', 'guardian-1', 'herald-sun-1', 'ietf-1', 'dropbox-blog', 'gitlab-blog', 'engadget', 'cnn', 'heise', 'folha'];
const BIG = 'Nordlys Energi AS'; // the fixture page's company: a clip of it lands in the 300-clip company
const SMALL = 'Liten Bedrift AS';

export interface ScaleResult {
  list50: number;
  list5000: number;
  company25: number;
  company300: number;
  board300: number;
  /** p95 of a search at 5,000 clips, where a search exists. */
  search5000p95?: number;
}

/** The line a script reads: `scale: list50=… list5000=… company25=… company300=… board300=… search5000p95=…`. */
export function scaleLine(r: ScaleResult): string {
  const f = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? 'n/a' : x.toFixed(1));
  return `scale: list50=${f(r.list50)} list5000=${f(r.list5000)} company25=${f(r.company25)} company300=${f(r.company300)} board300=${f(r.board300)} search5000p95=${f(r.search5000p95)}`;
}


/** Real clips to copy: the extension captures the test pages in a throwaway profile. */
async function templates(server: PageServer): Promise<Template[]> {
  const session = await launch(await newProfile());
  for (const path of [...TEMPLATE_PAGES, ...TEMPLATE_CORPUS.map((name) => `corpus/${name}/`)]) {
    const tab = await openTab(session, `${server.origin}/${path}`);
    const popup = await openPopup(session);
    await clickClip(popup);
    await popup.close();
    await tab.close();
  }
  const page = await openMarked(session, 'popup.html');
  const stored: Template[] = await storedClips(page);
  await session.context.close();
  return stored;
}

async function seeded(list: Template[], plan: SeedPlan): Promise<{ session: Session; ids: Map<string, string> }> {
  const session = await launch(await newProfile());
  const page = await openMarked(session, 'popup.html');
  await page.locator('.board[data-settled="true"]').waitFor();
  const seed = buildSeed(list, plan);
  step(`seed built: ${seed.clips.length} clips`);
  await writeSeed(page, seed);
  step('seed written');
  await page.close();
  return { session, ids: new Map(seed.companies.map((company) => [company.name, company.id])) };
}

/** Stops the extension's service worker, as the browser does after an idle pause. */
async function stopWorker(session: Session, page: Page): Promise<void> {
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/** A clip of the company's page into the 300-clip company, with the worker stopped first and then running. */
async function coldWarm(session: Session, url: string): Promise<{ cold: number; warm: number }> {
  const tab = await openTab(session, url);
  const popup = await openPopup(session);
  await popup.locator('.board[data-settled="true"]').waitFor();
  const cold: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    await stopWorker(session, tab);
    cold.push((await timedClip(popup)).ms);
    warm.push((await timedClip(popup)).ms);
  }
  await popup.close();
  await tab.close();
  return { cold: median(cold), warm: median(warm) };
}

export async function scaleSection(search?: (session: Session) => Promise<number>): Promise<ScaleResult> {
  const server = await startServer();
  step('capturing the template pages');
  const list = await templates(server);
  step(`${list.length} templates; writing 50 clips`);
  const small = await seeded(list, { named: { [SMALL]: 25 }, others: 9, otherClips: 25 });
  const smallPopup = await popupTimes(small.session);
  const smallTimes = await companyTimes(small.session, small.ids.get(SMALL)!);
  await small.session.context.close();

  step('writing 5,000 clips');
  const large = await seeded(list, { named: { [BIG]: 300 }, others: 199, otherClips: 4700 });
  step('measuring at 5,000 clips');
  const largePopup = await popupTimes(large.session);
  const largeTimes = await companyTimes(large.session, large.ids.get(BIG)!);
  const board300 = await boardTime(large.session, large.ids.get(BIG)!);
  const search5000p95 = search ? await search(large.session) : undefined;
  step('first searches in the popup');
  const searches = await firstSearches(large.session);
  const inPage = await firstSearches(large.session, true);
  step('the floor: a one-button page of the extension');
  const floor = await floorTimes(async (dir) => launch(await newProfile(), { extensionDir: dir }));
  step('cold and warm clips');
  const clip = await coldWarm(large.session, `${server.origin}/fixtures/pages/nordlys-about.html`);
  await large.session.context.close();
  await server.close();

  const result: ScaleResult = { list50: smallPopup.list, list5000: largePopup.list, company25: smallTimes.company, company300: largeTimes.company, board300, search5000p95 };
  const background = join(EXTENSION_DIR, 'background.js');
  console.log(`\nScale: ${list.length} real clips copied into 10 companies / 50 clips and 200 companies / 5,000 clips (ms, median of ${RUNS} fresh opens)\n`);
  console.log('| measure | 50 clips | 5,000 clips | ratio | target |\n|---|---:|---:|---:|---|');
  console.log(`| popup start → company list shown | ${result.list50.toFixed(1)} | ${result.list5000.toFixed(1)} | ${(result.list5000 / result.list50).toFixed(2)} | ≤ 1.2 |`);
  console.log(`| popup start → first render (the dashboard and its clip button) | ${smallPopup.shell.toFixed(1)} | ${largePopup.shell.toFixed(1)} | ${(largePopup.shell / smallPopup.shell).toFixed(2)} | ≤ 100 ms |`);
  console.log(`| the floor: a page of the extension with one tiny script, start → its one button shown | | ${floor.toFixed(1)} | | |`);
  console.log(`| popup: its document's start → first render (without the browser's page creation) | ${smallPopup.shellFromStart.toFixed(1)} | ${largePopup.shellFromStart.toFixed(1)} | ${(largePopup.shellFromStart / smallPopup.shellFromStart).toFixed(2)} | |`);
  console.log(`| popup: its document's start → company list shown (without the browser's page creation) | ${smallPopup.fromStart.toFixed(1)} | ${largePopup.fromStart.toFixed(1)} | ${(largePopup.fromStart / smallPopup.fromStart).toFixed(2)} | |`);
  console.log(`| popup: a company of the list clicked → its card shown | ${smallPopup.card.toFixed(1)} | ${largePopup.card.toFixed(1)} | ${(largePopup.card / smallPopup.card).toFixed(2)} | |`);
  console.log(`| full board: company chosen → its prep board (25 vs 300 clips) | ${result.company25.toFixed(1)} | ${result.company300.toFixed(1)} | ${(result.company300 / result.company25).toFixed(2)} | ≤ 1.5 |`);
  console.log(`| full board: its "Job ad and clips" view → first clip cards (25 vs 300 clips) | ${smallTimes.clips.toFixed(1)} | ${largeTimes.clips.toFixed(1)} | ${(largeTimes.clips / smallTimes.clips).toFixed(2)} | |`);
  console.log(`| full board of the 300-clip company, start → shown | | ${board300.toFixed(1)} | | |`);
  console.log(`| popup: first search typed → results, index built / stored index loaded (median of ${RUNS - 1}) | | ${searches.build.toFixed(1)} / ${searches.load.toFixed(1)} | | |`);
  console.log(`| popup: first search with the stored index, in a worker / in the page (before) | | ${searches.load.toFixed(1)} / ${inPage.load.toFixed(1)} | ${(searches.load / inPage.load).toFixed(2)} | |`);
  console.log(`| popup: longest the page's thread was busy meanwhile (typing frozen that long): stored index in a worker / in the page (before); index built in a worker | | ${searches.longestLoad.toFixed(1)} / ${inPage.longestLoad.toFixed(1)}; ${searches.longestBuild.toFixed(1)} | | |`);
  console.log(`| clip into the 300-clip company: cold worker / warm worker | | ${clip.cold.toFixed(1)} / ${clip.warm.toFixed(1)} | | |`);
  console.log(`| background.js (e2e build): bytes / gzip | | ${statSync(background).size} / ${gzipSync(readFileSync(background)).length} | | |`);
  console.log(`\n${scaleLine(result)}`);
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) await scaleSection();
