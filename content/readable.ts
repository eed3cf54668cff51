import { Readability } from '@mozilla/readability';

/** Caps that keep one clip's record a sensible size in IndexedDB. */
export const MAX_TEXT_CHARS = 200_000;
export const MAX_HTML_CHARS = 1_000_000;
/** Pages with more elements than this are read as plain text: Readability would take seconds. */
export const MAX_ELEMENTS = 60_000;
/** Readability always returns its best guess; below this much text that guess is no article. */
export const MIN_ARTICLE_CHARS = 200;
/** Readability gets this long; a page that makes it run longer is read as plain text. */
export const READABILITY_BUDGET_MS = 4_000;

export interface ReadableContent {
  method: 'readability' | 'page-text';
  title?: string;
  byline?: string;
  siteName?: string;
  publishedTime?: string;
  lang?: string;
  excerpt?: string;
  /** Readable HTML (untrusted). */
  html: string;
  /** The readable content as a DOM element (Readability's own, or built from the page text). */
  root: Element;
  text: string;
  truncated: boolean;
  readabilityMs: number;
  /** True when Readability overran its time budget and the page text was read instead. */
  overBudget: boolean;
}

export interface ReadableOptions {
  now?: () => number;
  budgetMs?: number;
}

function cap(value: string, max: number): { value: string; cut: boolean } {
  return value.length > max ? { value: value.slice(0, max), cut: true } : { value, cut: false };
}

const HIDDEN_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS', 'HEAD']);
const BREAK_TAGS = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BR', 'TR', 'SECTION', 'ARTICLE']);

function hidden(el: Element): boolean {
  return HIDDEN_TAGS.has(el.tagName.toUpperCase()) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
}

/**
 * The visible text of the page, for pages where Readability finds no article: one walk
 * over the tree that stops once it has read enough, so a 20 MB page costs no more than
 * the text that is kept.
 */
export function visibleText(doc: Document, maxChars = MAX_TEXT_CHARS): string {
  if (!doc.body) return '';
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.nodeType === Node.ELEMENT_NODE && hidden(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const parts: string[] = [];
  // Read a little more than is kept: spaces are squeezed below, and `truncated` must be known.
  let left = maxChars * 2 + 1;
  for (let node = walker.nextNode(); node && left > 0; node = walker.nextNode()) {
    // A break before each block, so words of neighbouring blocks don't run together.
    const part = node.nodeType === Node.TEXT_NODE ? (node.nodeValue ?? '').slice(0, left) : BREAK_TAGS.has((node as Element).tagName.toUpperCase()) ? ' \n' : '';
    parts.push(part);
    left -= part.length;
  }
  return parts
    .join('')
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/** The page text as paragraphs, built as nodes (no HTML string from the page is parsed). */
function textAsElement(doc: Document, text: string): Element {
  const root = doc.createElement('div');
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const paragraph = doc.createElement('p');
    paragraph.textContent = line;
    root.append(paragraph);
  }
  return root;
}

class OverBudget extends Error {}

/** Readability's own steps that walk or measure the tree: each checks the clock first. */
const TIMED_STEPS = ['_getNextNode', '_removeAndGetNext', '_getInnerText', '_getNodeAncestors', '_hasAncestorTag', '_isProbablyVisible', '_getLinkDensity', '_getClassWeight', '_cleanConditionally', '_initializeNode'];

/** Makes a Readability instance throw `OverBudget` once the deadline has passed. */
function withDeadline<T extends object>(reader: T, now: () => number, deadline: number): T {
  const steps = reader as unknown as Record<string, unknown>;
  for (const name of TIMED_STEPS) {
    const step = steps[name];
    if (typeof step !== 'function') continue;
    steps[name] = function timed(this: unknown, ...args: unknown[]) {
      if (now() > deadline) throw new OverBudget();
      return (step as (...a: unknown[]) => unknown).apply(this, args);
    };
  }
  return reader;
}

/**
 * Readable content of a page's inert copy: Readability on a clone of it (Readability
 * mutates what it parses), or the visible text when it finds no article, the page is
 * too large, or Readability overruns its time budget.
 */
export function extractReadable(doc: Document, options: ReadableOptions = {}): ReadableContent {
  const now = options.now ?? (() => performance.now());
  const started = now();
  let article: ReturnType<Readability<Element>['parse']> = null;
  let overBudget = false;
  try {
    if (doc.getElementsByTagName('*').length <= MAX_ELEMENTS) {
      // The serializer hands back the element itself: no HTML string to parse again.
      const reader = new Readability<Element>(doc.cloneNode(true) as Document, {
        maxElemsToParse: MAX_ELEMENTS,
        serializer: (node) => node as Element,
      });
      article = withDeadline(reader, now, started + (options.budgetMs ?? READABILITY_BUDGET_MS)).parse();
    }
  } catch (error) {
    overBudget = error instanceof OverBudget;
    article = null;
  }
  const readabilityMs = now() - started;
  const articleText = article?.textContent?.trim() ?? '';
  if (article?.content && articleText.length >= MIN_ARTICLE_CHARS) {
    const text = cap(articleText, MAX_TEXT_CHARS);
    const html = cap(article.content.innerHTML, MAX_HTML_CHARS);
    return {
      method: 'readability',
      title: article.title ?? undefined,
      byline: article.byline ?? undefined,
      siteName: article.siteName ?? undefined,
      publishedTime: article.publishedTime ?? undefined,
      lang: article.lang ?? undefined,
      excerpt: article.excerpt ?? undefined,
      html: html.value,
      root: article.content,
      text: text.value,
      truncated: text.cut || html.cut,
      readabilityMs,
      overBudget,
    };
  }
  const text = cap(visibleText(doc), MAX_TEXT_CHARS);
  const root = textAsElement(doc, text.value);
  return { method: 'page-text', html: root.innerHTML, root, text: text.value, truncated: text.cut, readabilityMs, overBudget };
}
