import { useEffect, useMemo, useState } from 'preact/hooks';
import { getDb, type RoundTwoDB } from '../../core/db/schema';
import { groupByCompany } from '../../core/search/group';
import type { SearchHit, SearchTarget } from '../../core/search/types';
import { t } from '../i18n';
import { useLiveQuery } from '../use-live-query';
import { SearchResults } from './SearchResults';
import './search.css';
import { useSearchIndex, useSearchResult } from './use-search';

const NO_NAMES: ReadonlyMap<string, string> = new Map();
const NO_HITS: readonly SearchHit[] = [];
/** A page that stays open loads the index this long after it starts (its first render and data come first). */
const WARM_AFTER_MS = 1500;

interface Props {
  /** Opens the place a result lives: the clip, or the company's board at a note's prompt. */
  onOpen(target: SearchTarget): void;
  db?: RoundTwoDB;
  /** Results shown at most (the popup shows fewer). */
  limit?: number;
  /** Load the index once the page is idle, before the box is used (pages that stay open: the board, the side panel). */
  warm?: boolean;
}

/** One search over clips and notes of every company, results grouped by company. */
export function SearchBox({ onOpen, db = getDb(), limit = 30, warm = false }: Props) {
  const [text, setText] = useState('');
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    if (!warm) return;
    const timer = setTimeout(() => setWanted(true), WARM_AFTER_MS);
    return () => clearTimeout(timer);
  }, [warm]);
  const state = useSearchIndex(db, wanted);
  const result = useSearchResult(state, text, limit);
  const hits: readonly SearchHit[] = result?.hits ?? NO_HITS;
  // The names of the companies shown, live: a company renamed while the search is open shows its new name.
  const companyIds = useMemo(() => [...new Set(hits.map((hit) => hit.companyId))].sort(), [hits]);
  const names = useLiveQuery(
    async () => new Map((await db.companies.bulkGet(companyIds)).flatMap((company) => (company ? [[company.id, company.name] as const] : []))),
    [db, companyIds.join('\n')],
  );

  return (
    <div class="search" role="search">
      <input
        type="search"
        value={text}
        placeholder={t('searchPlaceholder')}
        aria-label={t('searchLabel')}
        onFocus={() => setWanted(true)}
        onInput={(event) => {
          setWanted(true);
          setText(event.currentTarget.value);
        }}
        onKeyDown={(event) => event.key === 'Escape' && setText('')}
      />
      {text.trim() !== '' && (state.status === 'loading' || (state.status === 'ready' && !result)) && <p class="muted">{t('searchPreparing')}</p>}
      {state.status === 'error' && <p class="status error" role="alert">{t('searchFailed', state.message)}</p>}
      {text.trim() !== '' && result?.error && <p class="status error" role="alert">{t('searchFailed', result.error)}</p>}
      {text.trim() !== '' && result && !result.error && (
        <SearchResults groups={groupByCompany(hits, names.status === 'ready' ? names.value : NO_NAMES)} query={result.text} onOpen={(target) => (setText(''), onOpen(target))} />
      )}
    </div>
  );
}
