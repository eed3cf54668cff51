/**
 * The lines of an article that are no part of its text: the byline with its dates ("Halvard Tømmerås · Publisert
 * 24.11.2026 05:45", "By Priya Santhanam · Updated November 27 2026") and a photo's caption ("… Foto: Linnea
 * Gjöthlén", "… Picture by Priya Santhanam"). Counted as paragraphs, they push the paragraph that names the firm
 * out of the opening a subject is looked for in.
 */

const BYLINE = /(?<!\p{L})(?:publisert|publicerad|publiceret|published|first published|updated|oppdatert|uppdaterad|opdateret|posted)(?!\p{L})[^.!?]{0,40}\d/iu;
const CAPTION = /(?:^|[.!?]\s+)(?:foto|fotograf|bilde|bild|photo|picture|image|illustrasjon|illustration)(?:\s+by)?\s*[:：]?\s*\p{Lu}[\p{L}'’ .-]{1,60}$|(?:^|\s)(?:picture|photo|image)\s+by\s+\p{Lu}[\p{L}'’ .-]{1,60}$/iu;
const BY_NAME = /^(?:[Bb]y|[Aa]v|[Aa]f)\s+\p{Lu}\p{L}+\s+\p{Lu}\p{L}+/u;

/** Whether a paragraph is the article's byline or a photo's caption. */
export function isBylineOrCaption(text: string): boolean {
  const t = text.trim();
  // A byline is a line of parts ("Name · Publisert …"), not a sentence that mentions publishing.
  const parts = /\s[·|•]\s/u.test(t) || !/[.!?]$/u.test(t);
  return (t.length <= 200 && parts && (BYLINE.test(t) || BY_NAME.test(t))) || (t.length <= 300 && CAPTION.test(t));
}
