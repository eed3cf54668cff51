/**
 * `npm run bench`: builds the extension, loads it in Chromium and prints tables:
 * per corpus page, Readability alone on a clone of the page against the whole
 * capture (click in the popup → stored record → result shown), and the gzip size
 * of each bundle. Numbers to read, not assertions.
 */
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { analyseCapture } from '../core/capture/analyse';
import type { CapturedPage, Clip, ClipContent } from '../core/model';
import { launch, newProfile, openPopup, OUTPUT_DIR } from '../tests/e2e/browser';
import { startServer } from '../tests/e2e/server';
import { hostileTable } from './bench-hostile';
import { storedClips, timedClip } from './bench-page';

const ROOT = join(import.meta.dirname, '..');
const CORPUS = join(ROOT, 'tests', 'corpus', 'readability');
const READABILITY_JS = join(ROOT, 'node_modules', '@mozilla', 'readability', 'Readability.js');
const only = process.argv.slice(2);

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}
const ms = (x: number) => x.toFixed(1).padStart(8);

function gzipKb(files: string[]): string {
  const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);
  return `${(bytes / 1024).toFixed(1)} kB`;
}

/** The scripts an HTML page of the build loads, with the chunks they import. */
function pageScripts(dir: string, html: string): string[] {
  const source = readFileSync(join(dir, html), 'utf8');
  const found = [...source.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => join(dir, m[1]!));
  return [...new Set(found)];
}

/** The page's scripts and every script its own chunks load on demand (Vite's `__vite__mapDeps` list). */
function pageScriptsWithLazy(dir: string, html: string): string[] {
  const first = pageScripts(dir, html);
  const lazy = first.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/"(chunks\/[^"]+\.js)"/g)].map((m) => join(dir, m[1]!)));
  return [...new Set([...first, ...lazy])];
}

function bundleTable(): void {
  const dir = join(OUTPUT_DIR, 'chrome-mv3');
  const rows: Array<[string, string[], string]> = [
    ['content script (capture)', [join(dir, 'capture.js')], '16 kB'],
    ['popup: first step (header, clip button)', pageScripts(dir, 'popup.html'), '45 kB'],
    ['popup with its dashboard (loaded at once after)', pageScriptsWithLazy(dir, 'popup.html'), '45 kB'],
    ['background', [join(dir, 'background.js')], '35 kB'],
  ];
  console.log('\nBundle sizes (production build, gzip)\n');
  console.log('| bundle | files | gzip | target |\n|---|---|---|---|');
  for (const [name, files, target] of rows) console.log(`| ${name} | ${files.length} | ${gzipKb(files)} | ≤ ${target} |`);
}

async function captureTable(): Promise<void> {
  const server = await startServer();
  const session = await launch(await newProfile());
  const tab = await session.context.newPage();
  const popup = await openPopup(session);
  const readabilitySource = readFileSync(READABILITY_JS, 'utf8');
  const names = readdirSync(CORPUS)
    .filter((name) => statSync(join(CORPUS, name)).isDirectory())
    .filter((name) => !only.length || only.includes(name))
    .sort();
  const rows: Array<{ name: string; kb: number; readability: number; capture: number; mapping: number }> = [];
  for (const [i, name] of names.entries()) {
    process.stderr.write(`[capture ${i + 1}/${names.length}] ${name}\n`);
    const url = `${server.origin}/corpus/${name}/`;
    await tab.goto(url, { waitUntil: 'load' });
    await tab.bringToFront();
    await timedClip(popup); // warm-up: the first run pays for compiling the scripts
    const capture = (await timedClip(popup)).ms;
    await tab.addScriptTag({ content: readabilitySource });
    const readability = await tab.evaluate(() => {
      const started = performance.now();
      // @ts-expect-error -- Readability.js declares a page global when added as a script
      new Readability(document.cloneNode(true)).parse();
      return performance.now() - started;
    });
    const kb = statSync(join(CORPUS, name, 'source.html')).size / 1024;
    rows.push({ name, kb, readability, capture, mapping: NaN });
  }
  const stored = await storedClips(popup);
  for (const row of rows) {
    const found = stored.find(({ clip }) => clip.pageUrl === `${server.origin}/corpus/${row.name}/`);
    if (found) row.mapping = mappingMs(found.clip, found.content);
  }
  await session.context.close();
  await server.close();

  console.log('\nCapture against Readability alone, per page (ms; second clip of each page)\n');
  console.log('| page | size kB | Readability | capture | ratio | mapping |\n|---|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(`| ${r.name} | ${r.kb.toFixed(0)} | ${ms(r.readability)} | ${ms(r.capture)} | ${(r.capture / r.readability).toFixed(2)} | ${ms(r.mapping)} |`);
  }
  const ratios = rows.map((r) => r.capture / r.readability);
  const overheads = rows.map((r) => r.capture - r.readability);
  console.log('\nAggregate over', rows.length, 'pages\n');
  console.log('| measure | median | p95 |\n|---|---:|---:|');
  console.log(`| Readability alone (ms) | ${ms(median(rows.map((r) => r.readability)))} | ${ms(quantile(rows.map((r) => r.readability), 0.95))} |`);
  console.log(`| whole capture (ms) | ${ms(median(rows.map((r) => r.capture)))} | ${ms(quantile(rows.map((r) => r.capture), 0.95))} |`);
  console.log(`| capture − Readability (ms) | ${ms(median(overheads))} | ${ms(quantile(overheads, 0.95))} |`);
  console.log(`| capture / Readability | ${median(ratios).toFixed(2).padStart(8)} | ${quantile(ratios, 0.95).toFixed(2).padStart(8)} |`);
  const mapping = rows.map((r) => r.mapping).filter((x) => !Number.isNaN(x));
  console.log(`| mapping at capture: job ad + prompt scoring (ms, Node) | ${ms(median(mapping))} | ${ms(quantile(mapping, 0.95))} |`);
}


/** The analysis the background runs when a clip is stored, timed in Node on the same stored page (median of 5). */
function mappingMs(clip: Clip, content: ClipContent): number {
  const page: CapturedPage = {
    pageUrl: clip.pageUrl,
    metadata: { canonicalUrl: clip.url, title: clip.title, ...(clip.lang ? { lang: clip.lang } : {}), ...(clip.siteName ? { siteName: clip.siteName } : {}) },
    method: clip.method,
    contentHtml: content.contentHtml,
    textContent: content.textContent,
    excerpt: clip.excerpt,
    blocks: content.blocks,
    factBlocks: [],
    jsonLd: content.jsonLd,
    microdata: [],
    jsonLdErrors: 0,
    truncated: clip.truncated,
    readabilityMs: 0,
  };
  const times = Array.from({ length: 5 }, () => {
    const started = performance.now();
    analyseCapture(page, clip.url);
    return performance.now() - started;
  });
  return median(times);
}

execSync('npx wxt build && npx wxt build --mode e2e', { cwd: ROOT, stdio: 'ignore' });
bundleTable();
await captureTable();
await hostileTable();
// News filing reads every researched company's names: per article with 20 and with 600 ads saved before, in Node.
await (await import('./bench-news')).newsSection();
// The search measure runs the same index code over 5,000 clips in Node; its p95 joins the scale line.
const { measureSearch } = await import('./bench-search');
await (await import('./bench-scale')).scaleSection(async () => (await measureSearch(5000)).p95);
