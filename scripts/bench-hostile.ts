/**
 * Hostile pages in `npm run bench`: the time from the click in the popup to the outcome
 * shown, for each page of tests/fixtures/hostile beside a normal company page. A page
 * that gives no answer within the hang limit is reported as hung, never waited for.
 * Run alone with `tsx scripts/bench-hostile.ts` against an existing e2e build.
 */
import type { Page } from 'playwright-core';
import { launch, newProfile, openPopup, type Session } from '../tests/e2e/browser';
import { startServer } from '../tests/e2e/server';
import { timedClip, type ClipTiming } from './bench-page';

const HANG_LIMIT_MS = Number(process.env.BENCH_HANG_MS ?? 90_000);

export const HOSTILE_PAGES: Array<[label: string, path: string]> = [
  ['normal company page', '/fixtures/pages/nordlys-about.html'],
  ['2,000 paragraphs of 10 kB (20 MB)', '/generated/hostile/long-article.html'],
  ['1,000 paragraphs of 10 kB (10 MB)', '/generated/hostile/long-article.html?paragraphs=1000'],
  ['10,000-deep nesting', '/generated/hostile/deep-nesting.html?depth=10000'],
  ['20,000-deep nesting', '/generated/hostile/deep-nesting.html?depth=20000'],
  ['100 kB title', '/generated/hostile/huge-title.html'],
  ['5 MB JSON-LD', '/generated/hostile/big-json-ld.html'],
  ['frameset', '/fixtures/hostile/frameset.html'],
  ['SVG document', '/fixtures/hostile/image.svg'],
  ['sign-in form', '/fixtures/hostile/sign-in.html'],
  ['shadow DOM', '/fixtures/hostile/shadow-dom.html'],
  ['custom elements', '/fixtures/hostile/custom-elements.html'],
  ['link zoo', '/fixtures/hostile/link-zoo.html'],
  // Last: on a build without the fix these freeze their tab for good.
  ['form clobbering parentNode', '/fixtures/hostile/clobber-form.html'],
  ['form clobbering nextElementSibling', '/generated/hostile/clobber.html?name=nextElementSibling'],
];

/** Click → the popup shows the outcome, timed inside the popup; undefined when it hangs. */
async function timedOrHung(popup: Page): Promise<ClipTiming | undefined> {
  const clip = timedClip(popup);
  const hung = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), HANG_LIMIT_MS));
  return Promise.race([clip, hung]);
}

async function clipOnce(session: Session, url: string): Promise<string> {
  const tab = await session.context.newPage();
  try {
    await tab.goto(url, { waitUntil: 'load', timeout: HANG_LIMIT_MS });
    await tab.bringToFront();
    const popup = await openPopup(session);
    const result = await timedOrHung(popup);
    await popup.close({ runBeforeUnload: false }).catch(() => undefined);
    if (!result) return `| hung (no answer in ${HANG_LIMIT_MS / 1000} s) |`;
    return `| ${result.ms.toFixed(0).padStart(7)} | ${result.status.replace(/\s+/g, ' ').slice(0, 90)} |`;
  } finally {
    await tab.close({ runBeforeUnload: false }).catch(() => undefined);
  }
}

export async function hostileTable(): Promise<void> {
  const server = await startServer();
  const session = await launch(await newProfile());
  await clipOnce(session, `${server.origin}/fixtures/pages/skogsjo-om.html`); // warm-up
  console.log('\nHostile pages: click → outcome shown in the popup (ms, one clip each)\n');
  console.log('| page | capture ms | outcome |\n|---|---:|---|');
  for (const [label, path] of HOSTILE_PAGES) console.log(`| ${label} ${await clipOnce(session, `${server.origin}${path}`)}`);
  await session.context.close();
  await server.close();
}

if (import.meta.url === `file://${process.argv[1]}`) await hostileTable();
