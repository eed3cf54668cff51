/**
 * A link the user typed, when it may be rendered as one: http(s) pages, and mailto where
 * allowed. Anything else (`javascript:`, `file:`, a bare word) stays text.
 */
export function safeHref(value: string | undefined, allowMail = false): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  try {
    const { protocol } = new URL(text);
    if (protocol === 'http:' || protocol === 'https:') return text;
    if (allowMail && protocol === 'mailto:') return text;
  } catch {
    // Not a URL at all: text.
  }
  return undefined;
}
