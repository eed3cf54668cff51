/** Titles, site names and company names are one line each: a page cannot make them longer. */
export const MAX_NAME_CHARS = 300;
/** Descriptions, excerpts and bylines: a paragraph at most. */
export const MAX_LINE_CHARS = 1_000;

// C0 and C1 control characters, and the Unicode line and paragraph separators.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** One clean line: control characters become spaces, runs of space one space, cut to `max` with an ellipsis. */
export function cleanLine(value: string, max = MAX_NAME_CHARS): string {
  // Cut before cleaning as well, so a 100 MB title costs no more than a short one.
  const flat = value.slice(0, max * 4).replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1).replace(/[\ud800-\udbff]$/, '');
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** `cleanLine` for optional values: empty stays absent. */
export function cleanOptional(value: string | undefined, max = MAX_NAME_CHARS): string | undefined {
  if (value === undefined) return undefined;
  return cleanLine(value, max) || undefined;
}
