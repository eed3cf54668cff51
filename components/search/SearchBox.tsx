import { useEffect, useMemo, useState } from 'preact/hooks';
import { getDb, type RoundTwoDB } from '../../core/db/schema';
import { groupByCompany } from '../../core/search/group';
import type { SearchHit, SearchTarget } from '../../core/search/types';
import { t } from '../i18n';
import { SearchResults } from './SearchResults';
import './search.css';
import { useSearchIndex } from './use-search';

interface Props {
  /** Opens the place a result lives: the clip, or the company's board at a note's prompt. */
  onOpen(target: SearchTarget): void;
  db?: RoundTwoDB;
  /** Results shown at most (the popup shows fewer). */
  limit?: number;
}

/** One search over clips and notes of every company, results grouped by company. */
export function SearchBox({ onOpen, db = getDb(), limit = 30 }: Props) {
  const [text, setText] = useState('');
  const [wanted, setWanted] = useState(false);
  const state = useSearchIndex(db, wanted);
  const version = state.status === 'ready' ? state.version : -1;
  const hits: SearchHit[] = useMemo(() => (state.status === 'ready' ? state.index.search(text, limit) : []), [state, version, text, limit]);
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());

  useEffect(() => {
    const ids = [...new Set(hits.map((hit) => hit.companyId))].filter((id) => !names.has(id));
    if (!ids.length) return;
    void db.companies.bulkGet(ids).then((companies) =>
      setNames((known) => new Map([...known, ...companies.flatMap((company) => (company ? [[company.id, company.name] as const] : []))])),
    );
  }, [hits, db]);

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
      {text.trim() !== '' && state.status === 'loading' && <p class="muted">{t('searchPreparing')}</p>}
      {state.status === 'error' && <p class="status error" role="alert">{t('searchFailed', state.message)}</p>}
      {text.trim() !== '' && state.status === 'ready' && (
        <SearchResults groups={groupByCompany(hits, names)} query={text} onOpen={(target) => (setText(''), onOpen(target))} />
      )}
    </div>
  );
}
