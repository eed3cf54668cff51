import TurndownService from 'turndown';
import { sanitizeClipHtml } from '../sanitize';

let service: TurndownService | undefined;

/** Captured HTML is untrusted: sanitised first (no scripts, handlers, unsafe links), then Markdown. */
export function htmlToMarkdown(html: string): string {
  service ??= new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '*' });
  return service.turndown(sanitizeClipHtml(html));
}
