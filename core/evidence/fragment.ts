/** Sentences longer than this are linked by their first and last words (`text=start,end`). */
const MAX_EXACT_CHARS = 80;
const EDGE_WORDS = 5;

/** Percent-encoding for a text directive: `-`, `,` and `&` are its syntax, so they are encoded too. */
function encodeDirective(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/**
 * A link that opens `url` scrolled to `sentence` and highlights it
 * (`#:~:text=`, supported by Chromium and Firefox 131+; other browsers just
 * open the page). Any existing fragment of `url` is dropped.
 */
export function textFragmentUrl(url: string, sentence: string): string {
  const base = url.split('#')[0] ?? url;
  const text = sentence.replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '').replace(/\s+/g, ' ').trim();
  if (!text) return base;
  const words = text.split(' ');
  if (text.length <= MAX_EXACT_CHARS || words.length < 2) return `${base}#:~:text=${encodeDirective(text)}`;
  const edge = Math.min(EDGE_WORDS, Math.floor(words.length / 2));
  const start = words.slice(0, edge).join(' ');
  const end = words.slice(-edge).join(' ');
  return `${base}#:~:text=${encodeDirective(start)},${encodeDirective(end)}`;
}
