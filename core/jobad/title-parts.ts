/** How a page title separates its parts: "Karriere – Trykker offset | Solberg Trykk". */
const TITLE_SEPARATOR = /\s+[|–—·•-]\s+|\s*\|\s*/;

/** "Trykker offset – skift" opens with "Trykker offset": the text, then a separator. */
export function opensWith(text: string, start: string): boolean {
  return text.length > start.length && text.toLowerCase().startsWith(start.toLowerCase()) && /^\s*[–—:,|-]\s/u.test(text.slice(start.length));
}

/**
 * The part of a page's title (two words or more) that a heading opens with: "Trykker offset" for the
 * heading "Trykker offset – skift" under "Karriere – Trykker offset | Solberg Trykk".
 */
export function titlePartOpening(title: string, heading: string, usable: (part: string) => boolean = () => true): string | undefined {
  return title
    .split(TITLE_SEPARATOR)
    .map((part) => part.trim())
    .find((part) => part.split(/\s+/).length >= 2 && usable(part) && opensWith(heading, part));
}
