import type { TextBlock } from '../core/model';
import { BULLET_LINE, textLines } from './element-text';
import { MAX_TEXT_CHARS } from './readable';

const SELECTOR = 'h1,h2,h3,h4,h5,h6,p,li,blockquote,dd,dt,td,th,figcaption,pre';
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const MAX_BLOCKS = 2000;
/** The blocks of a clip hold no more text than the clip itself. */
export const MAX_BLOCK_CHARS = MAX_TEXT_CHARS;

/**
 * The nodes that hold a block: walking up from each block stops at the first node
 * already marked, so every node is visited once however deep the page nests.
 */
function holdersOf(blocks: Element[], root: ParentNode): Set<Node> {
  const holders = new Set<Node>();
  for (const el of blocks) {
    let up = el.parentNode;
    while (up && up !== root && !holders.has(up)) {
      holders.add(up);
      up = up.parentNode;
    }
  }
  return holders;
}

/**
 * Readable content as a flat list of text blocks, each with the heading it
 * stands under, so that evidence scoring can run later without a DOM (the
 * background service worker has none). A block holding other blocks is read
 * through those, so no text is read twice and deep nesting costs linear time.
 * At most `maxChars` characters in all: the last block is cut to fit.
 */
export function extractTextBlocks(root: ParentNode, maxChars = MAX_BLOCK_CHARS): TextBlock[] {
  const blocks: TextBlock[] = [];
  let heading: string | undefined;
  let left = maxChars;
  const elements = Array.from(root.querySelectorAll(SELECTOR));
  const holders = holdersOf(elements, root);
  for (const el of elements) {
    if (blocks.length >= MAX_BLOCKS || left <= 0) break;
    if (holders.has(el)) continue;
    const tag = el.tagName.toUpperCase();
    const lines = textLines(el);
    // "- Fagbrev<br>- Førerkort klasse B": a list written as lines of one paragraph; each bullet is an item.
    const parts = !HEADING_TAGS.has(tag) && lines.filter((line) => BULLET_LINE.test(line)).length >= 2
      ? lines.map((line) => ({ tag: BULLET_LINE.test(line) ? 'li' : tag.toLowerCase(), text: line }))
      : // "<div>• Forskaling …</div>" (a paragraph once Readability is done): a bulleted line is a list item.
        [{ tag: BULLET_LINE.test(lines[0] ?? '') && (tag === 'P' || tag === 'DIV') ? 'li' : tag.toLowerCase(), text: lines.join(' ') }];
    for (const part of parts) {
      let { text } = part;
      if (!text || left <= 0) continue;
      if (text.length > left) text = text.slice(0, left);
      left -= text.length;
      if (HEADING_TAGS.has(tag)) {
        heading = text;
        blocks.push({ tag: part.tag, text });
        continue;
      }
      blocks.push(heading === undefined ? { tag: part.tag, text } : { heading, tag: part.tag, text });
    }
  }
  return blocks;
}
