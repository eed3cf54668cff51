import type { ClipHits, EvidenceHit } from './evidence/types';
import type { JobAd } from './jobad/types';
import type { JsonLdNode, PageLines, TextBlock } from './page-data';
import type { ClipKind } from './prompts/types';

export type { ClipKind, EvidenceHit, JobAd, JsonLdNode, PageLines, TextBlock };

/** Fields of a job ad the user can correct, with their corrected values. */
export type JobAdCorrections = Partial<{
  title: string;
  company: string;
  location: string;
  salary: string;
  validThrough: string;
  requirements: string[];
  responsibilities: string[];
}>;

/**
 * The data Round Two works with. The content script produces a `CapturedPage`;
 * the background turns it into a `Clip` that belongs to a `Company`.
 * Everything here is plain, structured-clone-safe data (no DOM, no classes):
 * it crosses the page → background boundary and is stored in IndexedDB.
 */

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
  /**
   * Short blocks from the whole page ("Søknadsfrist: 30. april", "Arbeidssted: Oslo"): the facts
   * of a job ad often stand in a box outside the article. Read for the job ad only, not stored.
   */
  factBlocks: TextBlock[];
  /** Short lines near the title and in the footer, and the logos' alt texts (absent in older captures). */
  lines?: PageLines;
  jsonLd: JsonLdNode[];
  /** schema.org microdata items, as JSON-LD-like objects. */
  microdata: JsonLdNode[];
  /** Number of JSON-LD blocks that could not be parsed and were skipped. */
  jsonLdErrors: number;
  /** Number of JSON-LD values and blocks left out by the size and depth caps. */
  jsonLdDropped?: number;
  /** True when the text or HTML was cut to the storage caps. */
  truncated: boolean;
  /** True when finding the article took longer than its time budget, so the visible text was kept instead. */
  overBudget?: boolean;
  /** Milliseconds spent in Readability (for the benchmark). */
  readabilityMs: number;
  /** When the page was read (ms since 1970); absent in older captures. Dates without a year are read after it. */
  capturedAt?: number;
}

/** What the capture script answers: the page, that its HTML is still arriving, or that reading it failed. */
export type CaptureOutcome = CapturedPage | { stillLoading: true } | { readFailed: string };

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
  nameSource?: 'job-ad' | 'organization' | 'site-name' | 'page' | 'domain';
  /** Set when the user renamed the company: automatic naming never overrides it. */
  nameSetByUser?: boolean;
  /** Registrable domains seen for this company (e.g. `nordlys-energi.no`). */
  domains: string[];
  /** Every normalised name the company has had or was merged from, to match clips from other sites. */
  normNames: string[];
  status: CompanyStatus;
  createdAt: number;
  updatedAt: number;
  /**
   * What lists show about the company's clips, kept on the record in the same transaction as
   * every clip change (core/company/aggregates.ts). Absent only before the version 3 upgrade.
   */
  aggregates?: CompanyAggregates;
}

export interface CompanyAggregates {
  clipCount: number;
  /** The title of the newest job ad among the clips (the user's corrected title wins). */
  role?: string;
  /** When a clip of the company was last captured or changed. */
  lastClippedAt?: number;
  /** The clips that are job ads, newest first: the company view shows them without reading every clip. */
  jobAdClipIds: string[];
}

/** Where a piece of evidence came from, as the prep board names it (never the clip's content). */
export interface EvidenceSource {
  clipId: string;
  url: string;
  title: string;
  domain: string;
  siteName?: string;
}

/**
 * A company's evidence, precomputed from its clips so that the prep board reads one record
 * instead of every clip. Kept in the same transaction as every clip change.
 */
export interface CompanyEvidence {
  companyId: string;
  /** The clips' stored hits, newest clip first, keeping every copy of each prompt's best sentences. */
  clips: ClipHits[];
  /** The sources of the clips in `clips`. */
  sources: EvidenceSource[];
  /** Prompts that had more distinct sentences than were kept. */
  truncated: string[];
  /** The people the company's clips name, one per name, newest clip first (absent only before version 5). */
  people?: FoundPerson[];
}

/** A person a clip names, offered as a card with one click. */
export interface FoundPerson {
  name: string;
  role: string;
  clipId: string;
  /** Why it was found: the ad's contact, or a team page's name heading. */
  via: 'contact' | 'team';
}

/** The reason a clip from another site landed in a company: its headline or lead names it. */
export interface FiledBecause {
  /** `headline`: the h1 or the page's title; `lead`: the standfirst; `text`: the article's opening paragraphs. */
  part: 'headline' | 'lead' | 'text';
  /** The company's name as the page writes it. */
  name: string;
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
  wordCount: number;
  truncated: boolean;
  /** What the page is, for the prompts: a job ad, news, or the company's own page. */
  kind: ClipKind;
  /** The job ad read from the page, when it is one. */
  jobAd?: JobAd;
  /** Why a page of another site (news about the company) was filed with this company. */
  filedBecause?: FiledBecause;
  /** The user's corrections of job-ad fields: shown instead of `jobAd`'s, kept on re-clip. */
  jobAdCorrections?: JobAdCorrections;
  /** Sentences that may answer prompts, scored at capture so the popup computes nothing heavy. */
  evidence: EvidenceHit[];
  /** The people the page names (an ad's contact, a team page's names), found at capture. */
  people?: FoundPerson[];
  /** The user's own words on this clip: never overwritten by a re-clip. */
  userNote?: string;
  clippedAt: number;
  updatedAt: number;
}

/**
 * The readable content of a clip, kept apart from the clip so that lists, the
 * prep board and the popup's start read only the small records.
 */
export interface ClipContent {
  /** The clip's id. */
  id: string;
  /** Readable HTML. Untrusted: sanitise before it is rendered. */
  contentHtml: string;
  textContent: string;
  blocks: TextBlock[];
  /** The page's JSON-LD, as captured. */
  jsonLd: JsonLdNode[];
}

export type NoteKind = 'answer' | 'pin' | 'quote' | 'improvement' | 'dismissed';

export type ImprovementArea = 'digital' | 'customer' | 'product' | 'other';

/**
 * The user's notes on a company's prompts: one `answer` per prompt, `pin`ned
 * evidence, `quote`s clipped from a selection, `improvement` items for "what
 * could they do better", and `dismissed` evidence (its `text` is the evidence key).
 */
export interface Note {
  id: string;
  companyId: string;
  promptId: string;
  kind: NoteKind;
  text: string;
  /** For improvements: the idea that would fix what was observed (`text`). */
  idea?: string;
  area?: ImprovementArea;
  /** Where a pin, quote or improvement came from. */
  clipId?: string;
  sourceUrl?: string;
  quote?: string;
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
