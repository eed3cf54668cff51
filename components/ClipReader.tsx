import { useMemo } from 'preact/hooks';
import type { Clip, ClipContent } from '../core/model';
import { safeHref, sanitizeClipHtml } from './sanitize';
import { formatDate, t } from './i18n';

interface Props {
  clip: Clip;
  content: ClipContent | undefined;
}

/** The readable content of a clip, sanitised, with the way back to the original page. */
export function ClipReader({ clip, content }: Props) {
  const html = useMemo(() => sanitizeClipHtml(content?.contentHtml ?? '', clip.pageUrl), [content?.contentHtml, clip.pageUrl]);
  const original = safeHref(clip.pageUrl);
  return (
    <article class="reader" lang={clip.lang}>
      <h2>{clip.title}</h2>
      <p class="meta">
        {clip.byline && <>{clip.byline} · </>}
        {clip.siteName ?? clip.domain} · {t('clippedOn', formatDate(clip.updatedAt))}
      </p>
      {original && (
        <p>
          <a href={original} target="_blank" rel="noopener noreferrer">
            {t('openOriginal')}
          </a>
        </p>
      )}
      {clip.truncated && <p class="status">{t('truncatedNote')}</p>}
      {html.includes('class="img-placeholder"') && <p class="meta">{t('imagesNote', clip.domain)}</p>}
      <div class="content" data-testid="clip-content" dangerouslySetInnerHTML={{ __html: html }} />
    </article>
  );
}
