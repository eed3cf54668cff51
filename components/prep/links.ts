import { textFragmentUrl } from '../../core/evidence';
import type { ClipSource } from '../../core/notes';

/** The URL when it is a web page: clipped URLs are untrusted, and `javascript:` must never become a link. */
export function webUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** A link that opens the page scrolled to the sentence, or undefined for anything but a web page. */
export function sentenceHref(url: string | undefined, sentence: string): string | undefined {
  const page = webUrl(url);
  return page && textFragmentUrl(page, sentence);
}

/** "Site · Page title" for a clip, or the host of a URL when the clip is gone. */
export function sourceLabel(source: ClipSource | undefined, url: string | undefined): string {
  if (source) return [source.siteName ?? source.domain, source.title].filter(Boolean).join(' · ');
  const page = webUrl(url);
  return page ? new URL(page).hostname : (url ?? '');
}
