/**
 * An element's text as a reader sees its lines: `<br>` ends a line. `textContent` alone runs
 * "Unit 4 Parkway Close<br>Sheffield" together as "Unit 4 Parkway CloseSheffield", and "- Fagbrev<br>- Førerkort"
 * into one item. Iterative, so deep nesting costs no stack.
 */
export function textLines(el: Element): string[] {
  if (!el.querySelector('br') && !splitByIcons(el)) {
    const label = gluedLabel(el);
    return label ? [label] : (spansRunTogether(el) ?? [clean(el.textContent)].filter(Boolean));
  }
  const doc = el.ownerDocument;
  // NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, written out: the constant is not global in every context.
  const walker = doc.createTreeWalker(el, 0x1 | 0x4);
  const lines: string[] = [];
  let line = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 3) line += node.nodeValue ?? '';
    else if ((node as Element).tagName === 'BR' || isIcon(node as Element)) {
      lines.push(line);
      line = '';
    }
  }
  lines.push(line);
  return lines.map(clean).filter(Boolean);
}

/**
 * v65: "<div class="meta"><span>Ort: Alsen</span><span>Deltid</span><span>Tillsvidare</span></div>": spans the stylesheet
 * sets apart, with no space between them in the markup, whose words would run together ("AlsenDeltid"), are read apart, as
 * a reader sees them: "Ort: Alsen · Deltid · Tillsvidare".
 */
function spansRunTogether(el: Element): string[] | undefined {
  // Walked node by node, so a page of 20,000 nested elements costs no list of children per element.
  if (el.childElementCount < 2) return undefined;
  const kids: Element[] = [];
  for (let node = el.firstChild; node; node = node.nextSibling) {
    // Only spans written one after another with nothing between (a row of "label" and "value" spans, set out on lines of
    // their own in the markup, is a fact box the labels read: "<span class="l">Ort</span><span>Enköping</span>").
    if (node.nodeType !== 1 || !/^(?:SPAN|A|B|STRONG|TIME|EM)$/u.test((node as Element).tagName)) return undefined;
    kids.push(node as Element);
  }
  const texts = kids.map((k) => k.textContent ?? '');
  const glued = texts.some((t, i) => i > 0 && /[\p{L}\d]$/u.test(texts[i - 1]!) && /^\p{Lu}/u.test(t));
  return glued ? [texts.map(clean).filter(Boolean).join(' · ')] : undefined;
}

/** An icon drawn by the stylesheet: an empty `<i>`, `<svg>` or element marked hidden or named for an icon. */
const ICON_CLASS = /(?:^|[\s_-])(?:ico|icon|fa|glyph|symbol)(?=$|[\s_-])/iu;
const isIcon = (el: Element): boolean =>
  clean(el.textContent) === '' && (/^(?:I|SVG)$/iu.test(el.tagName) || el.getAttribute('aria-hidden') === 'true' || ICON_CLASS.test(el.getAttribute('class') ?? ''));

/**
 * "<div><span class="ico ico-pin"></span> Kvænangen <span class="ico ico-clock"></span> Fast · Heltid …</div>": a line
 * whose facts each follow an icon reads as a line per fact, as a reader sees them apart, not as one run of words.
 */
function splitByIcons(el: Element): boolean {
  const icons = [...el.children].filter(isIcon);
  return icons.length >= 2 || (icons.length === 1 && icons[0] !== el.firstElementChild);
}

/**
 * "<p><strong>Län</strong>Jönköpings län</p>", "<div><span>Company Name</span>Saffar Talent</div>": a label the layout
 * sets apart by its style alone reads as "Län: Jönköpings län", not "LänJönköpings län".
 */
function gluedLabel(el: Element): string | undefined {
  return labelBeforeText(el) ?? keyValueSpans(el);
}

/**
 * "<div class="row"><span class="key">Fylke</span><span class="value">Finnmark</span></div>": a key and its value. A
 * heading's two spans ("<h1><span>Virkesköpare</span> <span>Kramfors/Härnösand</span></h1>") are its title and place.
 */
function keyValueSpans(el: Element): string | undefined {
  if (/^H[1-6]$/u.test(el.tagName)) return undefined;
  const kids = Array.from(el.children);
  if (kids.length !== 2 || !kids.every((k) => /^(?:SPAN|STRONG|B|LABEL|EM)$/u.test(k.tagName))) return undefined;
  if (Array.from(el.childNodes).some((n) => n.nodeType === 3 && clean(n.nodeValue))) return undefined;
  const [key, value] = kids.map((k) => clean(k.textContent));
  return key && value && key.length <= 40 && !/[:：.!?]$/u.test(key) && /^[\p{L}\d]/u.test(value) ? `${key}: ${value}` : undefined;
}

function labelBeforeText(el: Element): string | undefined {
  const label = leadLabel(el);
  const after = el.firstChild?.nextSibling;
  // "<b>S</b>tavanger": a drop capital goes on in lower case, a value opens with a capital or a figure.
  if (!label || after?.nodeType !== 3 || !/^[\p{Lu}\d]/u.test(after.nodeValue ?? '')) return spacedFactRow(el);
  const rest = clean(Array.from(el.childNodes).slice(1).map((n) => n.textContent).join(''));
  return rest ? `${label}: ${rest}` : undefined;
}

/** The bold or spanned words an element opens with, short and without a colon of their own. */
function leadLabel(el: Element): string | undefined {
  const first = el.firstChild;
  const label = first?.nodeType === 1 && /^(?:STRONG|B|SPAN|LABEL)$/u.test((first as Element).tagName) ? clean(first.textContent) : '';
  return /\p{L}{2}/u.test(label) && label.length <= 40 && !/[:：.!?]$/u.test(label) ? label : undefined;
}

/**
 * v65: "<ul><li><b>Arbeidsgiver</b> Kvålsheia Alpin AS</li><li><b>Sted</b> Åseral</li>…": a list whose every row opens with
 * a bold label and a space is a box of facts, each row a label and its value.
 */
function spacedFactRow(el: Element): string | undefined {
  const spaced = (li: Element): boolean => li.tagName === 'LI' && li.childNodes.length === 2 && leadLabel(li) !== undefined && /^\s+[\p{Lu}\d]/u.test(li.lastChild?.nodeValue ?? '');
  // The row itself first, then its siblings one by one: most list items are no such row.
  if (!spaced(el) || (el.parentElement?.childElementCount ?? 0) < 3) return undefined;
  for (let row = el.parentElement!.firstElementChild; row; row = row.nextElementSibling) if (!spaced(row)) return undefined;
  return `${leadLabel(el)}: ${clean(el.lastChild?.nodeValue)}`;
}

/** "Birmingham, West Midlands<br>Leeds, West Yorkshire" in a fact's value cell: a value per line, kept apart in one line. */
export function cellValues(tag: string, lines: readonly string[]): string | undefined {
  const cell = /^(?:DD|TD)$/iu.test(tag) && lines.length >= 2 && lines.every((line) => line.length <= 60 && !/[.!?:]$/u.test(line));
  return cell ? lines.join('; ') : undefined;
}

export function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** A line that opens with a list bullet: "- Fagbrev", "• Körkort B", "* Python". */
export const BULLET_LINE = /^[-–•·*▪●◦‣∙]\s+\S/u;
/**
 * A line a social post opens with a pictograph as its bullet: "✔️ Bestilling av råvarer", "👉 Fagbrev som baker".
 * A line framed by pictographs on both sides ("🥐 VI SØKER BAKER! 🥐") is the post's heading, not an item.
 */
export const EMOJI_BULLET_LINE = /^(?:\p{Extended_Pictographic}|[✓✔☑➡►▶])\uFE0F?\s+\S(?:.*[^\p{Extended_Pictographic}\uFE0F\s])?$/u;

/** A paper's sections in its menu: "Nyheter", "Sport", "Jobb", "Nöje". */
const SECTION_LINK = /^(?:nyheter|nyheiter|news|sport|jobb|jobs|kultur|culture|nöje|debatt|debate|opinion|meninger|åsikter|e-tidning|e-avis|e-\p{L}+)$/iu;

/**
 * v66: "<a>Skellefteå</a> | <a>Norsjö</a> | <a>Malå</a> | <a>Sport</a>": three links or more between bars are the site's menu, not
 * the ad's facts (its towns are sections of the paper, not where the job is); v67: so are links side by side among the paper's
 * sections ("<a>Nyheter</a><a>Luleå</a><a>Tornedalen</a><a>Sport</a>").
 */
export function isMenuRow(el: Element, parts: readonly Element[]): boolean {
  if (parts.length < 3 || !parts.every((c) => c.tagName === 'A')) return false;
  return [...el.childNodes].some((n) => n.nodeType === 3 && clean(n.textContent) === '|') || parts.some((c) => SECTION_LINK.test(clean(c.textContent)));
}
