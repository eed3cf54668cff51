import type { JsonLdNode, PageLines, TextBlock } from '../page-data';

/** What the content script computes in the page; plain data, no DOM. */
export interface JobAdInput {
  url: string;
  /** Parsed JSON-LD: blocks, arrays and `@graph` flattened; invalid blocks skipped. */
  jsonLd: JsonLdNode[];
  /** schema.org microdata items as JSON-LD-like objects (see `content/microdata.ts`). */
  microdata: JsonLdNode[];
  /** Readable content with the heading each block stands under. */
  blocks: TextBlock[];
  textContent: string;
  lang?: string;
  title: string;
  siteName?: string;
  /** Short blocks of the whole page, outside the readable text (fact boxes); read for facts, and for sections the text lacks. */
  facts?: TextBlock[];
  /** Short lines near the heading and in the footer, and logos (see `content/page-lines.ts`). */
  lines?: PageLines;
  /** The page's own publishing time as its metadata states it (`article:published_time`). */
  published?: string;
  /** The day the page was read, ISO `yyyy-mm-dd`: a date without a year is the next one after it, when the page gives no date of its own. */
  readOn?: string;
}

export type JobAdSource = 'json-ld' | 'microdata' | 'heuristic';

export type RemoteMode = 'remote' | 'hybrid' | 'onsite';

/** schema.org's `employmentType` values. "Permanent" has none and is left out. */
export type EmploymentType =
  | 'FULL_TIME'
  | 'PART_TIME'
  | 'CONTRACTOR'
  | 'TEMPORARY'
  | 'INTERN'
  | 'VOLUNTEER'
  | 'PER_DIEM'
  | 'OTHER';

export type SalaryPeriod = 'hour' | 'day' | 'week' | 'month' | 'year';

export interface Salary {
  min?: number;
  max?: number;
  /** ISO 4217 code (`NOK`, `SEK`, `USD`…) when the page says or implies one. */
  currency?: string;
  period?: SalaryPeriod;
}

export interface HiringOrganization {
  name: string;
  /** True when the ad does not state it and the site's own name stands in for it. */
  guessed?: boolean;
  /** The short form the page gives for the name in brackets ("SiMjøs" for "Studentsamskipnaden Mjøs (SiMjøs)"). */
  alternateName?: string;
  sameAs?: string;
  url?: string;
  logo?: string;
}

export interface JobLocation {
  city?: string;
  region?: string;
  country?: string;
}

export interface Requirements {
  must: string[];
  /** "Nice to have", "Meriterande", "Det er en fordel"… kept apart from the must-haves. */
  nice: string[];
}

export interface JobAd {
  title: string;
  hiringOrganization?: HiringOrganization;
  locations: JobLocation[];
  remote?: RemoteMode;
  employmentType: EmploymentType[];
  /** ISO date, `yyyy-mm-dd`. */
  datePosted?: string;
  /** The application deadline, ISO `yyyy-mm-dd`. */
  validThrough?: string;
  salary?: Salary;
  /** Plain text: tags stripped, entities decoded, paragraphs split by blank lines. */
  description?: string;
  requirements: Requirements;
  responsibilities: string[];
  /** Which source gave each field that has a value. */
  sources: Partial<Record<JobAdField, JobAdSource>>;
}

export type JobAdField = Exclude<keyof JobAd, 'sources'>;

/** The fields one source could read; absent means "this source does not say". */
export type JobAdDraft = Partial<Omit<JobAd, 'sources'>>;

/** What one source found, and which of its fields are weak (see `merge.ts`). */
export interface SourceDraft {
  source: JobAdSource;
  fields: JobAdDraft;
  weak: ReadonlySet<JobAdField>;
  /** Fields the page shows under a label of its own ("Arbeidssted: Tromsø"): they beat differing structured data. */
  shown?: ReadonlySet<JobAdField>;
}
