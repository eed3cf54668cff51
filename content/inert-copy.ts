/**
 * A copy of the page that is safe to walk. The page's own DOM cannot be trusted: a form
 * control named `parentNode` makes `form.parentNode` return that control (DOM clobbering),
 * and cloning into the page's own document upgrades its custom elements, so their
 * constructors run. Every read goes through the prototypes' own getters, the copy lives in a
 * document without a window (no custom element runs there), open shadow roots are copied in,
 * and names that shadow a DOM property are removed before anything walks the copy.
 */

const MAX_SHADOW_ROOTS = 2_000;
/** As deep as the HTML parser nests; deeper trees (built by script) are flattened to it. */
export const MAX_DEPTH = 512;

/** A property read through the prototype's own getter, which no element of the page can shadow. */
function read<T>(proto: object, name: string, self: unknown): T {
  return Object.getOwnPropertyDescriptor(proto, name)?.get?.call(self) as T;
}

const shadowRootOf = (el: Element) => read<ShadowRoot | null>(Element.prototype, 'shadowRoot', el);
const childNodesOf = (node: Node) => read<NodeListOf<ChildNode>>(Node.prototype, 'childNodes', node);
const attributeOf = (el: Element, name: string) => Element.prototype.getAttribute.call(el, name);

/** Every element under a document, fragment, shadow root or element, through the right prototype's own method. */
function allElements(root: ParentNode): Element[] {
  // By node type, read through Node's own getter: `instanceof` fails for a document of another realm, and a
  // named element can shadow `nodeType` on a document.
  const type = read<number>(Node.prototype, 'nodeType', root as unknown as Node);
  const proto = type === Node.DOCUMENT_NODE ? Document.prototype : type === Node.DOCUMENT_FRAGMENT_NODE ? DocumentFragment.prototype : Element.prototype;
  return Array.from(proto.querySelectorAll.call(root, '*') as NodeListOf<Element>);
}

/** A fresh, empty document and form: every name that is a property of either shadows DOM API. */
function clobberProbe(): (name: string) => boolean {
  const probeDoc = document.implementation.createHTMLDocument('');
  const probeForm = probeDoc.createElement('form');
  return (name) => name in probeDoc || name in probeForm;
}

/** Drops `id` and `name` values that would shadow a property of the document, a form or any element. Returns how many. */
export function neutraliseClobbering(doc: Document): number {
  const shadows = clobberProbe();
  let removed = 0;
  for (const el of allElements(doc)) {
    for (const attribute of ['name', 'id']) {
      const value = attributeOf(el, attribute);
      if (value !== null && shadows(value)) {
        Element.prototype.removeAttribute.call(el, attribute);
        removed += 1;
      }
    }
  }
  return removed;
}

/** Puts light children into the copied shadow tree's matching `<slot>`s, as the page renders them. */
function distribute(host: Element, tree: DocumentFragment): void {
  // Not yet de-clobbered: every read goes through the prototypes.
  for (const slot of Array.from(DocumentFragment.prototype.querySelectorAll.call(tree, 'slot'))) {
    const name = attributeOf(slot, 'name') ?? '';
    const slotted = Array.from(childNodesOf(host)).filter((child) =>
      child.nodeType === Node.ELEMENT_NODE ? (attributeOf(child as Element, 'slot') ?? '') === name : name === '',
    );
    // The slot's own children are its fallback, shown only when nothing is slotted. The
    // slot itself goes: it is layout, and readers do not know it. One node at a time: a
    // spread of an unbounded list into a call is a stack overflow.
    const shown = slotted.length ? slotted : Array.from(childNodesOf(slot));
    for (const child of shown) Node.prototype.insertBefore.call(slot.parentNode, child, slot);
    Node.prototype.removeChild.call(slot.parentNode, slot);
  }
  Element.prototype.prepend.call(host, tree);
}

/** Copies the open shadow roots under `live` into the matching elements under `copy` (same tree shape). */
function copyShadowRoots(live: ParentNode, copy: ParentNode, target: Document, budget: { left: number }): void {
  const liveElements = allElements(live);
  const copyElements = allElements(copy);
  if (liveElements.length !== copyElements.length) return;
  liveElements.forEach((el, i) => {
    const shadow = budget.left > 0 ? shadowRootOf(el) : null;
    if (!shadow) return;
    budget.left -= 1;
    const tree = target.createDocumentFragment();
    for (const child of Array.from(childNodesOf(shadow))) tree.append(target.importNode(child, true));
    copyShadowRoots(shadow, tree, target, budget);
    distribute(copyElements[i]!, tree);
  });
}

/** True when the tree under `root` nests deeper than `max` elements. Linear, and reads no page property. */
function deeperThan(doc: Document, root: Element, max: number): boolean {
  const walker = Document.prototype.createTreeWalker.call(doc, root, NodeFilter.SHOW_ELEMENT);
  let depth = 0;
  for (;;) {
    if (walker.firstChild()) {
      if ((depth += 1) > max) return true;
      continue;
    }
    while (!walker.nextSibling()) {
      if (!walker.parentNode()) return false;
      depth -= 1;
    }
  }
}

/**
 * A copy of `root` in `copy` whose nodes below `MAX_DEPTH` become children of their
 * ancestor at that depth, in document order, as the HTML parser would have placed them.
 * Cloning a tree 20,000 deep costs the browser time in proportion to depth × size; this
 * costs size.
 */
function flatCopy(doc: Document, root: Element, copy: Document): Element {
  const walker = Document.prototype.createTreeWalker.call(doc, root, NodeFilter.SHOW_ALL);
  const top = copy.importNode(root, false);
  const parents: Node[] = [top];
  for (;;) {
    if (walker.firstChild()) {
      const clone = copy.importNode(walker.currentNode, false);
      parents[Math.min(parents.length, MAX_DEPTH) - 1]!.appendChild(clone);
      parents.push(clone);
      continue;
    }
    for (;;) {
      parents.pop();
      if (walker.nextSibling()) {
        const clone = copy.importNode(walker.currentNode, false);
        parents[Math.min(parents.length, MAX_DEPTH) - 1]!.appendChild(clone);
        parents.push(clone);
        break;
      }
      if (!walker.parentNode()) return top;
    }
  }
}

/** The page as an inert, clobber-free copy with its open shadow roots: read this, never the page. */
export function inertCopy(doc: Document): Document {
  // A document made by the DOM implementation has no window: no custom element is
  // upgraded in it and no script runs, whatever the page defined.
  const implementation = read<DOMImplementation>(Document.prototype, 'implementation', doc);
  const copy = implementation.createHTMLDocument('');
  const root = read<Element | null>(Document.prototype, 'documentElement', doc);
  if (!root) return copy;
  const imported = deeperThan(doc, root, MAX_DEPTH) ? flatCopy(doc, root, copy) : copy.importNode(root, true);
  copy.replaceChild(imported, copy.documentElement);
  markHidden(root, copy.documentElement);
  copyShadowRoots(root, copy.documentElement, copy, { left: MAX_SHADOW_ROOTS });
  neutraliseClobbering(copy);
  keepBaseUrl(copy, read<string>(Node.prototype, 'baseURI', doc));
  return copy;
}

/** Set on a copied element that the page does not show: the copy has no layout to say so itself. */
export const HIDDEN_MARK = 'data-round-two-hidden';
const MAX_MARKED = 20_000;

/**
 * Marks the elements the laid-out page hides (by its style sheets, not only inline styles) in the
 * copy, element for element. Skipped where there is nothing to ask (no layout API) or the copy's
 * shape differs from the page's (a flattened deep tree).
 */
function markHidden(live: Element, copy: Element): void {
  const visible = (Element.prototype as Element & { checkVisibility?: () => boolean }).checkVisibility;
  if (typeof visible !== 'function') return;
  const liveElements = allElements(live);
  const copyElements = allElements(copy);
  if (liveElements.length !== copyElements.length || liveElements.length > MAX_MARKED) return;
  liveElements.forEach((el, i) => {
    if (!visible.call(el)) Element.prototype.setAttribute.call(copyElements[i], HIDDEN_MARK, '');
  });
}

/** Relative links in the copy resolve against the page's address, as they did in the page. */
function keepBaseUrl(copy: Document, baseUrl: string): void {
  if (!copy.head) return;
  for (const old of Array.from(copy.querySelectorAll('base'))) old.remove();
  const base = copy.createElement('base');
  base.href = baseUrl;
  copy.head.prepend(base);
}
