/**
 * What the search index holds per document. One shape for every kind of thing the user
 * can find (a clip, an answer, a pin, a person…): a new kind needs only an adapter.
 */
export interface SearchDoc {
  /** `<type>:<key>`, unique over the index. */
  id: string;
  /** The adapter's type: `clip`, `note`, `person`, … */
  type: string;
  /** The record's id in its table. */
  key: string;
  companyId: string;
  /** Short: shown as the result's heading. */
  title: string;
  /** The words to find it by. Only indexed, never stored in the index. */
  text: string;
  /** A line shown under the title (an excerpt, the start of an answer). */
  snippet: string;
  /** Where inside the company it lives, e.g. the prompt of a note. */
  place?: string;
  /** For notes: answer, pin, quote, improvement… */
  kind?: string;
}

/** What a result opens. */
export type SearchTarget = Pick<SearchDoc, 'type' | 'key' | 'companyId' | 'place' | 'kind'>;

export interface SearchHit extends SearchTarget {
  id: string;
  title: string;
  snippet: string;
  score: number;
}
