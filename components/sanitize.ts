import DOMPurify from 'dompurify';
import { t } from './i18n';

const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
const isWeb = (url: string | undefined): url is string => !!url && /^https?:\/\//i.test(url);

/**
 * The address a link in an extension page may have: http(s) and mailto only. A fragment
 * (`#section`) points into the clipped page, so it goes to the original page at that
 * place; a relative link without a page to resolve it against would land on the
 * extension's own pages, so it is dropped.
 */
export function safeHref(href: string, pageUrl?: string): string | undefined {
  const raw = href.trim();
  if (raw.startsWith('#')) return isWeb(pageUrl) ? `${pageUrl.replace(/#.*$/, '')}${raw}` : undefined;
  try {
    const url = new URL(raw, isWeb(pageUrl) ? pageUrl : undefined);
    return LINK_SCHEMES.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

let hooked = false;
/** The page the HTML being sanitised came from; set for the length of one synchronous `sanitize` call. */
let currentPage: string | undefined;

function hook(): void {
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    for (const attribute of ['href', 'xlink:href']) {
      const value = node.getAttribute(attribute);
      if (value === null) continue;
      const safe = safeHref(value, currentPage);
      if (safe === undefined) node.removeAttribute(attribute);
      else node.setAttribute(attribute, safe);
    }
    if (node.nodeName.toUpperCase() === 'A') {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
  hooked = true;
}

/**
 * Captured HTML is untrusted: keep the readable structure, drop anything active, load nothing,
 * and let links lead only to web pages and mail (`pageUrl` is where the HTML was clipped from).
 * Images become a placeholder with their description: opening a clip sends no request to the
 * clipped site (the extension pages' CSP blocks remote images too).
 */
export function sanitizeClipHtml(html: string, pageUrl?: string): string {
  if (!hooked) hook();
  currentPage = pageUrl;
  let fragment: DocumentFragment;
  try {
    fragment = DOMPurify.sanitize(html, {
      FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'object', 'embed', 'video', 'audio', 'source', 'picture', 'svg', 'math', 'link', 'meta', 'base'],
      FORBID_ATTR: ['style', 'class', 'id', 'srcset', 'background', 'poster'],
      ALLOW_DATA_ATTR: false,
      RETURN_DOM_FRAGMENT: true,
    });
  } finally {
    currentPage = undefined;
  }
  for (const img of Array.from(fragment.querySelectorAll('img'))) {
    const alt = img.getAttribute('alt')?.trim();
    const placeholder = img.ownerDocument.createElement('span');
    placeholder.className = 'img-placeholder';
    placeholder.textContent = alt ? t('imageBlocked', alt) : t('imageBlockedNoAlt');
    img.replaceWith(placeholder);
  }
  const holder = fragment.ownerDocument.createElement('div');
  holder.append(fragment);
  return holder.innerHTML;
}
