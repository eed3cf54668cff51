import { cleanLine, cleanOptional, MAX_LINE_CHARS } from '../core/capture/limits';
import type { CapturedPage, JsonLdNode, PageMetadata, TextBlock } from '../core/model';
import { spellAttributeText } from './attribute-text';
import { inertCopy } from './inert-copy';
import { collectJsonLd, typesOf } from './json-ld';
import { extractMetadata } from './metadata';
import { extractMicrodata } from './microdata';
import { readPageLines } from './page-lines';
import { extractReadable, type ReadableOptions } from './readable';
import { extractTextBlocks } from './text-blocks';

const EXCERPT_CHARS = 280;
const FACT_CHARS = 200;
const MAX_FACTS = 400;
/** Words of a job ad whose facts may stand outside the article, in English, Norwegian and Swedish. */
// "Must have" / "Nice to have" (a project post that never says "apply"), "Må ha", "Måste ha", "Dine oppgaver", "Dina uppgifter".
// v62: a title's gender tag, "(m/f/d)", "(m/w/d)", "(f/m/x)", is an ad's own.
const JOB_AD_WORDS = /arbeidsoppgaver|kvalifikasjoner|søknad|stilling|arbetsuppgifter|kvalifikationer|ansök|tjänst|meriterande|vi söker|vi søker|responsibilities|qualifications|requirements|apply|vacanc|hiring|closing date|deadline|must[- ]have|nice[- ]to[- ]have|what you(?: will|'ll) do|må ha|måste ha|dine oppgaver|dina uppgifter|\((?:[mfwdxhk]\/){1,2}[mfwdxhk]\)/i;

/** A page's short blocks, read only where an ad's fact box may be missing from the article. */
function factBlocksOf(doc: Document, jsonLd: JsonLdNode[], articleText: string, title: string): TextBlock[] {
  // A posting that states the deadline and the place leaves the page's fact box nothing to add; a partial one (a
  // board's JSON-LD without the deadline) leaves it to the box beside the ad.
  const complete = jsonLd.some((node) => typesOf(node).includes('JobPosting') && node['validThrough'] !== undefined && node['jobLocation'] !== undefined);
  if (complete || !doc.body || !JOB_AD_WORDS.test(`${title} ${articleText}`)) return [];
  return extractTextBlocks(doc.body)
    .filter((block) => block.text.length <= FACT_CHARS)
    .slice(0, MAX_FACTS);
}

function excerptOf(text: string): string {
  const flat = text.slice(0, EXCERPT_CHARS * 4).replace(/\s+/g, ' ').trim();
  if (flat.length <= EXCERPT_CHARS) return flat;
  const cut = flat.slice(0, EXCERPT_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), EXCERPT_CHARS - 40))}…`;
}

/** Every line of metadata one clean line of sensible length, whatever the page put there. */
function cleanMetadata(metadata: PageMetadata): PageMetadata {
  const clean: PageMetadata = { ...metadata, title: cleanLine(metadata.title) };
  const fields = { siteName: undefined, byline: undefined, description: MAX_LINE_CHARS, lang: 35, publishedTime: 64, ogType: 64 } as const;
  for (const [key, max] of Object.entries(fields) as Array<[keyof typeof fields, number | undefined]>) {
    const value = cleanOptional(metadata[key], max);
    if (value === undefined) delete clean[key];
    else clean[key] = value;
  }
  return clean;
}

/**
 * Turns the page into data. Runs in the page; touches no storage. Everything is read
 * from an inert, clobber-free copy of the page (see inert-copy.ts), never the page itself.
 */
export function capturePage(page: Document, pageUrl: string, options: ReadableOptions = {}, capturedAt = Date.now()): CapturedPage {
  const doc = inertCopy(page);
  spellAttributeText(doc);
  const metadata = extractMetadata(doc, pageUrl);
  const { nodes, errors, dropped } = collectJsonLd(doc);
  const readable = extractReadable(doc, options);
  const lines = readPageLines(doc);
  // The fuller of the page's two titles (og:title, or <title> when it has more parts: "Title - Employer AB").
  const pageTitle = cleanLine(metadata.title);
  const parts = (title: string | undefined): number => (title ?? '').split(/\s+[|–—·•-]\s+/).length;
  if (pageTitle && parts(pageTitle) >= parts(lines.title)) lines.title = pageTitle;

  if (readable.title) metadata.title = readable.title;
  if (!metadata.title) metadata.title = new URL(pageUrl).hostname;
  metadata.siteName ??= readable.siteName;
  metadata.byline ??= readable.byline;
  metadata.publishedTime ??= readable.publishedTime;
  metadata.lang ??= readable.lang;
  const clean = cleanMetadata(metadata);

  return {
    pageUrl,
    metadata: clean,
    method: readable.method,
    contentHtml: readable.html,
    textContent: readable.text,
    excerpt: cleanLine(readable.excerpt?.trim() || clean.description || excerptOf(readable.text), MAX_LINE_CHARS),
    blocks: extractTextBlocks(readable.root),
    factBlocks: factBlocksOf(doc, nodes, readable.text, clean.title),
    lines,
    jsonLd: nodes,
    microdata: extractMicrodata(doc),
    jsonLdErrors: errors,
    jsonLdDropped: dropped,
    truncated: readable.truncated,
    overBudget: readable.overBudget,
    readabilityMs: readable.readabilityMs,
    capturedAt,
  };
}
