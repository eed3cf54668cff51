/** One sentence from a clip that may help answer a prompt. Small: it is stored per clip. */
export interface EvidenceHit {
  promptId: string;
  sentence: string;
  /** Higher is better; comparable across clips (rounded to two decimals). */
  score: number;
  /** The heading the sentence stands under, when there is one. */
  heading?: string;
  /**
   * Index of the source block in the clip's `blocks`. For hits taken from an
   * extracted job ad, the index of the item within its field instead.
   */
  blockIndex: number;
  /** For a person read from several lines (name, role, bio): the sentences it joins. */
  parts?: string[];
}

/** The stored hits of one clip. */
export interface ClipHits {
  clipId: string;
  url: string;
  hits: EvidenceHit[];
}

/** A hit ranked across clips. */
export interface RankedEvidence extends EvidenceHit {
  clipId: string;
  url: string;
  /** The normalised sentence, as `evidenceKey` makes it: what a dismissal records. */
  key: string;
  /** Other clips that hold the same sentence. */
  alsoIn: string[];
}
