import DOMPurify from 'dompurify';
import { t } from './i18n';

let hooked = false;

/** Only these URLs become links: a clipped `javascript:` or `data:` URL never does. */
const SAFE_LINK = /^(?:https?:|mailto:)/i;

/**
 * Captured HTML is untrusted: keep the readable structure, drop anything active, and load nothing.
 * Images become a placeholder with their description: opening a clip sends no request to the
 * clipped site (the extension pages' CSP blocks remote images too).
 */
export function sanitizeClipHtml(html: string): string {
  if (!hooked) {
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'A') {
        const href = node.getAttribute('href');
        if (href !== null && !SAFE_LINK.test(href.trim())) node.removeAttribute('href');
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    });
    hooked = true;
  }
  const fragment = DOMPurify.sanitize(html, {
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'object', 'embed', 'video', 'audio', 'source', 'picture', 'svg', 'math', 'link', 'meta'],
    FORBID_ATTR: ['style', 'class', 'id', 'srcset', 'background', 'poster'],
    ALLOW_DATA_ATTR: false,
    RETURN_DOM_FRAGMENT: true,
  });
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
