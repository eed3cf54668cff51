/**
 * Job-ad extraction against the golden fixtures, field by field, and its speed.
 *   npx tsx scripts/jobad-accuracy.ts            the table and the timing
 *   npx tsx scripts/jobad-accuracy.ts --dump X   what is extracted from fixture X, as JSON
 *   npx tsx scripts/jobad-accuracy.ts --non-ads  also the Readability corpus (130 pages, about two minutes)
 * Then the identity set, read as a tab is read: employer (the company the clip lands in), title,
 * place and deadline per page, for the tuned set (tests/fixtures/jobads, tests/fixtures/companies)
 * and, apart, the held-out set (tests/fixtures/heldout), which the tuning never read.
 * The fixtures' expectations were reviewed by hand against this extractor, so the
 * table is a regression baseline; the non-ad pages of the Readability corpus give
 * an independent false-positive count.
 */
import '../tests/fixtures/node-globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractJobAd, type JobAd, type JobLocation } from '../core/jobad';
import { companyPagesJoinAds, formatJoins, newsFiledWithEmployer } from '../tests/fixtures/companies/identity-join';
import { heldOutIdentityCases, identityTable, SHOW_HELDOUT, tunedIdentityCases } from '../tests/fixtures/companies/identity-table';
import { captureEach } from '../tests/fixtures/companies/identity-eval';
import { loadFixtures, pageInput, type ExpectedJobAd } from '../tests/unit/jobad/page-input';

const RUNS = 20;
const NON_ADS_DIR = join(process.cwd(), 'tests/corpus/readability');

function place(locations: readonly JobLocation[] | undefined): string {
  return (locations ?? []).map((l) => [l.city, l.region, l.country].filter(Boolean).join(' ')).join('; ');
}

function requirementCount(ad: Pick<JobAd, 'requirements'> | ExpectedJobAd | null): number | undefined {
  return ad?.requirements ? ad.requirements.must.length + ad.requirements.nice.length : undefined;
}

function compareText(expected: string | undefined, got: string | undefined): string {
  if (expected === undefined) return '·';
  return expected === got ? 'ok' : 'MISS';
}

function compareCount(expected: number | undefined, got: number | undefined): string {
  if (expected === undefined) return '·';
  return `${expected === got ? 'ok' : 'MISS'} ${expected}/${got ?? 0}`;
}

function pad(text: string, width: number): string {
  return text.length >= width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

function dump(name: string): void {
  const fixture = loadFixtures().find((f) => f.name === name);
  if (!fixture) throw new Error(`No fixture ${name}`);
  const { input } = pageInput(fixture.html, fixture.expected.url);
  console.log(JSON.stringify(extractJobAd(input), null, 2));
}

function table(): void {
  const fixtures = loadFixtures();
  const header = ['fixture', 'detected', 'title', 'company', 'location', 'requirements', 'responsibilities'];
  const widths = [44, 9, 6, 8, 9, 13, 17];
  console.log(header.map((h, i) => pad(h, widths[i]!)).join(' '));
  const misses: string[] = [];
  const score = { checked: 0, ok: 0 };
  for (const { name, html, expected } of fixtures) {
    const { input } = pageInput(html, expected.url);
    const got = extractJobAd(input);
    const want = expected.jobAd;
    const row = [
      name,
      want === null ? (got === null ? 'ok null' : 'MISS') : got ? 'ok' : 'MISS',
      compareText(want?.title, got?.title),
      compareText(want?.hiringOrganization?.name, got?.hiringOrganization?.name),
      compareText(want?.locations ? place(want.locations) : undefined, place(got?.locations)),
      compareCount(requirementCount(want), requirementCount(got)),
      compareCount(want?.responsibilities?.length, got?.responsibilities.length),
    ];
    for (const cell of row.slice(1)) {
      if (cell === '·') continue;
      score.checked += 1;
      if (cell.startsWith('ok')) score.ok += 1;
    }
    if (want && got) {
      if (want.title !== undefined && want.title !== got.title) misses.push(`${name} title: expected "${want.title}", got "${got.title}"`);
      const company = want.hiringOrganization?.name;
      if (company !== undefined && company !== got.hiringOrganization?.name) misses.push(`${name} company: expected "${company}", got "${got.hiringOrganization?.name}"`);
      if (want.locations && place(want.locations) !== place(got.locations)) misses.push(`${name} location: expected "${place(want.locations)}", got "${place(got.locations)}"`);
    }
    console.log(row.map((c, i) => pad(c, widths[i]!)).join(' '));
  }
  console.log(`\n${score.ok}/${score.checked} checked fields match (· = not pinned by the fixture).`);
  for (const miss of misses) console.log(`  ${miss}`);

  const largest = fixtures.reduce((a, b) => (b.html.length > a.html.length ? b : a));
  timing(`Largest fixture: ${largest.name}`, largest.html, largest.expected.url);
  if (process.argv.includes('--non-ads')) nonAds();
}

/** Pages of different sites that must form one company, as stored: the tuned set, then the held-out set. */
async function joins(): Promise<void> {
  const tuned = join(process.cwd(), 'tests/fixtures');
  console.log(`\n${formatJoins('Company pages that join their employer\'s ad (tuned)', await companyPagesJoinAds(tuned))}`);
  console.log(`\n${formatJoins('News filed with the employer it names, with a reason, news site not added (tuned)', await newsFiledWithEmployer(tuned))}`);
  const root = join(process.cwd(), 'tests/fixtures/heldout');
  const heldOut = await companyPagesJoinAds(root);
  const news = await newsFiledWithEmployer(root);
  if (heldOut.length === 0 && news.length === 0) {
    console.log('\nHeld-out joins: no held-out cases in tests/fixtures/heldout.');
    return;
  }
  console.log(`\n${formatJoins('HELD-OUT company pages that join their employer\'s ad', heldOut, SHOW_HELDOUT)}`);
  console.log(`\n${formatJoins('HELD-OUT news filed with the employer it names (with a reason, news site not added)', news, SHOW_HELDOUT)}`);
}

function timing(label: string, html: string, url: string): void {
  const { input } = pageInput(html, url);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    extractJobAd(input);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = (times[RUNS / 2 - 1]! + times[RUNS / 2]!) / 2;
  console.log(
    `\n${label} (${Math.round(html.length / 1024)} KiB HTML, ${input.blocks.length} blocks): ` +
      `extractJobAd median of ${RUNS} runs ${median.toFixed(2)} ms (min ${times[0]!.toFixed(2)}, max ${times[RUNS - 1]!.toFixed(2)}).`,
  );
}

/** Articles and blog posts that are not job ads: each one detected as an ad is a false positive. */
function nonAds(): void {
  if (!existsSync(NON_ADS_DIR)) return;
  const pages = readdirSync(NON_ADS_DIR)
    .map((name) => ({ name, file: join(NON_ADS_DIR, name, 'source.html') }))
    .filter((p) => existsSync(p.file));
  const falsePositives: string[] = [];
  let biggest = { name: '', html: '' };
  for (const { name, file } of pages) {
    const html = readFileSync(file, 'utf8');
    if (html.length > biggest.html.length) biggest = { name, html };
    const ad = extractJobAd(pageInput(html, `https://example.org/${name}/`).input);
    if (ad) falsePositives.push(`${name} ("${ad.title}", via ${Object.values(ad.sources).join('/')})`);
  }
  console.log(`\nNon-ad pages (tests/corpus/readability): ${falsePositives.length} of ${pages.length} taken for job ads.`);
  for (const fp of falsePositives) console.log(`  ${fp}`);
  if (biggest.name) timing(`Largest non-ad page: ${biggest.name}`, biggest.html, `https://example.org/${biggest.name}/`);
}

const dumpAt = process.argv.indexOf('--dump');
if (dumpAt >= 0) dump(process.argv[dumpAt + 1] ?? '');
else {
  table();
  // Every identity page read first, a turn of the event loop after each, so that jsdom frees each window (captureEach).
  await captureEach([...tunedIdentityCases(), ...heldOutIdentityCases()]);
  console.log(`\n${identityTable()}`);
  await joins();
}
