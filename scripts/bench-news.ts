/**
 * The news-filing section of `npm run bench`: saving a news article reads every researched company's names against its
 * headline, lead and text (core/company/news-subject.ts). Median milliseconds per article, in Node on an in-memory
 * IndexedDB, with the fixture set's first 20 and first 600 job ads saved before (each ad makes or joins a company).
 *
 * Alone: `npx tsx scripts/bench-news.ts`.
 */
import '../tests/fixtures/node-globals';
import 'fake-indexeddb/auto';
import { join } from 'node:path';
import { saveCapture } from '../core/capture/save-capture';
import { RoundTwoDB } from '../core/db/schema';
import { captureAd } from '../tests/fixtures/companies/identity-eval';
import { pages } from '../tests/fixtures/companies/identity-join';
import { median } from './bench-scale-views';

const FIXTURES = join(import.meta.dirname, '..', 'tests', 'fixtures');
const ARTICLES = 12;

async function perArticle(ads: number): Promise<{ companies: number; ms: number }> {
  const db = new RoundTwoDB(`bench-news-${ads}`);
  let at = 1;
  for (const ad of pages(join(FIXTURES, 'jobads')).slice(0, ads)) await saveCapture(db, captureAd(ad.html, ad.url).page, at++);
  const companies = await db.companies.count();
  const times: number[] = [];
  for (const article of pages(join(FIXTURES, 'news')).slice(0, ARTICLES)) {
    const { page } = captureAd(article.html, article.url);
    const started = performance.now();
    await saveCapture(db, page, at++);
    times.push(performance.now() - started);
  }
  await db.delete();
  return { companies, ms: median(times) };
}

export async function newsSection(): Promise<void> {
  const [small, large] = [await perArticle(20), await perArticle(600)];
  console.log('\nNews filed with a researched company: saving one article (ms, Node, in-memory IndexedDB, median of 12)\n');
  console.log(`| measure | ${small.companies} companies | ${large.companies} companies | ratio |\n|---|---:|---:|---:|`);
  console.log(`| save an article (capture read before) | ${small.ms.toFixed(1)} | ${large.ms.toFixed(1)} | ${(large.ms / small.ms).toFixed(2)} |`);
}

if (import.meta.url === `file://${process.argv[1]}`) await newsSection();
