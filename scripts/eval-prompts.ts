/**
 * Prints how well evidence scoring finds the labelled sentences in
 * tests/fixtures/prompts: precision of the top 3 and recall within the top 5,
 * per prompt, per language and overall. `--verbose` lists what each tuning case missed; `--show-heldout` adds the
 * held-out cases (read them only to move the set into tuning).
 *
 * Run: npm run eval:prompts  (tsx scripts/eval-prompts.ts)
 */
import { readFileSync } from 'node:fs';
import { PROMPTS } from '../core/prompts';
import {
  evaluateAll,
  evaluateHeldOut,
  formatRows,
  HELDOUT_DIR,
  groupRows,
  loadFixtures,
  summarise,
  unreachableExpectations,
} from '../tests/fixtures/prompts/evaluate';

const verbose = process.argv.includes('--verbose');

for (const { name, fixture } of [...loadFixtures(), ...loadFixtures(HELDOUT_DIR)]) {
  for (const sentence of unreachableExpectations(fixture)) console.warn(`! ${name}: expected sentence never segmented: ${sentence}`);
}

const results = evaluateAll();
// Written apart from the cues and weights and never read while tuning them: reported on their own.
const heldOut = evaluateHeldOut();
const promptOrder = new Map(PROMPTS.map((p, i) => [p.id, i]));
const byPrompt = groupRows(results, (r) => r.promptId).sort(
  (a, b) => (promptOrder.get(a.label) ?? 0) - (promptOrder.get(b.label) ?? 0),
);
const byLang = groupRows(results, (r) => r.lang).sort((a, b) => a.label.localeCompare(b.label));

console.log(`${loadFixtures().length} cases, ${results.length} (case, prompt) pairs\n`);
console.log(formatRows('prompt', byPrompt));
console.log();
console.log(formatRows('language', byLang));
console.log();
const bySplit = groupRows(results, (r) => r.split).sort((a, b) => b.label.localeCompare(a.label));
console.log(formatRows('split', [...bySplit, summarise('overall', results)]));
console.log();
// Each earlier held-out set apart: a change that helps only the set it was made for shows here.
const sets = JSON.parse(readFileSync(new URL('../tests/fixtures/prompt-sets.json', import.meta.url), 'utf8')) as Record<string, string | string[]>;
const setOf = new Map(Object.entries(sets).flatMap(([set, names]) => (Array.isArray(names) ? names.map((name) => [name, set] as const) : [])));
const bySet = groupRows(results, (r) => setOf.get(r.caseName) ?? 'v1–v2, written').sort((a, b) => a.label.localeCompare(b.label, 'en', { numeric: true }));
console.log(formatRows('set', bySet));
console.log();
if (heldOut.length) {
  console.log(`HELD-OUT (tests/fixtures/heldout/prompts, never tuned on): ${loadFixtures(HELDOUT_DIR).length} cases, ${heldOut.length} pairs\n`);
  const heldByPrompt = groupRows(heldOut, (r) => r.promptId).sort((a, b) => (promptOrder.get(a.label) ?? 0) - (promptOrder.get(b.label) ?? 0));
  console.log(formatRows('held-out prompt', heldByPrompt));
  console.log();
  console.log(formatRows('held-out language', groupRows(heldOut, (r) => r.lang).sort((a, b) => a.label.localeCompare(b.label))));
  console.log();
  const holdout = results.filter((r) => r.split === 'holdout');
  console.log(formatRows('held-out split', [summarise('earlier hold-out', holdout), summarise('new held-out', heldOut), summarise('held-out, all', [...holdout, ...heldOut])]));
} else {
  console.log('HELD-OUT: no held-out cases (tests/fixtures/heldout/prompts is empty or missing).');
}
console.log('\nP@3: share of the (up to) 3 best hits that are labelled; R@5: labelled sentences found in the top 5,');
console.log('out of at most 5. False alarms: pairs labelled "nothing should surface" where something did.');

// The held-out cases' sentences are listed only on request (`--show-heldout`): whoever reads them moves the set into
// tuning, as `scripts/jobad-accuracy.ts --show-heldout` does for the pages.
const showHeldOut = process.argv.includes('--show-heldout');
if (verbose) {
  if (heldOut.length && !showHeldOut) console.log(`\n(${heldOut.length} held-out pairs not listed: add --show-heldout to read them.)`);
  for (const r of [...results, ...(showHeldOut ? heldOut : [])]) {
    const shown = r.top.slice(0, 5).map((s, i) => `    ${i + 1}. ${s}`);
    const missed = r.missed.map((s) => `    - missed: ${s}`);
    console.log(`\n${r.caseName} / ${r.promptId}  P@3=${r.precisionAt3?.toFixed(2) ?? '–'}  R@5=${r.recallAt5?.toFixed(2) ?? '–'}`);
    console.log([...shown, ...missed].join('\n'));
  }
}
