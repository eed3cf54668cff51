/**
 * The most text one page's scoring reads. A capture keeps 200,000 characters of a page's text (content/readable.ts), so
 * blocks past twice that come from no capture; scoring them (some 0.5 ms a sentence) would only keep the worker busy.
 */
export const MAX_SCORED_CHARS = 400_000;

/** The blocks up to the cap, in page order: the ones before it whole, none after it. */
export function withinScoringCap<B extends { text: string }>(blocks: readonly B[]): readonly B[] {
  let total = 0;
  const over = blocks.findIndex((b) => (total += b.text.length) > MAX_SCORED_CHARS);
  return over < 0 ? blocks : blocks.slice(0, over);
}
