/**
 * YAML front matter that Obsidian (and any YAML reader) reads back exactly: every string is
 * double-quoted in JSON's escaping, which YAML accepts, so a colon, `#` or quote in a company
 * name never changes the meaning.
 */
export type FrontMatterValue = string | number | readonly string[] | undefined;

const scalar = (value: string | number) => (typeof value === 'number' ? String(value) : JSON.stringify(value));

export function frontMatter(fields: Record<string, FrontMatterValue>): string {
  const lines = ['---'];
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (typeof value === 'string' || typeof value === 'number') lines.push(`${key}: ${scalar(value)}`);
    else if (value.length === 0) lines.push(`${key}: []`);
    else lines.push(`${key}:`, ...value.map((item) => `  - ${scalar(item)}`));
  }
  lines.push('---', '');
  return lines.join('\n');
}

/** Obsidian tags hold letters, digits, `-`, `_` and `/`; no spaces. */
export function tag(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}/_-]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** A file name that works on Windows, macOS and Linux and in Obsidian links. */
export function fileName(text: string, fallback = 'untitled'): string {
  const cleaned = text
    .normalize('NFC')
    .replace(/[\\/:*?"<>|#^[\]\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.+$/, '')
    .slice(0, 80)
    .trim();
  return cleaned || fallback;
}

/** Markdown link text and URLs: brackets and parentheses cannot end them early. */
export const linkText = (text: string) => text.replace(/([[\]\\])/g, '\\$1');
export const linkUrl = (url: string) => url.replace(/[()\s]/g, (c) => encodeURIComponent(c));

/** Only web and mail links are links; anything else (javascript:, data:) is left as text. */
export const isSafeUrl = (url: string | undefined): url is string => !!url && /^(https?:|mailto:)/i.test(url);
