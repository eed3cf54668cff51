import { describe, expect, test } from 'vitest';
import { extractMetadata } from '../../../content/metadata';

function doc(head: string, attrs = ''): Document {
  return new DOMParser().parseFromString(`<!doctype html><html ${attrs}><head>${head}</head><body></body></html>`, 'text/html');
}

describe('page metadata', () => {
  test('uses the canonical link, resolved against the page URL', () => {
    const meta = extractMetadata(doc('<title>T</title><link rel="canonical" href="/om-oss">'), 'https://www.nordlys.no/om-oss?utm_source=x');
    expect(meta.canonicalUrl).toBe('https://www.nordlys.no/om-oss');
  });

  test('ignores a canonical URL on another site and keeps the page URL', () => {
    const meta = extractMetadata(doc('<link rel="canonical" href="https://aggregator.example/copy">'), 'https://nordlys.no/news/1');
    expect(meta.canonicalUrl).toBe('https://nordlys.no/news/1');
  });

  test('ignores a canonical link that points a deeper page at the home page (a template default)', () => {
    const meta = extractMetadata(doc('<link rel="canonical" href="https://nordlys.no/">'), 'https://nordlys.no/karriere/driftsingenior');
    expect(meta.canonicalUrl).toBe('https://nordlys.no/karriere/driftsingenior');
  });

  test('reads Open Graph title, site name, description, type and image', () => {
    const meta = extractMetadata(
      doc(`<title>Page title</title>
        <meta property="og:title" content="Strategi mot 2030">
        <meta property="og:site_name" content="Nordlys Energi">
        <meta property="og:description" content="Tre satsingsområder">
        <meta property="og:type" content="article">
        <meta property="og:image" content="/img/hero.jpg">`),
      'https://nordlys.no/strategi',
    );
    expect(meta).toMatchObject({
      title: 'Strategi mot 2030',
      siteName: 'Nordlys Energi',
      description: 'Tre satsingsområder',
      ogType: 'article',
      image: 'https://nordlys.no/img/hero.jpg',
    });
  });

  test('falls back to the document title, and reads lang and published time', () => {
    const meta = extractMetadata(
      doc('<title>  Våra värderingar </title><meta property="article:published_time" content="2026-03-01T08:00:00Z">', 'lang="sv"'),
      'https://skogsjo.se/om',
    );
    expect(meta.title).toBe('Våra värderingar');
    expect(meta.lang).toBe('sv');
    expect(meta.publishedTime).toBe('2026-03-01T08:00:00Z');
  });

  test('never reports a javascript: image or canonical link', () => {
    const meta = extractMetadata(doc('<link rel="canonical" href="javascript:alert(1)"><meta property="og:image" content="javascript:alert(1)">'), 'https://a.no/');
    expect(meta.canonicalUrl).toBe('https://a.no/');
    expect(meta.image).toBeUndefined();
  });
});
