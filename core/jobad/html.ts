import type { TextBlock } from '../model';
import { decodeEntities, stripInvisible } from './entities';

/**
 * HTML (or plain text) → text blocks, with pure string code: JSON-LD
 * descriptions are read in the service worker, which has no DOM. This is a
 * reader, not a sanitiser: the output is plain text and never rendered as HTML.
 */

const MAX_INPUT = 200_000;
const MAX_BLOCKS = 2000;
const BLOCK_TAGS = new Set(
  ('address article aside blockquote br caption dd details dialog div dl dt fieldset figcaption figure footer ' +
    'form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul').split(' '),
);
const SKIP_TAGS = new Set(['script', 'style', 'template', 'noscript', 'svg', 'head', 'title', 'iframe', 'object']);
/** The tag a block reports: the nearest of these in the stack of open elements. */
const KEPT_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd', 'th', 'td', 'blockquote', 'pre'];
// Every part is bounded or ends at the next `<`, so hostile input cannot make matching quadratic.
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[!?][^<>]{0,2000}>|<(\/?)([a-zA-Z][\w:-]{0,40})([^<>]{0,4000})>/g;
// `1.` is left out: "1. desember 2026" starts many lines and is not a list item.
const BULLET = /^\s*(?:[•·▪●◦‣∙*–—-]|\d{1,2}\))\s+/;

export function looksLikeHtml(text: string): boolean {
  return /<\/?(?:p|br|li|ul|ol|div|h[1-6]|strong|b|em|span|a)(?:\s[^<>]{0,1000})?\/?>/i.test(text);
}

/** Some sites escape the HTML in JSON-LD once too often: `&lt;p&gt;Hei&lt;/p&gt;`. */
function unescapeDoubleEncoded(text: string): string {
  return !looksLikeHtml(text) && /&lt;\/?[a-z][^&]{0,40}&gt;/i.test(text) ? decodeEntities(text) : text;
}

export function htmlToBlocks(html: string): TextBlock[] {
  const source = html.slice(0, MAX_INPUT);
  const blocks: TextBlock[] = [];
  const stack: string[] = [];
  let buffer = '';
  let heading: string | undefined;

  const flush = () => {
    const text = stripInvisible(decodeEntities(buffer)).replace(/\s+/g, ' ').trim();
    buffer = '';
    if (!text || blocks.length >= MAX_BLOCKS) return;
    const tag = [...stack].reverse().find((t) => KEPT_TAGS.includes(t)) ?? 'p';
    if (/^h[1-6]$/.test(tag)) {
      heading = text;
      blocks.push({ tag, text });
    } else {
      blocks.push(heading === undefined ? { tag, text } : { heading, tag, text });
    }
  };

  let last = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(source); m; m = TOKEN.exec(source)) {
    buffer += source.slice(last, m.index);
    last = TOKEN.lastIndex;
    const name = m[2]?.toLowerCase();
    if (!name) continue;
    const closing = m[1] === '/';
    if (!closing && SKIP_TAGS.has(name) && !/\/\s*$/.test(m[3] ?? '')) {
      const end = source.toLowerCase().indexOf(`</${name}`, last);
      last = end < 0 ? source.length : end;
      TOKEN.lastIndex = last;
      continue;
    }
    if (!BLOCK_TAGS.has(name)) continue;
    flush();
    if (name === 'br' || name === 'hr') continue;
    if (closing) {
      const at = stack.lastIndexOf(name);
      if (at >= 0) stack.length = at;
    } else {
      // An unclosed <li> or <p> ends where the next one starts, as in HTML.
      if ((name === 'li' || name === 'p') && stack[stack.length - 1] === name) stack.pop();
      if (stack.length < 64) stack.push(name);
    }
  }
  buffer += source.slice(last);
  flush();
  return blocks;
}

/** Plain text with line breaks and bullets: a line per block, bullets become list items. */
export function plainTextToBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const raw of text.slice(0, MAX_INPUT).split(/\r?\n|\u2028/)) {
    // "• Java • Python" on one line is a list too.
    const parts = /\s[•▪●]\s/.test(raw) ? raw.split(/\s*[•▪●]\s*/) : [raw];
    const bulleted = parts.length > 1 || BULLET.test(raw);
    for (const part of parts) {
      const line = stripInvisible(part).replace(BULLET, '').replace(/\s+/g, ' ').trim();
      if (line && blocks.length < MAX_BLOCKS) blocks.push({ tag: bulleted ? 'li' : 'p', text: line });
    }
  }
  return blocks;
}

/** A JSON-LD or microdata text value, whichever form it came in, as blocks. */
export function richTextToBlocks(value: string): TextBlock[] {
  const text = unescapeDoubleEncoded(value);
  return looksLikeHtml(text) ? htmlToBlocks(text) : plainTextToBlocks(decodeEntities(text));
}

/** Blocks as readable plain text: blank lines between paragraphs, `• ` before list items. */
export function blocksToText(blocks: readonly TextBlock[]): string {
  let out = '';
  let previous: string | undefined;
  blocks.forEach((block, i) => {
    // A fact box's term and its value read as one line: "Frist: 24.02.2019".
    if (block.tag === 'dd' && blocks[i - 1]?.tag === 'dt') {
      out += `: ${block.text}`;
      previous = 'li';
      return;
    }
    const isLine = block.tag === 'li' || block.tag === 'dt';
    if (previous !== undefined) out += isLine && previous === 'li' ? '\n' : '\n\n';
    out += block.tag === 'li' ? `• ${block.text}` : block.tag === 'dt' ? block.text.replace(/\s*:$/, '') : block.text;
    previous = isLine ? 'li' : block.tag;
  });
  return out;
}

/** Tags stripped and entities decoded, on one line: for titles and names. */
export function inlineText(value: string): string {
  return richTextToBlocks(value)
    .map((b) => b.text)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
