import type { JsonLdNode } from '../core/model';

/**
 * schema.org microdata (`itemscope`/`itemtype`/`itemprop`) as JSON-LD-like
 * objects, so one reader serves both. Follows the HTML microdata model: an
 * item's properties are the `itemprop` elements under it that no nested item
 * claims, plus those its `itemref` points to. Pure: reads the DOM, changes nothing.
 */

const MAX_ITEMS = 50;
const MAX_DEPTH = 8;
const MAX_TEXT = 20_000;
const URL_PROPERTY_TAGS = new Set(['A', 'AREA', 'LINK']);
const SRC_TAGS = new Set(['AUDIO', 'EMBED', 'IFRAME', 'IMG', 'SOURCE', 'TRACK', 'VIDEO']);
const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'BR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'DT', 'DD', 'SECTION', 'ARTICLE', 'BLOCKQUOTE']);

/** `https://schema.org/JobPosting` → `JobPosting`; other vocabularies keep their full URL. */
function typeName(url: string): string {
  return /^https?:\/\/schema\.org\//i.test(url) ? url.replace(/^https?:\/\/schema\.org\//i, '') : url;
}

/** Text with line breaks where blocks and list items break, so lists stay lists. */
function readableText(el: Element): string {
  let out = '';
  const walk = (node: Node) => {
    if (out.length > MAX_TEXT) return;
    if (node.nodeType === 3) {
      // Line breaks in the source are spaces; only elements break lines.
      out += (node.nodeValue ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE') return;
    const block = BLOCK_TAGS.has(tag);
    if (block) out += '\n';
    if (tag === 'LI') out += '• ';
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) out += '\n';
  };
  walk(el);
  return out
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

function propertyValue(el: Element, seen: Set<Element>, depth: number): unknown {
  if (el.hasAttribute('itemscope')) return depth < MAX_DEPTH && !seen.has(el) ? readItem(el, seen, depth + 1) : undefined;
  const tag = el.tagName.toUpperCase();
  if (tag === 'META') return el.getAttribute('content') ?? '';
  if (SRC_TAGS.has(tag)) return (el as HTMLImageElement).src || el.getAttribute('src') || '';
  if (URL_PROPERTY_TAGS.has(tag)) return (el as HTMLAnchorElement).href || el.getAttribute('href') || '';
  if (tag === 'OBJECT') return el.getAttribute('data') ?? '';
  if (tag === 'DATA' || tag === 'METER') return el.getAttribute('value') ?? '';
  if (tag === 'TIME') return el.getAttribute('datetime') ?? readableText(el);
  return el.hasAttribute('content') ? (el.getAttribute('content') ?? '') : readableText(el);
}

/** The elements whose `itemprop`s belong to `item`: its subtree minus nested items, plus `itemref` targets. */
function propertyElements(item: Element): Element[] {
  const found: Element[] = [];
  const roots: Element[] = [...Array.from(item.children)];
  const doc = item.ownerDocument;
  for (const id of (item.getAttribute('itemref') ?? '').split(/\s+/).filter(Boolean)) {
    const ref = doc.getElementById(id);
    if (ref && ref !== item && !ref.contains(item)) roots.push(ref);
  }
  const stack = roots.reverse();
  while (stack.length > 0 && found.length < 500) {
    const el = stack.pop()!;
    if (el.hasAttribute('itemprop')) found.push(el);
    if (el.hasAttribute('itemscope')) continue;
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
  }
  return found;
}

function readItem(item: Element, seen: Set<Element>, depth: number): JsonLdNode {
  seen.add(item);
  const node: JsonLdNode = {};
  const types = (item.getAttribute('itemtype') ?? '').split(/\s+/).filter(Boolean).map(typeName);
  if (types.length === 1) node['@type'] = types[0];
  else if (types.length > 1) node['@type'] = types;
  const id = item.getAttribute('itemid');
  if (id) node['@id'] = id;
  for (const el of propertyElements(item)) {
    const value = propertyValue(el, seen, depth);
    if (value === undefined || value === '') continue;
    for (const name of (el.getAttribute('itemprop') ?? '').split(/\s+/).filter(Boolean)) {
      const key = typeName(name);
      const existing = node[key];
      if (existing === undefined) node[key] = value;
      else if (Array.isArray(existing)) existing.push(value);
      else node[key] = [existing, value];
    }
  }
  return node;
}

/** Every top-level microdata item under `root` (items that are not a property of another item). */
export function extractMicrodata(root: ParentNode): JsonLdNode[] {
  const items: JsonLdNode[] = [];
  const seen = new Set<Element>();
  try {
    for (const el of Array.from(root.querySelectorAll('[itemscope]:not([itemprop])'))) {
      if (items.length >= MAX_ITEMS) break;
      items.push(readItem(el, seen, 0));
    }
  } catch {
    // A hostile page must not stop the clip: what was read so far is kept.
  }
  return items;
}
