// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { decodeEntities } from '../../../core/jobad/entities';
import { blocksToText, htmlToBlocks, richTextToBlocks } from '../../../core/jobad/html';
import { splitList } from '../../../core/jobad/lists';

describe('HTML and entities without a DOM', () => {
  test('named, decimal and hex entities are decoded; unknown ones are left as written', () => {
    expect(decodeEntities('R&amp;D &#8211; Skj&aelig;rg&aring;rd &#x2022; caf&eacute; &bogus; AT&T')).toBe('R&D – Skjærgård • café &bogus; AT&T');
  });

  test('tags become paragraphs, list items and headings', () => {
    const blocks = htmlToBlocks('<h3>Krav</h3><ul><li>Go</li><li>SQL<br>Postgres</li></ul><p>Søk <b>nå</b>!</p>');
    expect(blocks).toEqual([
      { tag: 'h3', text: 'Krav' },
      { heading: 'Krav', tag: 'li', text: 'Go' },
      { heading: 'Krav', tag: 'li', text: 'SQL' },
      { heading: 'Krav', tag: 'li', text: 'Postgres' },
      { heading: 'Krav', tag: 'p', text: 'Søk nå!' },
    ]);
  });

  test('scripts, styles and comments are not text', () => {
    const text = blocksToText(htmlToBlocks('<p>Hei<!-- skjult --></p><script>var a = "<p>x</p>";</script><style>p{}</style><p>på deg</p>'));
    expect(text).toBe('Hei\n\npå deg');
  });

  test('HTML that was escaped twice is read as HTML', () => {
    expect(blocksToText(richTextToBlocks('&lt;p&gt;Hei&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Go&lt;/li&gt;&lt;/ul&gt;'))).toBe('Hei\n\n• Go');
  });

  test('plain text keeps its lines and bullets', () => {
    expect(richTextToBlocks('Krav:\n• Go\n- SQL\n1. desember er fristen')).toEqual([
      { tag: 'p', text: 'Krav:' },
      { tag: 'li', text: 'Go' },
      { tag: 'li', text: 'SQL' },
      { tag: 'p', text: '1. desember er fristen' },
    ]);
  });

  test('unclosed tags and stray brackets do not break reading', () => {
    expect(blocksToText(htmlToBlocks('<ul><li>One<li>Two</ul><p>3 < 4 and 5 > 2'))).toBe('• One\n• Two\n\n3 < 4 and 5 > 2');
  });
});

describe('splitting a schema.org text value into items', () => {
  test('an HTML list is structured', () => {
    expect(splitList('<ul><li>Go</li><li>SQL</li></ul>')).toEqual({ items: ['Go', 'SQL'], structured: true });
  });

  test('lines and semicolons are structured', () => {
    expect(splitList('Go\nSQL')).toEqual({ items: ['Go', 'SQL'], structured: true });
    expect(splitList('Go; SQL; Kubernetes')).toEqual({ items: ['Go', 'SQL', 'Kubernetes'], structured: true });
  });

  test('prose is split into sentences but marked unstructured', () => {
    expect(splitList('Highly motivated. Learns quickly, e.g. new tools.')).toEqual({
      items: ['Highly motivated.', 'Learns quickly, e.g. new tools.'],
      structured: false,
    });
  });
});
