import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, newProfile, openPopup, readStore, type Session } from './browser';
import { clickClip } from './popup';
import { startServer, type PageServer } from './server';

const CORPUS = join(import.meta.dirname, '..', 'corpus', 'readability');
const all = readdirSync(CORPUS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
// Every third page (44 of 130) keeps CI near ten minutes; `E2E_CORPUS=all` clips every page.
const pages = process.env.E2E_CORPUS === 'all' ? all : all.filter((_, i) => i % 3 === 0);

let server: PageServer;
let session: Session;
let tab: Page;
let popup: Page;

beforeAll(async () => {
  server = await startServer();
  session = await launch(await newProfile());
  tab = await session.context.newPage();
  popup = await openPopup(session);
});

afterAll(async () => {
  await session?.context.close();
  await server?.close();
});

const normalise = (title: string) => title.replace(/\s+/g, ' ').trim();

test(`${pages.length} of the Readability corpus's ${all.length} pages are clipped without an error, with their expected titles`, async () => {
  const failures: string[] = [];
  const mismatches: string[] = [];
  let withTitle = 0;
  let refusedAsEmpty = 0;
  const expectedTitles = new Map<string, string>();
  for (const name of pages) {
    const url = `${server.origin}/corpus/${name}/`;
    await tab.goto(url, { waitUntil: 'load' });
    await tab.bringToFront();
    const status = await clickClip(popup);
    // Some of Readability's test pages are a sentence or two: those are refused as nearly
    // empty, which is right only when the page really shows fewer than 40 words.
    if (status.includes('almost no readable text')) {
      const words = await tab.evaluate(() => document.body?.innerText.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0);
      if (words >= 40) failures.push(`${name}: refused as nearly empty with ${words} words`);
      else refusedAsEmpty += 1;
      continue;
    }
    if (!status.startsWith('Clipped') && !status.startsWith('Updated')) {
      failures.push(`${name}: ${status}`);
      continue;
    }
    const expected = JSON.parse(readFileSync(join(CORPUS, name, 'expected-metadata.json'), 'utf8')) as { title?: string };
    if (expected.title) expectedTitles.set(url, expected.title);
  }
  const stored = new Map((await readStore(popup)).clips.map((clip) => [clip.pageUrl, clip.title]));
  for (const [url, title] of expectedTitles) {
    withTitle += 1;
    if (normalise(stored.get(url) ?? '') !== normalise(title)) mismatches.push(`${url}: stored "${stored.get(url)}" expected "${title}"`);
  }
  const matchRate = (withTitle - mismatches.length) / withTitle;
  console.log(
    `Corpus: ${pages.length} pages, ${failures.length} capture errors, ${refusedAsEmpty} refused as nearly empty; titles match on ${withTitle - mismatches.length}/${withTitle} (${(matchRate * 100).toFixed(1)}%)`,
  );
  if (mismatches.length) console.log(`Title mismatches:\n  ${mismatches.join('\n  ')}`);
  expect(failures).toEqual([]);
  expect(matchRate).toBeGreaterThanOrEqual(0.95);
}, 600_000);
