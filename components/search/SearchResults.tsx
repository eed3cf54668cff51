import type { CompanyHits } from '../../core/search/group';
import type { SearchHit, SearchTarget } from '../../core/search/types';
import { t, type MessageKey } from '../i18n';

const KIND_LABELS: Record<string, MessageKey> = {
  clip: 'searchKind_clip',
  answer: 'searchKind_answer',
  pin: 'searchKind_pin',
  quote: 'searchKind_quote',
  improvement: 'searchKind_improvement',
  person: 'searchKind_person',
};

/** What a result is, in words: a clip, an answer, a pin… (a kind without its own label is a "note"). */
function kindLabel(hit: SearchHit): string {
  return t(KIND_LABELS[hit.kind ?? hit.type] ?? 'searchKind_note');
}

function target({ type, key, companyId, place, kind }: SearchHit): SearchTarget {
  return { type, key, companyId, ...(place ? { place } : {}), ...(kind ? { kind } : {}) };
}

interface Props {
  groups: CompanyHits[];
  query: string;
  onOpen(target: SearchTarget): void;
}

export function SearchResults({ groups, query, onOpen }: Props) {
  if (!groups.length) return <p class="muted" data-testid="search-empty">{t('searchNoResults', query.trim())}</p>;
  return (
    <div class="search-results" data-testid="search-results">
      {groups.map((group) => (
        <section key={group.companyId}>
          <h3>{group.name || t('searchUnknownCompany')}</h3>
          <ul>
            {group.hits.map((hit) => (
              <li key={hit.id}>
                <button type="button" class="link search-hit" onClick={() => onOpen(target(hit))}>
                  <span class="search-kind">{kindLabel(hit)}</span> <strong>{hit.title}</strong>
                </button>
                {hit.snippet && <p class="muted search-snippet">{hit.snippet}</p>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
