import { useState } from 'preact/hooks';
import { correctJobAd } from '../../core/company/actions';
import { loadCompanyPage } from '../../core/db/queries';
import { ClipCard } from '../ClipCard';
import { t } from '../i18n';
import { JobAdCard } from '../JobAdCard';
import { ShowMore } from '../ShowMore';
import { useLiveQuery } from '../use-live-query';
import { useBoard } from './context';

/** Clips shown at first, and added by each "show more". */
export const CLIP_PAGE = 25;

/** The company's job ad, field by field, and the pages clipped about it, a page at a time. */
export function ClipsView({ companyId }: { companyId: string }) {
  const { db, store, layout } = useBoard();
  // A page of clips at a time: a company with hundreds of clips opens as fast as one with a few.
  const [limit, setLimit] = useState(CLIP_PAGE);
  const data = useLiveQuery(() => loadCompanyPage(db, companyId, limit), [db, companyId, limit]);
  if (data.status === 'loading') return <p class="muted">{t('loading')}</p>;
  if (data.status === 'error') return <p class="status error" role="alert">{t('loadError', data.message)}</p>;
  const { company, clips, jobAds } = data.value;
  return (
    <div class="clips-view">
      {jobAds.map((clip) => (
        <JobAdCard
          key={clip.id}
          clip={clip}
          status={company?.status ?? 'researching'}
          open={layout === 'wide'}
          onCorrect={(clipId, field, value) => void store.attempt(correctJobAd(db, clipId, field, value))}
        />
      ))}
      <h3>{t('clipsHeading')}</h3>
      <ul class="clip-list">
        {clips.map((clip) => (
          <ClipCard key={clip.id} clip={clip} highlighted={clip.id === store.lastClipId.value} onOpen={(clipId) => store.open({ name: 'clip', clipId, companyId })} />
        ))}
      </ul>
      <ShowMore shown={clips.length} total={company?.aggregates?.clipCount ?? clips.length} onMore={() => setLimit((shown) => shown + CLIP_PAGE)} />
    </div>
  );
}
