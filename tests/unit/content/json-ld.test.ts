import { describe, expect, test } from 'vitest';
import { collectJsonLd, flattenJsonLd, typesOf } from '../../../content/json-ld';

function page(...blocks: string[]): Document {
  const scripts = blocks.map((b) => `<script type="application/ld+json">${b}</script>`).join('');
  return new DOMParser().parseFromString(`<html><head>${scripts}</head><body></body></html>`, 'text/html');
}

describe('JSON-LD collection', () => {
  test('reads several blocks, arrays and @graph into one flat list', () => {
    const { nodes, errors } = collectJsonLd(
      page(
        '{"@context":"https://schema.org","@type":"Organization","name":"Nordlys Energi AS"}',
        '[{"@type":"WebSite","name":"Nordlys"},{"@type":"BreadcrumbList"}]',
        '{"@context":"https://schema.org","@graph":[{"@type":"JobPosting","title":"Driftsingeniør"},{"@type":"Place"}]}',
      ),
    );
    expect(errors).toBe(0);
    expect(nodes.map((n) => typesOf(n)[0])).toEqual(['Organization', 'WebSite', 'BreadcrumbList', 'JobPosting', 'Place']);
  });

  test('skips a broken block, counts it, and keeps the good one next to it', () => {
    const { nodes, errors } = collectJsonLd(page('{ "@type": "JobPosting", "title": ', '{"@type":"JobPosting","title":"Utvecklare"}'));
    expect(errors).toBe(1);
    expect(nodes).toEqual([{ '@type': 'JobPosting', title: 'Utvecklare' }]);
  });

  test('tolerates HTML comments and trailing commas that real sites leave in', () => {
    const { nodes, errors } = collectJsonLd(page('<!-- {"@type":"Organization","name":"Skog & Sjø AB",} -->'));
    expect(errors).toBe(0);
    expect(nodes[0]?.['name']).toBe('Skog & Sjø AB');
  });

  test('reads @type given as an array or a full schema.org URL', () => {
    expect(typesOf({ '@type': ['JobPosting', 'Thing'] })).toEqual(['JobPosting', 'Thing']);
    expect(typesOf({ '@type': 'https://schema.org/Organization' })).toEqual(['Organization']);
    expect(typesOf({})).toEqual([]);
  });

  test('stops at a sane number of nodes on pages that carry thousands', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ '@type': 'Product', name: `p${i}` }));
    expect(flattenJsonLd(many).length).toBe(200);
  });
});
