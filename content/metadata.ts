import type { PageMetadata } from '../core/model';

function meta(doc: Document, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const value = el?.getAttribute('content')?.replace(/\s+/g, ' ').trim();
    if (value) return value;
  }
  return undefined;
}

function absolute(href: string | null | undefined, base: string): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** What the page says about itself: canonical URL, Open Graph, language, dates. */
export function extractMetadata(doc: Document, pageUrl: string): PageMetadata {
  const canonical =
    absolute(doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'), pageUrl) ??
    absolute(meta(doc, 'og:url'), pageUrl);
  // A canonical URL on another site is a syndication hint, not this page's identity; one that
  // points a deeper page at the home page is a template default. Either would merge clips.
  const page = new URL(pageUrl);
  const sameSite =
    canonical && new URL(canonical).hostname === page.hostname && !(new URL(canonical).pathname === '/' && page.pathname !== '/');
  const title = meta(doc, 'og:title', 'twitter:title') ?? doc.title.replace(/\s+/g, ' ').trim();
  const lang = (doc.documentElement.getAttribute('lang') ?? meta(doc, 'og:locale', 'language') ?? '').trim();
  const result: PageMetadata = {
    canonicalUrl: sameSite ? canonical : pageUrl,
    title,
  };
  const optional: Partial<PageMetadata> = {
    siteName: meta(doc, 'og:site_name', 'application-name'),
    description: meta(doc, 'og:description', 'description', 'twitter:description'),
    lang: lang ? lang.replace('_', '-') : undefined,
    publishedTime: meta(doc, 'article:published_time', 'datePublished', 'date', 'dc.date', 'DC.date.issued'),
    byline: meta(doc, 'author', 'article:author'),
    image: absolute(meta(doc, 'og:image'), pageUrl),
    ogType: meta(doc, 'og:type'),
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) (result as unknown as Record<string, string>)[key] = value;
  }
  return result;
}
