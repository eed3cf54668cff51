import { isFactLabel } from '../core/jobad/labels';

/**
 * Fact boxes whose labels a sighted reader gets from an icon and a screen reader from an
 * attribute: `<li><svg aria-label="Frist"/> 15. januar 2027</li>`, `<span aria-label="Location">Leeds</span>`,
 * `<span title="Stad">Umeå</span>`, or styled apart only (`<p><span>Hours</span> Full time</p>`). The label
 * is written into the copy's text ("Frist: 15. januar 2027", "Hours: Full time"),
 * so the fact reads as the labelled rows of other boards do. Only attributes that are a fact box's
 * label are written, on short lines. A `<time datetime="2027-01-12">` whose text leaves out the year
 * ("tisdag 12 jan") gets the year its own attribute states. Nothing else of the page changes. Runs on
 * the inert copy, never the page.
 */

const MAX_VALUE_CHARS = 80;
/** A fact row is a small element; a huge page's long lists are not read element by element. */
const MAX_CHILDREN = 8;
const MAX_ELEMENTS = 3_000;
const LABEL_ATTRIBUTES = ['aria-label', 'title', 'alt'] as const;
const ICON = 'svg, img, i, span, [role="img"]';
const INLINE = new Set(['SPAN', 'A', 'SMALL', 'EM', 'STRONG', 'B', 'LABEL']);

function labelOf(el: Element): string | undefined {
  for (const name of LABEL_ATTRIBUTES) {
    const value = el.getAttribute(name)?.trim();
    if (value && value.length <= 30 && isFactLabel(value)) return value.replace(/[:：]$/, '');
  }
  return undefined;
}

const textOf = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

export function spellAttributeText(doc: Document): number {
  const body = doc.body;
  if (!body) return 0;
  let written = 0;
  for (const time of Array.from(body.querySelectorAll('time[datetime]')).slice(0, MAX_ELEMENTS)) {
    const year = /^(\d{4})-\d{2}-\d{2}/.exec(time.getAttribute('datetime') ?? '')?.[1];
    const own = textOf(time);
    if (year && own && own.length <= 40 && !/\d{4}/.test(own)) {
      time.append(doc.createTextNode(` ${year}`));
      written += 1;
    }
  }
  // "<p><span>Hours</span> Full time</p>", "<div><b>Location</b> Invercargill</div>": a label in its own element, set apart by style alone, gets its colon.
  const labels = 'p > span:first-child, p > b:first-child, p > strong:first-child, li > span:first-child, div > span:first-child, div > b:first-child, div > strong:first-child';
  for (const label of Array.from(body.querySelectorAll(labels)).slice(0, MAX_ELEMENTS)) {
    if ((label.parentElement?.childElementCount ?? 0) > MAX_CHILDREN || label.childElementCount > 0) continue;
    const text = textOf(label);
    const line = label.parentElement ? textOf(label.parentElement) : '';
    if (!isFactLabel(text) || /[:：]$/.test(text) || line.length > MAX_VALUE_CHARS + text.length || line.length <= text.length || label.previousSibling?.textContent?.trim()) continue;
    label.append(doc.createTextNode(':'));
    written += 1;
  }
  for (const el of Array.from(body.querySelectorAll('[aria-label], [title], img[alt]')).slice(0, MAX_ELEMENTS)) {
    const label = labelOf(el);
    if (!label) continue;
    const own = textOf(el);
    if (own) {
      // A chip that holds its value: "Leeds" labelled "Location".
      if (own.length > MAX_VALUE_CHARS || el.children.length > 0 || own.toLowerCase().startsWith(label.toLowerCase())) continue;
      el.prepend(doc.createTextNode(`${label}: `));
      // Chips side by side ("Manchester" "Leeds") are a line each once labelled.
      if (el.previousElementSibling) el.before(doc.createElement('br'));
      written += 1;
      continue;
    }
    // An icon before its value: the label stands in the icon's place.
    if (!el.matches(ICON)) continue;
    const parent = el.parentElement;
    const value = parent && parent.childElementCount <= MAX_CHILDREN ? textOf(parent) : '';
    if (!parent || !value || value.length > MAX_VALUE_CHARS || value.toLowerCase().startsWith(label.toLowerCase())) continue;
    el.replaceWith(doc.createTextNode(`${label}: `));
    // Icon rows side by side ("<span><svg aria-label="Sted"/>Lillestrøm</span><span><svg aria-label="Omfang"/>Deltid</span>")
    // are a line each, or the capture reads "Sted: Lillestrøm Omfang: Deltid" as one place.
    if (parent.previousElementSibling && INLINE.has(parent.tagName.toUpperCase())) parent.before(doc.createElement('br'));
    written += 1;
  }
  return written;
}
