import { describe, expect, test } from 'vitest';
import { capturePage } from '../../../content/capture-page';
import { inertCopy, neutraliseClobbering } from '../../../content/inert-copy';

/** Every property name of an object and its prototype chain: each one can be shadowed by a named element. */
function propertyNames(object: object): string[] {
  const names = new Set<string>();
  for (let proto: object | null = object; proto; proto = Object.getPrototypeOf(proto)) {
    for (const name of Object.getOwnPropertyNames(proto)) names.add(name);
  }
  return [...names];
}

/** The clobberable names, derived from the DOM itself: the document's, a form's, and every node's and element's. */
function clobberableNames(): string[] {
  const form = document.createElement('form');
  const names = new Set([...propertyNames(document), ...propertyNames(form), ...propertyNames(Node.prototype), ...propertyNames(Element.prototype)]);
  return [...names].filter((name) => /^[\w$]+$/.test(name));
}

const ARTICLE = `<p>${'Our strategy is to grow in the north, and our vision is clean power for every town on the coast. '.repeat(4)}</p>`;

function clobberedDoc(names: string[]): Document {
  const controls = names.map((name) => `<input name="${name}"><input id="${name}"><img name="${name}">`).join('');
  return new DOMParser().parseFromString(
    `<html><head><title>Clobbered</title></head><body><form>${controls}</form><form name="title"></form><article id="main-story"><h1>Clobbered</h1>${ARTICLE}</article></body></html>`,
    'text/html',
  );
}

describe('the inert copy of a page', () => {
  const names = clobberableNames();

  test(`every clobberable name (${names.length}, from Document, HTMLFormElement, Node and Element) is removed before anything walks the copy`, () => {
    expect(names).toEqual(expect.arrayContaining(['parentNode', 'nextElementSibling', 'firstChild', 'childNodes', 'title', 'body', 'documentElement', 'elements', 'action']));
    expect(names.length).toBeGreaterThan(300);
    const copy = clobberedDoc(names);
    neutraliseClobbering(copy);
    const survivors = Array.from(copy.querySelectorAll('[name], [id]')).map((el) => el.getAttribute('name') ?? el.id);
    expect(survivors).toEqual(['main-story']);
  });

  test('names that shadow nothing, and the page itself, are left as they were', () => {
    const page = clobberedDoc(['parentNode']);
    const before = page.documentElement.outerHTML;
    const copy = inertCopy(page);
    expect(copy.getElementById('main-story')).not.toBeNull();
    expect(page.documentElement.outerHTML).toBe(before);
  });

  test.each(['parentNode', 'nextElementSibling', 'title', 'body', 'querySelectorAll', 'getAttribute'])('a page clobbering "%s" is captured with its article and title', (name) => {
    const captured = capturePage(clobberedDoc([name]), 'https://havbris.no/kontakt');
    expect(captured.metadata.title).toBe('Clobbered');
    expect(captured.textContent).toContain('our vision is clean power');
  });

  test('text in open shadow roots is read, slotted light children stay in place, closed roots stay private', () => {
    const page = new DOMParser().parseFromString('<html><body><main><h1>Careers</h1><section id="host"><p>Light child in the slot.</p></section><div id="closed"></div></main></body></html>', 'text/html');
    const root = page.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<h2>Our vision</h2><div><slot></slot></div><div id="inner"></div>';
    root.getElementById('inner')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Nested shadow text.</p>';
    page.getElementById('closed')!.attachShadow({ mode: 'closed' }).innerHTML = '<p>Private.</p>';
    const copy = inertCopy(page);
    const text = copy.body.textContent ?? '';
    expect(text).toContain('Our vision');
    expect(text).toContain('Nested shadow text.');
    expect(text).not.toContain('Private.');
    expect(text.indexOf('Our vision')).toBeLessThan(text.indexOf('Light child in the slot.'));
    expect(text.match(/Light child/g)).toHaveLength(1);
  });

  test('copying the page runs none of its custom element constructors', () => {
    let constructions = 0;
    const name = `rt-widget-${Math.random().toString(36).slice(2)}`;
    customElements.define(name, class extends HTMLElement {
      constructor() {
        super();
        constructions += 1;
      }
    });
    document.body.innerHTML = `<div><${name}>Wind forecast for the coast this week.</${name}><span>${'Vindkast runs wind farms on the coast. '.repeat(8)}</span></div>`;
    const before = constructions;
    const captured = capturePage(document, 'https://vindkast.no/app');
    expect(captured.textContent).toContain('Wind forecast');
    expect(constructions).toBe(before);
    document.body.innerHTML = '';
  });
});

describe('a tree nested deeper than the HTML parser nests', () => {
  test('is copied flattened at that depth, every node kept in document order', async () => {
    const { MAX_DEPTH } = await import('../../../content/inert-copy');
    const page = new DOMParser().parseFromString('<html><body><div id="deep"></div><p>After.</p></body></html>', 'text/html');
    let parent = page.getElementById('deep')!;
    for (let i = 0; i < 1_000; i += 1) {
      const child = page.createElement('div');
      child.append(`L${i} `);
      parent.append(child);
      parent = child;
    }
    const copy = inertCopy(page);
    let depth = 0;
    for (const el of Array.from(copy.querySelectorAll('*'))) {
      let d = 0;
      for (let up: Node | null = el; up; up = up.parentNode) d += 1;
      depth = Math.max(depth, d);
    }
    // Counted up to the document: the document, <html>, then MAX_DEPTH levels at most.
    expect(depth).toBeLessThanOrEqual(MAX_DEPTH + 2);
    expect(copy.body.textContent).toBe(page.body.textContent);
  });
});
