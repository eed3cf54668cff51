import { render, screen } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { ClipReader } from '../../../components/ClipReader';
import type { Clip, ClipContent } from '../../../core/model';

const clip: Clip = {
  id: 'c1',
  companyId: 'co1',
  url: 'https://skogsjo.se/q3',
  pageUrl: 'https://skogsjo.se/q3?ref=x',
  title: 'Quarterly update',
  domain: 'skogsjo.se',
  excerpt: '',
  method: 'readability',
  wordCount: 1,
  truncated: false,
  kind: 'news',
  evidence: [],
  clippedAt: 0,
  updatedAt: 0,
};

const content: ClipContent = {
  id: 'c1',
  contentHtml:
    '<p>Timber.<img src="x" onerror="alert(1)"></p><script>alert(2)</script><a href="javascript:alert(3)">bad</a><a href="https://skogsjo.se/r">report</a><iframe src="https://evil.example"></iframe>',
  textContent: 'Timber.',
  blocks: [],
  jsonLd: [],
};

describe('reading a clip', () => {
  test('shows sanitised content: no scripts, handlers, frames or javascript: links', () => {
    render(<ClipReader clip={clip} content={content} />);
    const shown = screen.getByTestId('clip-content');
    expect(shown.innerHTML).toContain('Timber.');
    expect(shown.querySelector('script, iframe, [onerror]')).toBeNull();
    expect(shown.querySelector('a[href^="javascript:"]')).toBeNull();
  });

  test('links in the content and to the original page open in a new tab without an opener', () => {
    render(<ClipReader clip={clip} content={content} />);
    const report = screen.getByRole('link', { name: 'report' });
    expect(report.getAttribute('target')).toBe('_blank');
    expect(report.getAttribute('rel')).toBe('noopener noreferrer');
    const original = screen.getByRole('link', { name: 'Open the original page' });
    expect(original.getAttribute('href')).toBe('https://skogsjo.se/q3?ref=x');
    expect(original.getAttribute('rel')).toContain('noopener');
  });
});

describe('reading a clip loads nothing from the clipped site', () => {
  test('an image becomes its description, with no URL left to load', () => {
    const withImages: ClipContent = {
      ...content,
      contentHtml:
        '<p>Our new mill.</p><img src="https://skogsjo.se/mill.jpg" srcset="https://skogsjo.se/mill-2x.jpg 2x" alt="The sawmill at dawn"><img src="https://skogsjo.se/x.gif"><picture><source srcset="https://skogsjo.se/a.webp"></picture><svg><image href="https://skogsjo.se/b.png"/></svg><p style="background:url(https://skogsjo.se/c.png)">Text</p>',
    };
    render(<ClipReader clip={clip} content={withImages} />);
    const shown = screen.getByTestId('clip-content');
    expect(shown.textContent).toContain('Image: The sawmill at dawn');
    expect(shown.textContent).toContain('An image without a description');
    expect(shown.innerHTML).not.toContain('skogsjo.se/');
    expect(screen.getByText(/Images are not loaded here, so opening a clip sends nothing to skogsjo\.se/)).toBeTruthy();
  });
});
