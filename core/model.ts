/**
 * The data Round Two works with. The content script produces a `CapturedPage`;
 * the background turns it into a `Clip` that belongs to a `Company`.
 * Everything here is plain, structured-clone-safe data (no DOM, no classes):
 * it crosses the page → background boundary and is stored in IndexedDB.
 */

/** One block of readable text with the heading it stands under. */
export interface TextBlock {
  /** The nearest heading above this block in the readable content, if any. */
  heading?: string;
  /** `p`, `li`, `blockquote`, `td`… or `h1`–`h6` for a heading itself. */
  tag: string;
  text: string;
}

/** What the page itself says about who and what it is. */
export interface PageMetadata {
  /** The canonical URL (`<link rel=canonical>` / og:url) resolved, or the page URL. */
  canonicalUrl: string;
  title: string;
  siteName?: string;
  description?: string;
  lang?: string;
  publishedTime?: string;
  byline?: string;
  image?: string;
  ogType?: string;
}

/** One parsed JSON-LD object (blocks, arrays and `@graph` are flattened). */
export type JsonLdNode = Record<string, unknown>;

export type ExtractionMethod = 'readability' | 'page-text';

/** What the capture content script returns from the page. */
export interface CapturedPage {
  /** The URL of the tab when it was clipped. */
  pageUrl: string;
  metadata: PageMetadata;
  /** `readability` when an article was found, `page-text` for the fallback. */
  method: ExtractionMethod;
  /** Readable HTML. Untrusted: sanitise before it is rendered. */
  contentHtml: string;
  textContent: string;
  excerpt: string;
  blocks: TextBlock[];
  jsonLd: JsonLdNode[];
  /** Number of JSON-LD blocks that could not be parsed and were skipped. */
  jsonLdErrors: number;
  /** True when the text or HTML was cut to the storage caps. */
  truncated: boolean;
  /** Milliseconds spent in Readability (for the benchmark). */
  readabilityMs: number;
}

/** What the capture script answers: the page, or that its HTML is still arriving. */
export type CaptureOutcome = CapturedPage | { stillLoading: true };

export const COMPANY_STATUSES = [
  'researching',
  'applied',
  'interview1',
  'interview2',
  'offer',
  'closed',
] as const;
export type CompanyStatus = (typeof COMPANY_STATUSES)[number];

export interface Company {
  id: string;
  name: string;
  /** Where the name came from: a stated Organization outranks a site name or a domain. */
  nameSource?: 'organization' | 'site-name' | 'domain' | 'job-ad';
  /** Set when the user renamed the company: automatic naming never overrides it. */
  nameSetByUser?: boolean;
  /** Registrable domains seen for this company (e.g. `nordlys-energi.no`). */
  domains: string[];
  /** Normalised name used to match clips from other sites to this company. */
  normName: string;
  status: CompanyStatus;
  createdAt: number;
  updatedAt: number;
}

export interface Clip {
  id: string;
  companyId: string;
  /** Canonical URL with the fragment removed: one clip per URL. */
  url: string;
  pageUrl: string;
  title: string;
  siteName?: string;
  domain: string;
  byline?: string;
  excerpt: string;
  lang?: string;
  publishedTime?: string;
  method: ExtractionMethod;
  contentHtml: string;
  textContent: string;
  blocks: TextBlock[];
  wordCount: number;
  jsonLd: JsonLdNode[];
  truncated: boolean;
  /** The user's own words on this clip: never overwritten by a re-clip. */
  userNote?: string;
  clippedAt: number;
  updatedAt: number;
}

/** The user's notes: answers to prompts, pinned evidence, quotes. */
export interface Note {
  id: string;
  companyId: string;
  promptId: string;
  kind: 'answer' | 'pin' | 'quote' | 'improvement';
  text: string;
  clipId?: string;
  sourceUrl?: string;
  createdAt: number;
  updatedAt: number;
}

/** An interview round with a company (planned by the debrief and logistics issues). */
export interface Interview {
  id: string;
  companyId: string;
  round: number;
  when?: string;
  place?: string;
  people?: string;
  createdAt: number;
}
