import { classifyHeading } from '../core/jobad/headings';
import { isFactLabel } from '../core/jobad/labels';
import type { TextBlock } from '../core/model';
import { BULLET_LINE, cellValues, EMOJI_BULLET_LINE, textLines } from './element-text';
import { MAX_TEXT_CHARS } from './readable';

const SELECTOR = 'h1,h2,h3,h4,h5,h6,p,li,blockquote,dd,dt,td,th,figcaption,pre,summary';
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

const LEAD_IN_WORDS = 5;
/** A few words and no sentence: "ARBETSUPPGIFTER", "Vi tilbyr:", "About the role". */
function isLeadIn(line: string): boolean {
  return line.split(/\s+/).length <= LEAD_IN_WORDS && !/[.!?]$/.test(line);
}

const MAX_LIST_LINE = 120;
/** One line of a list written as lines: a phrase, not a paragraph. */
function isListLine(line: string): boolean {
  return line.length <= MAX_LIST_LINE && !/[.!?]\s+\p{Lu}/u.test(line);
}

const MAX_FACT_ROW = 80;
/** "Omfang: Deltid": a fact box's label, a colon and a short value. */
function isFactRow(line: string): boolean {
  const colon = line.search(/[:：]/);
  return colon > 0 && line.length <= MAX_FACT_ROW && isFactLabel(line.slice(0, colon)) && line.slice(colon + 1).trim().length > 0;
}

/**
 * An open item of a list of disclosures (`<details open>`) is the one the page shows: its `<summary>` is the heading
 * of what it holds, and a summary of several parts ("Feiar – fast 100 % stilling" and "Frist 12. januar") is that
 * heading and a line under it. A closed item's summary is a line of a list nobody opened, and gives no block.
 */
function summaryParts(el: Element): TextBlock[] {
  if (!el.parentElement?.hasAttribute('open')) return [];
  const parts = Array.from(el.children).map((child) => child.textContent?.replace(/\s+/g, ' ').trim() ?? '').filter(Boolean);
  const [head, ...rest] = parts.length >= 2 ? parts : [el.textContent?.replace(/\s+/g, ' ').trim() ?? ''];
  return head ? [{ tag: 'h2', text: head }, ...rest.map((text) => ({ tag: 'p', text }))] : [];
}

/** The blocks one element gives, by its lines (a `<br>` ends a line). */
function partsOf(tag: string, lines: readonly string[]): TextBlock[] {
  const own = tag.toLowerCase();
  if (HEADING_TAGS.has(tag)) return [{ tag: own, text: lines.join(' ') }];
  // "- Fagbrev<br>- Førerkort klasse B", "✔ Service<br>✔ Felsökning": a list written as lines of one paragraph; each bullet is an item.
  const bullet = (line: string): boolean => BULLET_LINE.test(line) || EMOJI_BULLET_LINE.test(line);
  if (lines.filter(bullet).length >= 2) return lines.map((text) => ({ tag: bullet(text) ? 'li' : own, text }));
  // "Sted: Lillestrøm<br>Omfang: Deltid<br>Frist: Snarest": a fact box's rows, each a block of its own.
  if (lines.length >= 2 && lines.every(isFactRow)) return lines.map((text) => ({ tag: own, text }));
  const values = cellValues(tag, lines);
  if (values) return [{ tag: own, text: values }];
  // "<strong>Dina arbetsuppgifter</strong><br>Plocka order<br>Lasta bilar": a lead-in over short lines is a list.
  if (lines.length >= 3 && isLeadIn(lines[0]!) && (/[:：]$/.test(lines[0]!) || classifyHeading(lines[0]!) !== undefined) && lines.slice(1).every(isListLine)) return lines.map((text, i) => ({ tag: i === 0 ? own : 'li', text }));
  // "<strong>ARBETSUPPGIFTER</strong><br>Du undervisar …": a short lead-in line, then its text.
  const rest = lines.slice(1).join(' ');
  if (lines.length >= 2 && isLeadIn(lines[0]!) && rest.length > LEAD_IN_WORDS * 8) return [{ tag: own, text: lines[0]! }, { tag: own, text: rest }];
  // "<div>• Forskaling …</div>" (a paragraph once Readability is done): a bulleted line is a list item.
  // "<div>✔️ Bestilling av råvarer</div>": a post's pictograph bullet, likewise.
  const bulleted = (BULLET_LINE.test(lines[0] ?? '') || (lines.length === 1 && EMOJI_BULLET_LINE.test(lines[0]!))) && (tag === 'P' || tag === 'DIV');
  return [{ tag: bulleted ? 'li' : own, text: lines.join(' ') }];
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
  // A post saved as a page ("<div>Dette blir jobben din:</div><div>✔️ …</div>"), with no paragraph or heading at all:
  // its innermost divs are its paragraphs, as Readability would make them.
  const found = Array.from(root.querySelectorAll(SELECTOR));
  const elements = found.length > 0 ? found : Array.from(root.querySelectorAll('div')).filter((d) => !d.querySelector('div'));
  const holders = holdersOf(elements, root);
  for (const el of elements) {
    if (blocks.length >= MAX_BLOCKS || left <= 0) break;
    if (holders.has(el)) continue;
    // "<li><p>Own the editor</p></li>": the paragraph is the list item.
    const tag = el.tagName.toUpperCase() === 'P' && el.parentElement?.tagName.toUpperCase() === 'LI' ? 'LI' : el.tagName.toUpperCase();
    const parts = tag === 'SUMMARY' ? summaryParts(el) : partsOf(tag, textLines(el));
    for (const part of parts) {
      let { text } = part;
      if (!text || left <= 0 || blocks.length >= MAX_BLOCKS) continue;
      if (text.length > left) text = text.slice(0, left);
      left -= text.length;
      if (HEADING_TAGS.has(tag) || part.tag === 'h2') {
        heading = text;
        blocks.push({ tag: part.tag, text });
        continue;
      }
      blocks.push(heading === undefined ? { tag: part.tag, text } : { heading, tag: part.tag, text });
    }
  }
  return blocks;
}
