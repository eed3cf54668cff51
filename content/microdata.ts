import type { JsonLdNode } from '../core/model';

/**
 * schema.org microdata (`itemscope`/`itemtype`/`itemprop`) and RDFa Lite (`vocab`/`typeof`/`property`, as
 * Canada's Job Bank marks its ads) as JSON-LD-like objects, so one reader serves all three. Follows the HTML
 * microdata model: an item's properties are the attributed elements under it that no nested item claims, plus
 * those its `itemref` points to. Pure: reads the DOM, changes nothing.
 */

/** How one markup names an item, its type, its id, its properties and its references. */
interface Markup {
  top: string;
  isItem(el: Element): boolean;
  types(el: Element): string[];
  id(el: Element): string | null;
  props(el: Element): string[];
  refs(el: Element): string[];
}

const words = (value: string | null): string[] => (value ?? '').split(/\s+/).filter(Boolean);

const MICRODATA: Markup = {
  top: '[itemscope]:not([itemprop])',
  isItem: (el) => el.hasAttribute('itemscope'),
  types: (el) => words(el.getAttribute('itemtype')).map(typeName),
  id: (el) => el.getAttribute('itemid'),
  props: (el) => words(el.getAttribute('itemprop')),
  refs: (el) => words(el.getAttribute('itemref')),
};

/** `schema:name` or `name` under `vocab="http://schema.org/"`: the schema.org term. */
const SCHEMA_PREFIX = /^schema:/i;
const RDFA: Markup = {
  top: '[typeof]:not([property])',
  isItem: (el) => el.hasAttribute('typeof'),
  types: (el) => {
    const vocab = el.closest('[vocab]')?.getAttribute('vocab') ?? '';
    return words(el.getAttribute('typeof')).map((t) => (SCHEMA_PREFIX.test(t) ? t.replace(SCHEMA_PREFIX, '') : /^[a-z]+:/i.test(t) ? t : typeName(vocab + t)));
  },
  id: (el) => el.getAttribute('resource'),
  props: (el) => words(el.getAttribute('property')).map((p) => p.replace(SCHEMA_PREFIX, '')),
  refs: () => [],
};

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

function propertyValue(el: Element, seen: Set<Element>, depth: number, markup: Markup): unknown {
  if (markup.isItem(el)) return depth < MAX_DEPTH && !seen.has(el) ? readItem(el, seen, depth + 1, markup) : undefined;
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
function propertyElements(item: Element, markup: Markup): Element[] {
  const found: Element[] = [];
  const roots: Element[] = [...Array.from(item.children)];
  const doc = item.ownerDocument;
  for (const id of markup.refs(item)) {
    const ref = doc.getElementById(id);
    if (ref && ref !== item && !ref.contains(item)) roots.push(ref);
  }
  const stack = roots.reverse();
  while (stack.length > 0 && found.length < 500) {
    const el = stack.pop()!;
    if (markup.props(el).length > 0) found.push(el);
    if (markup.isItem(el)) continue;
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
  }
  return found;
}

function readItem(item: Element, seen: Set<Element>, depth: number, markup: Markup): JsonLdNode {
  seen.add(item);
  const node: JsonLdNode = {};
  const types = markup.types(item);
  if (types.length === 1) node['@type'] = types[0];
  else if (types.length > 1) node['@type'] = types;
  const id = markup.id(item);
  if (id) node['@id'] = id;
  for (const el of propertyElements(item, markup)) {
    const value = propertyValue(el, seen, depth, markup);
    if (value === undefined || value === '') continue;
    for (const name of markup.props(el)) {
      const key = typeName(name);
      const existing = node[key];
      if (existing === undefined) node[key] = value;
      else if (Array.isArray(existing)) existing.push(value);
      else node[key] = [existing, value];
    }
  }
  return node;
}

/** Every top-level microdata and RDFa item under `root` (items that are not a property of another item). */
export function extractMicrodata(root: ParentNode): JsonLdNode[] {
  const items: JsonLdNode[] = [];
  try {
    for (const markup of [MICRODATA, RDFA]) {
      const seen = new Set<Element>();
      for (const el of Array.from(root.querySelectorAll(markup.top))) {
        if (items.length >= MAX_ITEMS) break;
        items.push(readItem(el, seen, 0, markup));
      }
    }
  } catch {
    // A hostile page must not stop the clip: what was read so far is kept.
  }
  return items;
}
