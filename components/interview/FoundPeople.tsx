import { getDb } from '../../core/db/schema';
import { addPerson } from '../../core/interview/people';
import { peopleFromClips } from '../../core/interview/people-from-clips';
import type { Person } from '../../core/interview/types';
import { normPersonName } from '../../core/interview/people';
import { t } from '../i18n';
import { useLiveQuery } from '../use-live-query';
import { attempt } from './actions';

/** Reads the company's clips (the ad's data and the pages' text blocks) for names with roles. */
async function findPeople(companyId: string) {
  const db = getDb();
  const clips = await db.clips.where('companyId').equals(companyId).toArray();
  const contents = await db.clipContents.bulkGet(clips.map((clip) => clip.id));
  return peopleFromClips(
    clips.map((clip, i) => ({
      clipId: clip.id,
      ...(clip.jobAd ? { jobAd: clip.jobAd } : {}),
      jsonLd: contents[i]?.jsonLd ?? [],
      blocks: contents[i]?.blocks ?? [],
    })),
  );
}

/** People the clips name and the user has no card for yet, each added with one click. */
export function FoundPeople({ companyId, people, onAdded }: { companyId: string; people: readonly Person[]; onAdded?: (person: Person) => void }) {
  const found = useLiveQuery(() => findPeople(companyId), [companyId]);
  if (found.status !== 'ready') return null;
  const known = new Set(people.map((p) => p.normName));
  const offers = found.value.filter((p) => !known.has(normPersonName(p.name)));
  if (offers.length === 0) return null;
  return (
    <div class="iv-found" role="region" aria-label={t('ivFoundPeople')}>
      <h4>{t('ivFoundPeople')}</h4>
      <ul>
        {offers.map((offer) => (
          <li key={offer.name}>
            <span>
              {offer.name}
              {offer.role && <span class="muted"> · {offer.role}</span>}
            </span>{' '}
            <button
              type="button"
              class="small"
              aria-label={t('ivAddPersonNamed', offer.name)}
              onClick={() =>
                void attempt((db) => addPerson(db, companyId, { name: offer.name, role: offer.role, fromClipId: offer.clipId })).then(
                  (person) => person && onAdded?.(person),
                )
              }
            >
              {t('ivAddPerson')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
