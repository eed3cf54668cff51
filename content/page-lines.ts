import type { PageLines, TextBlock } from '../core/model';
import { isFactLabel } from '../core/jobad/labels';
import { titlePartOpening } from '../core/jobad/title-parts';
import { isRegistrationLine } from '../core/company/registered-name';
import { asksEmployersForAds } from '../core/company/job-boards';
import { describedName } from '../core/company/org-names';
import { BULLET_LINE, cellValues, clean, isMenuRow, textLines } from './element-text';
import { HIDDEN_MARK } from './inert-copy';
import { GENERIC_TITLE } from '../core/jobad/generic-title';

/**
 * Short visible lines that the readable text leaves out: the lines around the page's main heading (an ad's employer, place
 * and terms often sit in plain `div`/`span` headers), the footer's lines (the legal name, the address) and the alt texts of
 * logos. Pure DOM reading; no layout is needed.
 */

const INLINE = new Set(['SPAN', 'A', 'STRONG', 'EM', 'B', 'I', 'TIME', 'SMALL', 'ABBR', 'BDI', 'LABEL', 'SUP', 'SUB', 'U', 'MARK', 'BR', 'IMG', 'SVG', 'CODE', 'S', 'Q', 'CITE', 'DATA', 'WBR', 'FONT', 'DEL', 'INS', 'STRIKE']);
/** Struck-through text is withdrawn: "<del>10 januari 2027</del> Förlängd till 31 januari 2027" shows only the new date. */
const STRUCK = 'del,s,strike';
const SKIP = `script,style,noscript,template,svg,select,option,button,nav,dialog,${STRUCK},[hidden],[aria-hidden="true"],[${HIDDEN_MARK}]`;
const MAX_LINE = 160;
const BEFORE_TITLE = 6;
const AFTER_TITLE = 40;
const MAX_HEADER = 30;
const MAX_FOOTER = 40;
const MAX_REGISTERED = 5;
/** Links read at most for a board's "Post a job": the menus come first. */
const MAX_LINKS = 300;
/** Registration labels read at most: a page that repeats one in every row is not read to its end. */
const MAX_REGISTRY_LOOKS = 50;
/** Elements a registry line or a firm card is written in. */
const REGISTRY_ELEMENTS = 'p, div, span, address, small, li, td, dd';
/** Page furniture above an ad: its lines are not where the content starts. */
const CHROME = 'header, nav, [role="banner"], [class*="cookie" i], [id*="cookie" i], [class*="consent" i], [class*="top" i]';
const MAX_BEFORE_START = 200;
/** The classes that hide an element from sight and keep it for screen readers. */
const SCREEN_READER_ONLY = /(?:^|\s)(?:visually-hidden|visuallyhidden|sr-only|screen-reader-text|screenreader-only|a11y-hidden)(?:\s|$)/iu;
const FOOTER = 'footer, [role="contentinfo"], [id*="footer" i], [class*="footer" i]';

function hiddenByStyle(el: Element): boolean {
  return /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '');
}

function isShown(el: Element): boolean {
  if (el.closest(SKIP)) return false;
  // A laid-out page says itself what is hidden by its style sheets. The capture reads an inert copy,
  // which has no window and no layout: there every element "has no box" and checkVisibility() says
  // false, so only the inline styles (and `hidden`, aria-hidden above) can tell.
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  if (typeof check === 'function' && el.ownerDocument.defaultView) return check.call(el);
  for (let node: Element | null = el; node; node = node.parentElement) if (hiddenByStyle(node)) return false;
  return true;
}

/** A block among the children; an inline SVG is an icon whatever shapes it is drawn with (its `<rect>` is no block of text). */
function hasBlockChild(el: Element): boolean {
  for (const child of el.children) {
    const tag = child.tagName.toUpperCase();
    if (!INLINE.has(tag) || (tag !== 'SVG' && hasBlockChild(child))) return true;
  }
  return false;
}

const ROW_PARTS = new Set(['SPAN', 'TIME', 'A', 'B', 'STRONG', 'EM', 'I', 'LABEL', 'SMALL']);

/** A leaf block as lines: one line, or one per child when it is a row of separate spans ("Oslo", "Fast stilling"). */
function linesOf(shown: Element): string[] {
  const el = withoutStruck(shown);
  const ownText = [...el.childNodes].some((n) => n.nodeType === 3 && clean(n.textContent) !== '' && !/^[·•|,–-]$/.test(clean(n.textContent)));
  const parts = [...el.children].filter((c) => c.tagName !== 'BR' && clean(c.textContent));
  // "<b>Omfattning</b><span>Deltid</span>": a label and its value, each a line (their text alone would run together).
  if (!ownText && parts.length >= 2 && parts.every((c) => ROW_PARTS.has(c.tagName.toUpperCase()))) {
    return isMenuRow(el, parts) ? [] : parts.map((c) => clean(c.textContent));
  }
  // "Unit 4 Parkway Close<br>Sheffield<br>S9 4WJ": each line of an address is a line; a fact's values in its cell, one.
  const lines = textLines(el);
  const values = cellValues(el.tagName, lines);
  return values ? [values] : lines;
}

/** The element as read, without its struck-through parts (a copy, only where it has any). */
function withoutStruck(el: Element): Element {
  if (!el.querySelector(STRUCK)) return el;
  const copy = el.cloneNode(true) as Element;
  for (const struck of copy.querySelectorAll(STRUCK)) struck.remove();
  return copy;
}

interface Line {
  text: string;
  el: Element;
  /** The element's own tag, or `div` for one of several spans in a row. */
  tag: string;
}

/** The lines of a subtree in page order; stops once `enough` says so. */
function readLines(root: Element, enough: (lines: readonly Line[]) => boolean = () => false, besideBlock = 40): Line[] {
  const lines: Line[] = [];
  // The root too: a footer may be one element of text and links ("X Ltd, 22 Lake Road · Privacy").
  for (const el of [root, ...root.querySelectorAll('*')]) {
    if (INLINE.has(el.tagName.toUpperCase()) || !clean(el.textContent) || !isShown(el)) continue;
    if (hasBlockChild(el)) {
      // "<div><span>Sted</span><div>Uttrågata 19, 5700 Voss</div></div>": the label beside a block is a line too.
      const label = clean([...el.children].filter((c) => INLINE.has(c.tagName.toUpperCase()) && !hasBlockChild(c) && c.tagName !== 'BR').map((c) => c.textContent).join(' '));
      if (label && label.length <= besideBlock && !clean([...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join(''))) lines.push({ text: label, el, tag: 'div' });
      continue;
    }
    const parts = linesOf(el);
    const tag = parts.length > 1 ? 'div' : el.tagName.toLowerCase();
    for (const text of parts) if (text) lines.push({ text, el, tag });
    if (enough(lines)) break;
  }
  return lines;
}

/** An image's name for a reader: `alt`, or `aria-label` on an inline SVG or a `role="img"` element. */
const LOGO_IMAGES = 'img[alt], svg[aria-label], [role="img"][aria-label]';
const altOf = (img: Element): string => img.getAttribute('alt') ?? img.getAttribute('aria-label') ?? '';

function logoAlt(img: Element): string {
  // "Rowan Tree logo – home": each trailing word of furniture goes (v66: Iceland's "merki", "Gljúfurá Data merki").
  return clean(altOf(img))
    .replace(/\s*[-–|]?\s*(?:logo(?:type?)?|logotyp|logga|logotipas|merki|company logo|firmalogo|til forsiden|till startsidan|go to (?:the )?home ?page|home|hjem|hem|forside|startsida)\s*$/iu, '')
    .replace(/\s*[-–|]?\s*(?:logo(?:type?)?|logotyp|logga|logotipas|merki|company logo|firmalogo|til forsiden|till startsidan|go to (?:the )?home ?page|home|hjem|hem|forside|startsida)\s*$/iu, '')
    .replace(/^(?:logo(?:type?)?|logotyp)\s*(?:of|for|för|til|till)?\s*/iu, '')
    // "Arbetsgivarens logotyp", "Employer's logo", "Agency logo" (a board's slot for its tenant): whose logo, not a name.
    .replace(/^(?:arbetsgivarens|arbeidsgiverens|arbeidsgjevaren sin|företagets|bedriftens|selskapets|the employer'?s|employer'?s|company'?s|our)$/iu, '')
    .replace(/^(?:the\s+)?(?:agency|employer|company|organi[sz]ation|department|arbeidsgiver|arbeidsgjevar|arbetsgivare|arbetsgivaren|arbeidsgiveren|virksomhet|virksomheten|bedrift|bedriften|företag|företaget|myndighet|myndigheten|organisasjon|organisation|verksamhet|verksamheten)$/iu, '')
    .trim();
}

function isLogo(img: Element): boolean {
  // Any of its attributes: alt, class, id, src, or a test hook such as `data-automation-id="logoImage"` (Workday).
  const hints = [...img.attributes].map((a) => (a.name === 'src' && a.value.startsWith('data:') ? '' : a.value)).join(' ');
  // A link home: "/", or the home of the site in a language ("/en/", "/sv").
  const home = /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/?)?$/iu.test(img.closest('a[href]')?.getAttribute('href') ?? '');
  return /logo/i.test(hints) || home || img.closest('header, [class*="logo" i], [class*="brand" i]') !== null;
}

/** A footer the layout names in its own words ("foot", "ftr", "bottom"), or not at all: the last block holding its copyright line. */
function copyrightBlock(body: Element): Element[] {
  const blocks = [...body.children].filter((el) => !/^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/u.test(el.tagName)).slice(-2).reverse();
  const last = blocks.find((el) => /©|\(c\)\s*\d{4}|copyright/iu.test(el.textContent ?? ''));
  // Not a wrapper round the whole page: a footer holds no main heading and a few lines.
  return last && !last.querySelector('h1, [role="heading"][aria-level="1"]') && (last.textContent ?? '').length <= 800 ? [last] : [];
}

/** The box a board gives the employer beside the ad: "employer-card", "company-info", "arbeidsgiver". */
const EMPLOYER_BOX = '[class*="employer" i], [class*="company" i], [class*="arbeidsgiver" i], [class*="arbetsgivare" i], [class*="organi" i]';

/** The logo standing next to the main heading, or in the employer's box beside the ad: on a job board, the employer's. */
function titleLogo(h1: Element | null, body: Element): string | undefined {
  let box: Element | null = h1?.parentElement ?? null;
  for (let depth = 0; box && depth < 3; depth++, box = box.parentElement) {
    if (box.tagName === 'BODY' || box.tagName === 'MAIN') break;
    const img = [...box.querySelectorAll('img[alt]')].find((i) => !i.closest('header, nav, footer') && logoAlt(i));
    if (img) return logoAlt(img);
  }
  // v60: a picture right beside the heading in the page's main box too ("<img alt="Bergsmans"><h1>"); else the employer box's, not in a list of other jobs (related ads carry other employers' logos).
  const beside = [h1?.previousElementSibling, h1?.nextElementSibling].find((e) => e?.tagName === 'IMG' && !e.closest('header, nav, footer') && logoAlt(e));
  const card = beside ?? [...body.querySelectorAll(EMPLOYER_BOX)].flatMap((b) => [...b.querySelectorAll(LOGO_IMAGES)]).find((i) => !i.closest('header, nav, footer, li') && logoAlt(i));
  return card ? logoAlt(card) : undefined;
}

/** Lines as text blocks, each under the heading above it, as `extractTextBlocks` gives them. */
function asBlocks(lines: readonly Line[]): TextBlock[] {
  let heading: string | undefined;
  const seen = new Set<string>();
  const blocks: TextBlock[] = [];
  for (const { text, tag } of lines) {
    // A value repeated under its label ("Bedrift", then "Tindvik Bygg AS" again) stays with the label.
    const previous = blocks[blocks.length - 1]?.text;
    // The h1 stays where it stands, also when a menu wrote its words first ("Lediga jobb"): the line under it may be the job.
    if (seen.has(text) && tag !== 'h1' && !(previous !== undefined && isFactLabel(previous))) continue;
    // Under the heading the ad's own lines start: a town its menu named before ("Gnosjö") is the ad's place line too.
    if (tag === 'h1') seen.clear();
    seen.add(text);
    // "<div>• Forskaling …</div>": a bulleted line is a list item, as in the text blocks.
    const known = /^(?:h[1-6]|p|li|dt|dd|td|th)$/.test(tag) ? tag : BULLET_LINE.test(text) ? 'li' : 'div';
    blocks.push(heading === undefined || /^h[1-6]$/.test(known) ? { tag: known, text } : { heading, tag: known, text });
    if (/^h[1-6]$/.test(known)) heading = text;
  }
  return blocks;
}

/**
 * Whether an h2 is the page's heading: the title repeats it ("Product Designer" in "Brightwater Labs - Product
 * Designer"), or it opens with one of the title's parts ("Trykker offset – skift" under "Karriere – Trykker offset | Solberg").
 */
function titleNames(title: string, heading: string): boolean {
  return !!heading && (title.includes(heading) || titlePartOpening(title, heading) !== undefined);
}

// "stilling-tittel", "annons-titel": the Nordic boards' own class names for it.
const TITLE_ELEMENT =
  '[class*="job-title" i], [class*="jobtitle" i], [class*="position-title" i], [class*="vacancy-title" i], [itemprop="title"], [class*="stilling-tittel" i], [class*="stillingstittel" i], [class*="jobbtittel" i], [class*="annons-titel" i], [class*="annonstitel" i], [class*="tjanst-titel" i], [class*="jobb-titel" i], [class*="jobbtitel" i], [class*="jobb-tittel" i]';

/** A page title longer than this is not a title (a hostile page may put a book there). */
const MAX_TITLE = 300;

export function readPageLines(doc: Document): PageLines {
  const body = doc.body;
  if (!body) return { header: [], footer: [], logos: [] };
  // Some layouts (Lever) title the page with an h2: the one the page's title repeats.
  const title = clean(doc.title);
  // Without a heading element (ReachMee), the element the layout names the job's title; a div that says it is the page's
  // heading (role="heading", aria-level 1, as Jobillico's) is one.
  // Else an element the layout calls a title ("ad-title") that the page's title names, or opens with its first part
  // ("Mekanikkonstruktör | VK Jobb" over "Mekanikkonstruktör till utvecklingsavdelningen").
  const lead = title.split(/\s+[|–—·•-]\s+/u)[0]!.trim().toLowerCase();
  const namedTitle = (text: string): boolean => titleNames(title, text) || (lead.length >= 5 && (text.toLowerCase() === lead || text.toLowerCase().startsWith(`${lead} `)));
  // An h1 kept for screen readers alone ("<h1 class="visually-hidden">Stillingsannonse</h1>") is no heading a reader sees,
  // nor is one that holds only the site's logo ("<h1><img alt="Helgelendingen"></h1>").
  const h1 =
    [...body.querySelectorAll('h1, [role="heading"][aria-level="1"]')].find((h) => !SCREEN_READER_ONLY.test(h.getAttribute('class') ?? '') && clean(h.textContent) !== '') ??
    [...body.querySelectorAll('h2')].find((h) => titleNames(title, clean(h.textContent))) ??
    body.querySelector(TITLE_ELEMENT) ??
    [...body.querySelectorAll('[class*="title" i], [class*="titel" i], [class*="tittel" i]')].find((el) => el.children.length === 0 && !el.closest(CHROME) && namedTitle(clean(el.textContent))) ??
    null;
  const marked = [...body.querySelectorAll(FOOTER)].filter((f, _, all) => !all.some((o) => o !== f && o.contains(f))).slice(0, 3);
  const footers = marked.length > 0 ? marked : copyrightBlock(body);
  const inFooter = (el: Element): boolean => footers.some((f) => f.contains(el));
  let at = -1;
  // Without a heading (ReachMee lays an ad out in divs and a table), the lines where the content starts.
  const starts = (el: Element): boolean => (h1 ? h1.contains(el) : !el.closest(CHROME) && !inFooter(el));
  const lines = readLines(body, (read) => {
    if (at < 0 && read.length > 0 && starts(read[read.length - 1]!.el)) at = read.length - 1;
    return (at >= 0 && read.length > at + AFTER_TITLE) || (at < 0 && read.length > MAX_BEFORE_START);
  });
  const near = at < 0 ? [] : lines.slice(Math.max(0, at - BEFORE_TITLE), at + 1 + AFTER_TITLE);
  // A fact row is never cut between its label and its value ("Land" kept, "Norge" lost): the value comes along.
  const kept = near.filter((l) => l.text.length <= MAX_LINE && !inFooter(l.el));
  const last = kept[MAX_HEADER - 1];
  const header = asBlocks(kept.slice(0, MAX_HEADER + (last && isFactLabel(last.text) ? 1 : 0)));
  // A footer's legal line may stand in a span beside a block ("Copyright © … AS · Org.nr …" over "Powered by …"): a line too.
  // A long paragraph gives its sentences ("X is the trading name of Y Limited, … (No. 31245R) … Registered office: …").
  const footer = footers.flatMap((f) => readLines(f, undefined, 300)).flatMap((l) => (l.text.length <= 300 ? [l.text] : l.text.split(/(?<=[.!?])\s+(?=\p{Lu})/u).filter((t) => t.length <= 300))).slice(-MAX_FOOTER);
  const logos = [...new Set([...body.querySelectorAll(LOGO_IMAGES)].filter(isLogo).map(logoAlt).filter(Boolean))].slice(0, 5);
  const result: PageLines = { header, footer: [...new Set(footer)], logos };
  if (title) result.title = title.slice(0, MAX_TITLE);
  const h1Text = clean(h1?.textContent);
  if (h1Text) result.h1 = h1Text;
  // A paper's section heading over the ad ("<h1>Lediga jobb</h1>", then the ad's h2): the logo stands by the ad's heading.
  const adHeading = h1 && GENERIC_TITLE.test(h1Text) ? [...body.querySelectorAll('h2')].find((h) => h1.compareDocumentPosition(h) & 0x4 && !h.closest(CHROME)) : undefined;
  const logo = titleLogo(adHeading ?? h1, body);
  if (logo) result.titleLogo = logo;
  const registered = registryLines(body, inFooter);
  if (registered.length > 0) result.registered = registered;
  const described = describedFirms(body, inFooter);
  if (described.length > 0) result.described = described;
  if (asksEmployersForAds([...body.querySelectorAll('a')].slice(0, MAX_LINKS).map((a) => ({ text: clean(a.textContent) })))) result.asksForAds = true;
  return result;
}

const NUMBER_FIRST = /^(?:kt\.|org\.?\s*n[ro]|company (?:no|number|code)|reg(?:istration|istry)?\.?\s*(?:no|nr|number|code))/iu;
/** The ad's registry lines: elements outside the footer whose text carries an organisation number (each label's nearest line element, read once; NodeFilter.SHOW_TEXT written out, the constant not global in every context). v60: a line that opens with its number's label (NUMBER_FIRST: "<h2>Bjólfur fiskvinnsla ehf.</h2><p>Kt. 560415-0780 · …</p>") takes the heading above it as its name. */
function registryLines(body: Element, inFooter: (el: Element) => boolean): string[] {
  const found: string[] = [];
  const seen = new Set<Element>();
  const walker = body.ownerDocument.createTreeWalker(body, 0x4);
  let looked = 0;
  for (let node = walker.nextNode(); node && found.length < MAX_REGISTERED && looked < MAX_REGISTRY_LOOKS; node = walker.nextNode()) {
    if (!isRegistrationLine(node.nodeValue ?? '')) continue;
    looked++;
    const el = node.parentElement?.closest(REGISTRY_ELEMENTS);
    if (!el || seen.has(el)) continue;
    seen.add(el);
    // A card's lines broken by <br> ("Ekenäs Gård AB<br>Ekenäs 2, 532 92 Skara<br>Org.nr …") as one line of parts.
    const own = el.querySelector('br') ? textLines(el).join(' · ') : clean(el.textContent);
    const text = (NUMBER_FIRST.test(own) && /^H[2-4]$/u.test(el.previousElementSibling?.tagName ?? '') ? `${clean(el.previousElementSibling!.textContent)} · ` : '') + own;
    if (text.length > MAX_LINE || inFooter(el) || !isShown(el) || found.includes(text)) continue;
    found.push(text);
  }
  return found;
}

const MAX_DESCRIBED = 3;
/** A card's sentence is longer than a header's line, shorter than a paragraph of the ad. */
const MAX_DESCRIBED_LINE = 400;
/** Text nodes read at most for firm cards: a huge page is not read to its end. */
const MAX_DESCRIBED_LOOKS = 3000;

/**
 * A board's company card beside the ad, which a reader's view leaves out: the sentences outside the footer that open
 * with a firm's legal name and say what it is. Read from the page's text nodes, at most a few.
 */
function describedFirms(body: Element, inFooter: (el: Element) => boolean): string[] {
  const found: string[] = [];
  const walker = body.ownerDocument.createTreeWalker(body, 0x4);
  let looked = 0;
  for (let node = walker.nextNode(); node && found.length < MAX_DESCRIBED && looked < MAX_DESCRIBED_LOOKS; node = walker.nextNode()) {
    looked++;
    const text = clean(node.nodeValue);
    if (text.length < 30 || text.length > MAX_DESCRIBED_LINE || !describedName(text)) continue;
    const el = node.parentElement;
    if (!el || inFooter(el) || !isShown(el) || found.includes(text)) continue;
    found.push(text);
  }
  return found;
}
