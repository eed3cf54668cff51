import { describe, expect, test } from 'vitest';
import { capturePage } from '../../../content/capture-page';
import { collectJsonLd } from '../../../content/json-ld';
import { JSON_LD_LIMITS } from '../../../content/json-ld-limits';
import { extractReadable, MAX_TEXT_CHARS } from '../../../content/readable';
import { extractTextBlocks, MAX_BLOCK_CHARS } from '../../../content/text-blocks';

const SENTENCE = 'Our strategy is to grow in the northern markets and hire engineers. ';
const html = (body: string, head = '') => new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');
const total = (blocks: Array<{ text: string }>) => blocks.reduce((sum, block) => sum + block.text.length, 0);

describe('caps at capture', () => {
  test('50 paragraphs of 10 kB (500 kB) store no more block text than the text cap, the last block cut to fit', () => {
    const paragraph = `<p>${SENTENCE.repeat(150)}</p>`;
    const blocks = extractTextBlocks(html(`<article>${paragraph.repeat(50)}</article>`).body);
    expect(MAX_BLOCK_CHARS).toBe(MAX_TEXT_CHARS);
    expect(total(blocks)).toBe(MAX_BLOCK_CHARS);
    expect(blocks.length).toBeLessThan(30);
  });

  // jsdom's own tree code recurses, so the 20,000-deep page runs in Chromium (tests/e2e/hostile.test.ts).
  test('1,000 nested blocks are read once, through the innermost block, not as 1,000 growing copies', () => {
    const doc = html('<h2>Responsibilities</h2><div id="deep"></div>');
    let parent = doc.getElementById('deep')!;
    for (let i = 0; i < 1_000; i += 1) {
      const child = doc.createElement(i % 2 ? 'blockquote' : 'li');
      child.append(`Level ${i}. `);
      parent.append(child);
      parent = child;
    }
    const blocks = extractTextBlocks(doc.body);
    expect(blocks.map((b) => b.text)).toEqual(['Responsibilities', 'Level 999.']);
  });

  test('a block that holds no other block keeps its text, and its heading', () => {
    const blocks = extractTextBlocks(html('<h2>Krav</h2><ul><li>Fagbrev <b>elkraft</b></li><li><p>Førerkort</p></li></ul><table><tr><td>Sted</td><td>Tromsø</td></tr></table>').body);
    expect(blocks).toEqual([
      { tag: 'h2', text: 'Krav' },
      { heading: 'Krav', tag: 'li', text: 'Fagbrev elkraft' },
      // A paragraph inside a list item is that item.
      { heading: 'Krav', tag: 'li', text: 'Førerkort' },
      { heading: 'Krav', tag: 'td', text: 'Sted' },
      { heading: 'Krav', tag: 'td', text: 'Tromsø' },
    ]);
  });

  test('a 100 kB title and site name are stored as one short line, without control characters', () => {
    // (The HTML parser itself turns a NUL into U+FFFD; a NUL arrives through JSON-LD, see save-capture.)
    const title = `Nordlys\u0001 Energi\u0007 ${'very long title '.repeat(7_000)}`;
    const page = capturePage(
      html(`<h1>About</h1><p>${SENTENCE.repeat(10)}</p>`, `<title>${title}</title><meta property="og:site_name" content="${'Site\u0007 '.repeat(20_000)}">`),
      'https://nordlys.no/om',
    );
    expect(page.metadata.title.length).toBeLessThanOrEqual(300);
    expect(page.metadata.title).toMatch(/^Nordlys Energi very long title/);
    expect(page.metadata.siteName!.length).toBeLessThanOrEqual(300);
    for (const value of [page.metadata.title, page.metadata.siteName!, page.excerpt]) {
      expect(value).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    }
  });

  test('a 5 MB JSON-LD block nested 5,000 deep is kept within the caps, and what was left out is counted', () => {
    const deep = `${'{"@type":"Thing","inner":'.repeat(5_000)}"bottom"${'}'.repeat(5_000)}`;
    const json = `{"@type":"Organization","name":"Tindra Analytics","description":"${'x'.repeat(5_000_000)}","subOrganization":${deep}}`;
    const { nodes, errors, dropped } = collectJsonLd(html('', `<script type="application/ld+json">${json}</script>`));
    expect(errors).toBe(0);
    expect(nodes[0]!['name']).toBe('Tindra Analytics');
    expect(JSON.stringify(nodes).length).toBeLessThan(JSON_LD_LIMITS.totalChars + 10_000);
    expect(dropped).toBeGreaterThanOrEqual(2);
    let depth = 0;
    for (let at = nodes[0]!['subOrganization'] as Record<string, unknown> | undefined; at; at = at['inner'] as Record<string, unknown> | undefined) depth += 1;
    expect(depth).toBeLessThanOrEqual(JSON_LD_LIMITS.depth);
  });

  test('JSON-LD within the caps is kept whole, with nothing counted as dropped', () => {
    const node = { '@type': 'JobPosting', title: 'Driftsingeniør', hiringOrganization: { '@type': 'Organization', name: 'Nordlys Energi AS' } };
    const { nodes, dropped } = collectJsonLd(html('', `<script type="application/ld+json">${JSON.stringify(node)}</script>`));
    expect(nodes).toEqual([node]);
    expect(dropped).toBe(0);
  });
});

describe('the time budget', () => {
  test('Readability that overruns its budget is stopped, and the page’s visible text is kept instead, saying so', () => {
    let clock = 0;
    const doc = html(`<article><h1>Report</h1>${`<p>${SENTENCE.repeat(5)}</p>`.repeat(50)}</article>`);
    const readable = extractReadable(doc, { now: () => (clock += 100), budgetMs: 1_000 });
    expect(readable.overBudget).toBe(true);
    expect(readable.method).toBe('page-text');
    expect(readable.text).toContain('Our strategy is to grow');
  });

  test('within the budget the article is read as before', () => {
    const doc = html(`<article><h1>Report</h1>${`<p>${SENTENCE.repeat(5)}</p>`.repeat(50)}</article>`);
    const readable = extractReadable(doc);
    expect(readable.overBudget).toBe(false);
    expect(readable.method).toBe('readability');
  });
});
