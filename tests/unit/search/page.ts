import type { CapturedPage } from '../../../core/model';

/** A captured page as the content script would send it, with the given text. */
export function capturedPage(url: string, title: string, text: string, siteName = 'Nordlys Energi'): CapturedPage {
  return {
    pageUrl: url,
    metadata: { canonicalUrl: url, title, siteName, lang: 'nb' },
    method: 'readability',
    contentHtml: `<p>${text}</p>`,
    textContent: text,
    excerpt: text.slice(0, 100),
    blocks: [{ tag: 'p', text }],
    factBlocks: [],
    jsonLd: [],
    microdata: [],
    jsonLdErrors: 0,
    truncated: false,
    readabilityMs: 1,
  };
}
