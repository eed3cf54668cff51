import type { TextBlock } from '../core/model';

const BLOCK_TAGS = new Set(['P', 'LI', 'BLOCKQUOTE', 'DD', 'DT', 'TD', 'TH', 'FIGCAPTION', 'PRE']);
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const MAX_BLOCKS = 2000;

function clean(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Readable content as a flat list of text blocks, each with the heading it
 * stands under, so that evidence scoring can run later without a DOM (the
 * background service worker has none).
 */
export function extractTextBlocks(root: ParentNode): TextBlock[] {
  const blocks: TextBlock[] = [];
  let heading: string | undefined;
  const elements = root.querySelectorAll('h1,h2,h3,h4,h5,h6,p,li,blockquote,dd,dt,td,th,figcaption,pre');
  for (const el of elements) {
    if (blocks.length >= MAX_BLOCKS) break;
    const tag = el.tagName.toUpperCase();
    const text = clean(el.textContent);
    if (!text) continue;
    if (HEADING_TAGS.has(tag)) {
      heading = text;
      blocks.push({ tag: tag.toLowerCase(), text });
      continue;
    }
    if (!BLOCK_TAGS.has(tag)) continue;
    // A list item or cell holding its own paragraphs is read through those.
    if (el.querySelector('p,li,blockquote')) continue;
    blocks.push(heading === undefined ? { tag: tag.toLowerCase(), text } : { heading, tag: tag.toLowerCase(), text });
  }
  return blocks;
}
