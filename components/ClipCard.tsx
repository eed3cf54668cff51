import type { Clip } from '../core/model';
import { formatDate, formatNumber, t } from './i18n';

interface Props {
  clip: Clip;
  highlighted?: boolean;
  onOpen: (clipId: string) => void;
}

/** One clip in a list: what it is, where from, how long, when. */
export function ClipCard({ clip, highlighted = false, onOpen }: Props) {
  return (
    <li class={highlighted ? 'clip-card highlighted' : 'clip-card'} data-clip-url={clip.url}>
      <button type="button" class="row" onClick={() => onOpen(clip.id)}>
        <span class="title">{clip.title}</span>
        <span class="meta">
          {clip.siteName ?? clip.domain} · {t('wordCount', formatNumber(clip.wordCount))} ·{' '}
          <time dateTime={new Date(clip.updatedAt).toISOString()}>{t('clippedOn', formatDate(clip.updatedAt))}</time>
          {clip.method === 'page-text' && <span class="badge">{t('savedAsPageText')}</span>}
        </span>
        {clip.excerpt && <span class="excerpt">{clip.excerpt}</span>}
      </button>
    </li>
  );
}
