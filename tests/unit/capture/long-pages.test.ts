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
  test('evidence scoring takes more hits than a function call takes arguments', () => {
    const sentence = 'Our strategy is to grow in the northern markets. ';
    const blocks: TextBlock[] = Array.from({ length: 3_000 }, () => ({ tag: 'p', text: sentence.repeat(60) }));
    const hits = scoreBlocks(blocks, 'en');
    expect(hits.filter((hit) => hit.promptId === 'strategy').length).toBeGreaterThan(0);
    // 180,000 sentences take about 80 s alone here now (about 30 s when the rules were fewer); the limit only guards
    // against a hang on a loaded full run, where the same took 121 s beside the other workers.
  }, 300_000);

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
