import type { PageMetadata } from '../core/model';

/**
 * The page's meta tags by their property, name or itemprop, the first in the page's order for each (as
 * `querySelector('meta[property="k"], meta[name="k"], meta[itemprop="k"]')` finds it), read in one pass.
 */
function metaTags(doc: Document): Map<string, Element> {
  const tags = new Map<string, Element>();
  for (const el of doc.getElementsByTagName('meta')) {
    for (const attribute of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attribute);
      if (key !== null && !tags.has(key)) tags.set(key, el);
    }
  }
  return tags;
}

function meta(tags: Map<string, Element>, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const value = tags.get(key)?.getAttribute('content')?.replace(/\s+/g, ' ').trim();
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
  // A selector per key read the whole page each time (seventeen times a page).
  const tags = metaTags(doc);
  const canonical =
    absolute(doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'), pageUrl) ??
    absolute(meta(tags, 'og:url'), pageUrl);
  // A canonical URL on another site is a syndication hint, not this page's identity; one that
  // points a deeper page at the home page is a template default. Either would merge clips.
  const page = new URL(pageUrl);
  const sameSite =
    canonical && new URL(canonical).hostname === page.hostname && !(new URL(canonical).pathname === '/' && page.pathname !== '/');
  const title = meta(tags, 'og:title', 'twitter:title') ?? doc.title.replace(/\s+/g, ' ').trim();
  const lang = (doc.documentElement.getAttribute('lang') ?? meta(tags, 'og:locale', 'language') ?? '').trim();
  const result: PageMetadata = {
    canonicalUrl: sameSite ? canonical : pageUrl,
    title,
  };
  const optional: Partial<PageMetadata> = {
    siteName: meta(tags, 'og:site_name', 'application-name'),
    description: meta(tags, 'og:description', 'description', 'twitter:description'),
    lang: lang ? lang.replace('_', '-') : undefined,
    publishedTime: meta(tags, 'article:published_time', 'datePublished', 'date', 'dc.date', 'DC.date.issued'),
    byline: meta(tags, 'author', 'article:author'),
    image: absolute(meta(tags, 'og:image'), pageUrl),
    ogType: meta(tags, 'og:type'),
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) (result as unknown as Record<string, string>)[key] = value;
  }
  return result;
}
