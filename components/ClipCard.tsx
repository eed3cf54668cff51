import type { Clip, FiledBecause } from '../core/model';
import { formatDate, formatNumber, t, type MessageKey } from './i18n';

interface Props {
  clip: Clip;
  highlighted?: boolean;
  onOpen: (clipId: string) => void;
}

/** One clip in a list: what it is, where from, how long, when. */
/** Why a news clip was filed with this company, by where the article names it. */
const FILED_BECAUSE: Record<FiledBecause['part'], MessageKey> = { headline: 'filedBecauseHeadline', lead: 'filedBecauseLead', text: 'filedBecauseText' };

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
        {clip.filedBecause && <span class="filed-because">{t(FILED_BECAUSE[clip.filedBecause.part], clip.filedBecause.name)}</span>}
        {clip.excerpt && <span class="excerpt">{clip.excerpt}</span>}
      </button>
    </li>
  );
}
