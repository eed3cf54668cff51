import type { CapturedPage, JsonLdNode, TextBlock } from '../core/model';
import { collectJsonLd, typesOf } from './json-ld';
import { extractMetadata } from './metadata';
import { extractMicrodata } from './microdata';
import { readPageLines } from './page-lines';
import { extractReadable } from './readable';
import { extractTextBlocks } from './text-blocks';

const EXCERPT_CHARS = 280;
const FACT_CHARS = 200;
const MAX_FACTS = 400;
/** Words of a job ad whose facts may stand outside the article, in English, Norwegian and Swedish. */
const JOB_AD_WORDS = /arbeidsoppgaver|kvalifikasjoner|søknadsfrist|stillingen|arbetsuppgifter|kvalifikationer|ansökan|tjänsten|responsibilities|qualifications|requirements|apply/i;

/** A page's short blocks, read only where an ad's fact box may be missing from the article. */
function factBlocksOf(doc: Document, jsonLd: JsonLdNode[], articleText: string, title: string): TextBlock[] {
  const hasPosting = jsonLd.some((node) => typesOf(node).includes('JobPosting'));
  if (hasPosting || !doc.body || !JOB_AD_WORDS.test(`${title} ${articleText}`)) return [];
  return extractTextBlocks(doc.body)
    .filter((block) => block.text.length <= FACT_CHARS)
    .slice(0, MAX_FACTS);
}

function excerptOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= EXCERPT_CHARS) return flat;
  const cut = flat.slice(0, EXCERPT_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), EXCERPT_CHARS - 40))}…`;
}

/** Turns the page into data. Runs in the page; touches no storage. */
export function capturePage(doc: Document, pageUrl: string): CapturedPage {
  const metadata = extractMetadata(doc, pageUrl);
  const { nodes, errors } = collectJsonLd(doc);
  const readable = extractReadable(doc);

  if (readable.title) metadata.title = readable.title;
  if (!metadata.title) metadata.title = new URL(pageUrl).hostname;
  metadata.siteName ??= readable.siteName;
  metadata.byline ??= readable.byline;
  metadata.publishedTime ??= readable.publishedTime;
  metadata.lang ??= readable.lang;

  return {
    pageUrl,
    metadata,
    method: readable.method,
    contentHtml: readable.html,
    textContent: readable.text,
    excerpt: readable.excerpt?.trim() || metadata.description || excerptOf(readable.text),
    blocks: extractTextBlocks(readable.root),
    factBlocks: factBlocksOf(doc, nodes, readable.text, metadata.title),
    lines: readPageLines(doc),
    jsonLd: nodes,
    microdata: extractMicrodata(doc),
    jsonLdErrors: errors,
    truncated: readable.truncated,
    readabilityMs: readable.readabilityMs,
  };
}
