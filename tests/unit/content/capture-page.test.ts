import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { capturePage } from '../../../content/capture-page';
import { MAX_TEXT_CHARS } from '../../../content/readable';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures', 'pages');

function load(name: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(fixtures, name), 'utf8'), 'text/html');
}

describe('capturing a page', () => {
  test('a company page becomes a readable article with its headings kept for later scoring', () => {
    const page = capturePage(load('nordlys-about.html'), 'https://nordlys-energi.no/om-oss');
    expect(page.method).toBe('readability');
    expect(page.metadata.title).toBe('Om Nordlys Energi');
    expect(page.metadata.siteName).toBe('Nordlys Energi');
    expect(page.metadata.lang).toBe('nb');
    expect(page.textContent).toContain('Strategien vår mot 2030');
    expect(page.textContent).not.toContain('informasjonskapsler');
    const strategy = page.blocks.find((b) => b.text.startsWith('Strategien vår'));
    expect(strategy?.heading).toBe('Strategi mot 2030');
    expect(page.jsonLd.map((n) => n['name'])).toContain('Nordlys Energi AS');
  });

  test('the page is left as it was (Readability works on a clone)', () => {
    const doc = load('nordlys-about.html');
    const before = doc.body.innerHTML;
    capturePage(doc, 'https://nordlys-energi.no/om-oss');
    expect(doc.body.innerHTML).toBe(before);
  });

  test('a page with nothing readable keeps its title and visible text, not its scripts', () => {
    const page = capturePage(load('nothing-readable.html'), 'https://fjordlaks.no/dashboard');
    expect(page.method).toBe('page-text');
    expect(page.metadata.title).toBe('Careers dashboard');
    expect(page.textContent).toContain('Loading your dashboard');
    expect(page.textContent).not.toContain('document.title');
  });

  test('a broken JSON-LD block is counted and the rest of the page is still captured', () => {
    const page = capturePage(load('hostile.html'), 'https://skogsjo.se/q3');
    expect(page.jsonLdErrors).toBe(1);
    expect(page.jsonLd).toHaveLength(1);
    expect(page.textContent).toContain('sustainable timber');
  });

  test('a huge page is capped and marked as truncated', () => {
    const paragraph = '<p>Our strategy is to grow steadily in the northern markets while keeping costs low.</p>';
    const doc = new DOMParser().parseFromString(`<html><body><article>${paragraph.repeat(4000)}</article></body></html>`, 'text/html');
    const page = capturePage(doc, 'https://example.no/report');
    expect(page.truncated).toBe(true);
    expect(page.textContent.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
  }, 30_000);
});
