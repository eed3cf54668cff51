// @vitest-environment node
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { saveCapture } from '../../../core/capture/save-capture';
import { RoundTwoDB } from '../../../core/db/schema';
import { scoreBlocks } from '../../../core/evidence';
import type { CapturedPage, TextBlock } from '../../../core/model';

let db: RoundTwoDB;
beforeEach(() => {
  db = new RoundTwoDB(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

function captured(url: string, overrides: Partial<CapturedPage> = {}): CapturedPage {
  const text = 'Our strategy is to grow in the north and hire engineers for the coast.';
  return {
    pageUrl: url,
    metadata: { canonicalUrl: url, title: 'About', lang: 'en' },
    method: 'readability',
    contentHtml: `<p>${text}</p>`,
    textContent: text,
    excerpt: text,
    blocks: [{ tag: 'p', text }],
    factBlocks: [],
    jsonLd: [],
    microdata: [],
    jsonLdErrors: 0,
    truncated: false,
    readabilityMs: 1,
    ...overrides,
  };
}

describe('long and poisoned pages are stored', () => {
  // Nine megabytes of text, some 180,000 sentences (once 116 s of scoring here, more than a function call takes arguments as
  // hits): no capture keeps so much (200,000 characters), and scoring reads the first 400,000 and stops (scoring-cap.ts).
  test('evidence scoring of a page far past the capture\'s cap reads up to the cap and stops', () => {
    const sentence = 'Our strategy is to grow in the northern markets. ';
    const blocks: TextBlock[] = Array.from({ length: 3_000 }, () => ({ tag: 'p', text: sentence.repeat(60) }));
    blocks.push({ tag: 'p', text: 'We will open a second plant in Kiruna by 2028.' });
    const hits = scoreBlocks(blocks, 'en');
    const strategy = hits.filter((hit) => hit.promptId === 'strategy').map((hit) => hit.sentence);
    expect(strategy).toContain('Our strategy is to grow in the northern markets.');
    expect(strategy.some((s) => s.includes('Kiruna'))).toBe(false);
    // The same plan within the cap is read.
    expect(scoreBlocks([...blocks.slice(0, 10), blocks.at(-1)!], 'en').some((hit) => hit.promptId === 'strategy' && hit.sentence.includes('Kiruna'))).toBe(true);
    // Some 8,000 sentences scored: about 5 s alone; the limit only guards against a hang on a loaded full run.
  }, 60_000);

  test('a company name with a NUL and 100 kB of title arrive as one clean, short line', async () => {
    const name = `Tindra\u0000 Analytics${' Group'.repeat(20_000)}`;
    const page = captured('https://tindra.no/om', {
      metadata: { canonicalUrl: 'https://tindra.no/om', title: `About\u0000 ${'x'.repeat(100_000)}`, lang: 'en' },
      jsonLd: [{ '@type': 'Organization', name }],
    });
    const { clip, company } = await saveCapture(db, page, 1000);
    expect(company.name.length).toBeLessThanOrEqual(300);
    expect(company.name).toMatch(/^Tindra Analytics Group/);
    expect(clip.title.length).toBeLessThanOrEqual(300);
    expect(`${company.name}${clip.title}`).not.toMatch(/\u0000/);
  });
});
