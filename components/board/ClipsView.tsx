import { correctJobAd } from '../../core/company/actions';
import { clipsOfCompany } from '../../core/db/queries';
import { ClipCard } from '../ClipCard';
import { t } from '../i18n';
import { JobAdCard } from '../JobAdCard';
import { useLiveQuery } from '../use-live-query';
import { useBoard } from './context';

/** The company's job ad, field by field, and every page clipped about it. */
export function ClipsView({ companyId }: { companyId: string }) {
  const { db, store, layout } = useBoard();
  const data = useLiveQuery(async () => ({ company: await db.companies.get(companyId), clips: await clipsOfCompany(db, companyId) }), [db, companyId]);
  if (data.status === 'loading') return <p class="muted">{t('loading')}</p>;
  if (data.status === 'error') return <p class="status error" role="alert">{t('loadError', data.message)}</p>;
  const { company, clips } = data.value;
  return (
    <div class="clips-view">
      {clips
        .filter((clip) => clip.jobAd)
        .map((clip) => (
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
    </div>
  );
}
