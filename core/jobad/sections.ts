import type { TextBlock } from '../model';
import { DEADLINE_LABEL } from './deadline';
import { classifyHeading, type SectionKind } from './headings';
import { isNiceItem, splitList, splitSentences, tidyItems } from './lists';

/**
 * Requirements and responsibilities read from the sections of an ad: real
 * headings, and the bold paragraphs ads use as headings ("Kvalifikasjoner:",
 * "VI TILBYR:", "Sentrale arbeidsoppgåver" over a list).
 */

export interface Sections {
  responsibilities: string[];
  must: string[];
  nice: string[];
}

const COLLECTED = new Set<SectionKind>(['responsibilities', 'must', 'nice', 'soft-nice']);
const PSEUDO_TAGS = new Set(['p', 'div', 'dt', 'th', 'td']);
const MAX_PARAGRAPH_ITEM = 300;
const MAX_PARAGRAPHS = 8;
const MAX_PROSE_HEADING_WORDS = 4;
const MAX_LEAD_IN_WORDS = 10;
/** An exclamation that names the role sought ("Vi søkjer butikksjef til Hareid!", "We're hiring a baker!"), not "Vi søker deg!". */
const SEEKS_ROLE = /^(?:vi søker|vi søkjer|vi söker|we(?:'re| are) (?:hiring|looking for))\s+(?!(?:deg|dig|you|etter|efter)(?!\p{L}))\S.*!$/iu;
/** The prose under such a heading is a few sentences, not a remark ("Vi har få krav."). */
const MIN_PROSE_AFTER_HEADING = 60;
/** A nice-to-have written as a sentence after the list is short; a longer paragraph is prose. */
const MAX_NICE_WORDS = 25;
const INVITED = /encouraged to apply|oppfordres|oppmodast|oppfordra|uppmuntras/iu;
/** A label of a nice-to-have, a colon and the item: "Desirable: …", "Nice to have: …", "Meriterande: …", "Ønskelig: …". */
const NICE_LABEL = /^(?:desirable|nice[- ]to[- ]have|preferred|bonus|a plus|plus|meriterande|meritterande|meritterende|ønskelig|ønskjeleg|önskvärt|fordel|en fordel|fördel|en fördel)\s*[:：]\s*\S/iu;
const isRequirementKind = (kind: SectionKind | undefined): boolean => kind === 'must' || kind === 'nice' || kind === 'soft-nice';

/** "Stillingstype Trainee", "Søknadsfrist 31.01.2027": a fact box's row right after a list, not an item. */
const FACT_ROW =
  /^(?:bransje|bransch|industry|sector|sektor|stillingstype|anställningsform|ansettelsesform|employment type|job type|antall stillinger|antal tjänster|number of positions|arbeidssted|arbeidsstad|arbetsort|tiltredelse|tiltreding|tillträde|oppstart|start date|referanse(?:nummer)?|referensnummer|reference|publisert|publicerad|published|søknadsfrist|sista ansökningsdag|deadline|omfang|omfattning|stillingsprosent)(?:\s*[:：]\s*|\s+)\S/iu;
const MAX_FACT_ROW = 60;
/** "Stillingen er fast i 60 prosent", "The position is permanent": the terms, not a duty or a requirement. */
const TERMS_SENTENCE =
  /^(?:stillingen|stillinga|tjänsten|the (?:position|role|post|job)) (?:er|är|is) (?:en |ei |et |ett |a |an )?(?:fast|midlertidig|mellombels|vikariat|tillsvidare|heltid|deltid|permanent|temporary|full[- ]time|part[- ]time|\d)/iu;
/** "Ask X about the role on 0113 496 0218": a way to reach someone, not an item. */
const PHONE = /(?<!\d)(?:\+\d{2}\s?)?\d{2,4}(?:[\s-]\d{2,4}){2,4}(?!\d)/u;
/** "Fjällbryggeriet i Åre AB · Prästgatan 9, 831 31 Östersund": an address line. */
const ADDRESS = /[·,]\s*(?:\d{3}\s?\d{2}|\d{4})\s+\p{Lu}/u;
/** "Vill du veta mer?": a question to the reader, not something the ad asks of them. */
const QUESTION = /\?\s*$/u;
/** "Rekryteringskonsult Johanna Ek, johanna.ek@poolia.se": whom to write to. */
const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d-]+\.[\p{L}.]{2,}/u;
const notAnItem = (text: string): boolean =>
  TERMS_SENTENCE.test(text) || ADDRESS.test(text) || QUESTION.test(text) || EMAIL.test(text) || (PHONE.exec(text)?.[0].replace(/\D/g, '').length ?? 0) >= 8;

/** "We'll train you, so no retail experience is needed", "Erfaring er ikke nødvendig": what the ad does not ask for. */
const NOT_ASKED =
  /(?<!\p{L})(?:no|not|ingen|inget|ikke|inte)(?!\p{L})[^.;]{0,50}(?<!\p{L})(?:needed|required|necessary|essential|nødvendig|påkrevd|et krav|ett krav|krävs|behövs|trengs|kreves)(?!\p{L})|(?<!\p{L})(?:krävs|behövs|kreves|trengs) (?:inte|ikke)(?!\p{L})/iu;

interface Open {
  kind: SectionKind | undefined;
  listItems: string[];
  /** "Erfaring med Netbas er en fordel." after the list: nice-to-haves that come after the section's own items. */
  after?: string[];
  paragraphs: string[];
  /** Once a list has ended, later lists under the same heading are page chrome more often than not. */
  state: 'before-list' | 'in-list' | 'after-list';
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function isAllCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** A block that acts as a heading, and what it announces; null for ordinary content. */
function headingKind(block: TextBlock, next: TextBlock | undefined): { kind: SectionKind | undefined } | null {
  // "Vi søkjer butikksjef til Hareid!" (an h1 Readability made an h2) names the job: the ad's title, no section.
  if (/^h[2-6]$/.test(block.tag)) return { kind: SEEKS_ROLE.test(block.text.replace(/[\p{Extended_Pictographic}\uFE0F\s]+$/u, '')) ? undefined : classifyHeading(block.text) };
  if (block.tag === 'h1') return { kind: undefined };
  if (!PSEUDO_TAGS.has(block.tag) || block.text.length > 90) return null;
  const text = block.text.trim();
  const kind = classifyHeading(text);
  if (/[:：]$/.test(text) && words(text) <= 12) return { kind };
  // "🥐 VI SØKER BAKER! 🥐" is an exclamation naming the job (the post's title), not a section's heading.
  if (isAllCaps(text) && words(text) <= 8 && !/!$/u.test(text.replace(/[\p{Extended_Pictographic}\uFE0F\s]+$/u, ''))) return { kind };
  // "Sentrale arbeidsoppgåver" with no colon is a heading only when a list follows; a lead-in of a few more
  // words ("You might be a fit if you have", "Det er en fordel om du har") too.
  if (kind && words(text) <= MAX_LEAD_IN_WORDS && !/[.!]$/.test(text) && next?.tag === 'li') return { kind };
  // "<p><b>The job</b></p>" over a paragraph of prose: a known heading of a few words.
  if (kind && words(text) <= MAX_PROSE_HEADING_WORDS && !/[.!?,;]$/.test(text) && next?.tag === 'p' && next.text.length >= MIN_PROSE_AFTER_HEADING) return { kind };
  return null;
}

/** A sub-heading that only says which kind of requirement follows: "Expected" / "Optional", "Påkrevd" / "Valgfritt". */
const SUB_MUST = /^(?:expected|required|mandatory|must[- ]haves?|påkrevd|obligatorisk|obligatoriskt|krav|skallkrav|ska-krav)$/iu;
const SUB_NICE = /^(?:optional|nice[- ]to[- ]haves?|valgfritt|valfritt|frivillig|ønskelig|önskvärt|bör-krav|börkrav|meriterande)$/iu;

function subKind(text: string): SectionKind | undefined {
  const t = text.trim().replace(/[:：]$/u, '');
  return SUB_MUST.test(t) ? 'must' : SUB_NICE.test(t) ? 'nice' : undefined;
}

function itemsOf(section: Open): string[] {
  if (section.listItems.length > 0) return section.listItems;
  // "Desirable" over "Knowledge of the code is desirable." and then the interview dates: the sentences that wish for something.
  const wished = section.kind === 'nice' ? section.paragraphs.filter(isNiceItem) : [];
  return (wished.length > 0 ? wished : section.paragraphs).flatMap((p) => splitList(p).items);
}

const BULLET = /\s*[•▪●◦‣]\s+/u;

/**
 * "Arbetsuppgifter • Sköta drift … • Felsöka …": a heading and its items as `•` lines joined by
 * `<br>` in one paragraph (Varbi's layout) read as the heading and a list.
 */
function expandBulletParagraphs(blocks: readonly TextBlock[]): TextBlock[] {
  return blocks.flatMap((block) => {
    if (!PSEUDO_TAGS.has(block.tag)) return [block];
    const [head, ...items] = block.text.split(BULLET).map((part) => part.trim());
    if (items.length < 2 || !head || words(head) > 6 || !classifyHeading(head)) return [block];
    const heading = block.heading === undefined ? {} : { heading: block.heading };
    return [{ ...heading, tag: 'p', text: `${head}:` }, ...items.filter(Boolean).map((text) => ({ ...heading, tag: 'li', text }))];
  });
}

export function readSections(input: readonly TextBlock[]): Sections {
  const blocks = expandBulletParagraphs(input);
  // Items in document order with the kind of section they stand in.
  const found: { kind: SectionKind; items: string[]; prose?: boolean }[] = [];
  let open: Open = { kind: undefined, listItems: [], paragraphs: [], state: 'before-list' };
  let lastHeading: string | undefined;

  const close = () => {
    if (!open.kind || !COLLECTED.has(open.kind)) return;
    // "The role" over an introduction, then "What you'll do" over the list: the list is the section.
    const previous = found[found.length - 1];
    if (previous?.prose && previous.kind === open.kind && open.listItems.length > 0) found.pop();
    found.push({ kind: open.kind, items: itemsOf(open), prose: open.listItems.length === 0 });
    if (open.after?.length) found.push({ kind: 'nice', items: open.after });
  };
  const start = (kind: SectionKind | undefined) => {
    close();
    open = { kind, listItems: [], paragraphs: [], state: 'before-list' };
  };

  let parent: SectionKind | undefined;
  blocks.forEach((block, i) => {
    const heading = headingKind(block, blocks[i + 1]);
    // "Roles & Responsibilities", a paragraph about the firm, then "As Quality Assurance Executive you will:" over the list: a
    // lead-in that names no section of its own opens the list of the section it stands in.
    const leadIn = heading && heading.kind === undefined && PSEUDO_TAGS.has(block.tag) && /[:：]$/.test(block.text.trim()) && blocks[i + 1]?.tag === 'li';
    if (leadIn && open.kind && COLLECTED.has(open.kind) && open.state === 'before-list') return;
    if (heading) {
      if (/^h[1-6]$/.test(block.tag)) lastHeading = block.text;
      // "Our requirements" over the sub-headings "Expected" and "Optional" (Pracuj's layout): under a requirements
      // heading, a sub-heading that only says which kind names that kind; elsewhere ("Technologies we use") it names none.
      if (/^h[12]$/.test(block.tag)) parent = heading.kind;
      const sub = /^h[3-6]$/.test(block.tag) && !heading.kind && isRequirementKind(parent) ? subKind(block.text) : undefined;
      start(sub ?? heading.kind);
      return;
    }
    // Blocks from a source without heading blocks still say which heading they stand under.
    if (block.heading !== undefined && block.heading !== lastHeading) {
      lastHeading = block.heading;
      start(classifyHeading(block.heading));
    }
    // "Desirable: field experience with ADCP.", "Meriterande: C-körkort.": a nice-to-have under its own label, wherever it stands.
    if (PSEUDO_TAGS.has(block.tag) && words(block.text) <= MAX_NICE_WORDS && NICE_LABEL.test(block.text)) {
      found.push({ kind: 'nice', items: [block.text.trim()] });
      return;
    }
    if (!open.kind || !COLLECTED.has(open.kind)) return;
    // "Closing date 31.01.27 — interviews the week after", "Bransje Handel": the ad's facts, after its sections.
    if (block.tag === 'p' && DEADLINE_LABEL.exec(block.text)?.index === 0) return start(undefined);
    if (block.text.length <= MAX_FACT_ROW && FACT_ROW.test(block.text)) return start(undefined);
    // A list item holding a heading ("<li><h3>Seniority level</h3>…") comes before it: a fact box, not an item.
    const inner = blocks[i + 1];
    if (block.tag === 'li' && inner && /^h[1-6]$/.test(inner.tag) && block.text.startsWith(inner.text)) return;
    // "Erfaring med Netbas er en fordel." right after the requirements list: one more nice-to-have.
    const afterList = open.state !== 'before-list' && isRequirementKind(open.kind) && block.tag === 'p';
    const niceAfterList = afterList && words(block.text) <= MAX_NICE_WORDS && isNiceItem(block.text);
    // v51: "Equivalent combinations … will be considered. Knowledge of Gwich'in is considered an asset.": the sentence that wishes
    // (not one that invites a group to apply, "Aboriginal and Torres Strait Islander people are encouraged to apply").
    const wishes = afterList && !niceAfterList ? splitSentences(block.text).filter((s) => words(s) <= MAX_NICE_WORDS && isNiceItem(s) && !INVITED.test(s)) : [];
    if (block.tag === 'li') {
      if (open.state === 'after-list') return;
      open.state = 'in-list';
      open.listItems.push(block.text);
    } else if (niceAfterList || wishes.length > 0) {
      open.state = 'after-list';
      (open.after ??= []).push(...(niceAfterList ? [block.text] : wishes).map((t) => t.trim()));
    } else if (open.state === 'in-list') {
      open.state = 'after-list';
    } else if (
      // Term/description pairs and table cells are fact boxes, not prose items.
      block.tag === 'p' &&
      open.state === 'before-list' &&
      block.text.length <= MAX_PARAGRAPH_ITEM &&
      open.paragraphs.length < MAX_PARAGRAPHS
    ) {
      open.paragraphs.push(block.text);
    }
  });
  close();

  // "Ønskede kvalifikasjoner" is the only list in many Norwegian ads; next to "Kvalifikasjoner" it is the nice-to-haves.
  const softIsMust = !found.some((s) => s.kind === 'must' && s.items.length > 0);
  const must: string[] = [];
  const nice: string[] = [];
  const responsibilities: string[] = [];
  for (const { kind, items } of found) {
    for (const item of items.filter((i) => !notAnItem(i))) {
      if (kind === 'responsibilities') responsibilities.push(item);
      else if (kind === 'nice' || (kind === 'soft-nice' && !softIsMust) || isNiceItem(item)) nice.push(item);
      else if (!NOT_ASKED.test(item.split(';')[0]!)) must.push(item);
    }
  }
  return { responsibilities: tidyItems(responsibilities), must: tidyItems(must), nice: tidyItems(nice) };
}
