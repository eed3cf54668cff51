import { getDb } from '../../core/db/schema';
import { addPerson, normPersonName } from '../../core/interview/people';
import type { Person } from '../../core/interview/types';
import type { FoundPerson } from '../../core/model';
import { t } from '../i18n';
import { useLiveQuery } from '../use-live-query';
import { attempt } from './actions';

/** The people the company's clips name, as kept on its evidence record with every clip change. */
async function findPeople(companyId: string): Promise<FoundPerson[]> {
  return (await getDb().companyEvidence.get(companyId))?.people ?? [];
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
