import { render, screen } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { ClipReader } from '../../../components/ClipReader';
import { safeHref, sanitizeClipHtml } from '../../../components/sanitize';
import type { Clip } from '../../../core/model';

const PAGE = 'https://fjellbris.no/om?x=1#top';

function links(html: string, pageUrl = PAGE): Array<string | null> {
  const box = document.createElement('div');
  box.innerHTML = sanitizeClipHtml(html, pageUrl);
  return Array.from(box.querySelectorAll('a')).map((a) => a.getAttribute('href'));
}

describe('links in extension pages', () => {
  test('only http(s) and mailto links are kept; every other scheme loses its address but keeps its words', () => {
    const zoo = [
      'javascript:alert(1)',
      '  JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<b>x</b>',
      'vbscript:msgbox(1)',
      'chrome-extension://abcdefghijklmnop/popup.html',
      'file:///etc/passwd',
      'blob:https://fjellbris.no/1',
      'ftp://fjellbris.no/f',
    ];
    expect(links(zoo.map((href, i) => `<a href="${href}">link ${i}</a>`).join(''))).toEqual(zoo.map(() => null));
    expect(links('<a href="https://example.org/r">r</a><a href="mailto:press@fjellbris.no">m</a>')).toEqual(['https://example.org/r', 'mailto:press@fjellbris.no']);
  });

  test('fragment and relative links lead to the original page, never to the extension’s own pages', () => {
    expect(links('<a href="#values">v</a><a href="#company=1">c</a><a href="/about">a</a><a href="careers.html">k</a>')).toEqual([
      'https://fjellbris.no/om?x=1#values',
      'https://fjellbris.no/om?x=1#company=1',
      'https://fjellbris.no/about',
      'https://fjellbris.no/careers.html',
    ]);
    expect(links('<a href="#company=1">c</a><a href="/about">a</a>', 'chrome-extension://abc/board.html')).toEqual([null, null]);
    expect(safeHref('#x')).toBeUndefined();
  });

  test('the reader shows no "open the original page" link for a stored address that is not a web page', () => {
    const clip = { id: 'c', companyId: 'co', url: 'javascript:alert(1)', pageUrl: 'javascript:alert(1)', title: 'T', domain: 'x', excerpt: '', method: 'readability', wordCount: 1, truncated: false, kind: 'company', evidence: [], clippedAt: 0, updatedAt: 0 } as Clip;
    render(<ClipReader clip={clip} content={{ id: 'c', contentHtml: '<p>Text</p>', textContent: 'Text', blocks: [], jsonLd: [] }} />);
    expect(screen.queryByRole('link', { name: 'Open the original page' })).toBeNull();
    expect(document.querySelector('a[href^="javascript:"]')).toBeNull();
  });
});
