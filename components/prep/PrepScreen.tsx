import { useMemo, useState } from 'preact/hooks';
import type { RoundTwoDB } from '../../core/db/schema';
import { loadPrepBoard } from '../../core/notes';
import { toLang } from '../../core/prompts';
import { t, uiLanguage } from '../i18n';
import { useLiveQuery } from '../use-live-query';
import { prepActions } from './prep-actions';
import { PrepBoard } from './PrepBoard';
import type { PrepLayout } from './types';
import './prep.css';

export interface PrepScreenProps {
  db: RoundTwoDB;
  companyId: string;
  layout: PrepLayout;
  /** A prompt id to open at (its section open, scrolled into view, its question focused). */
  focus?: string;
}

/** The prep board of one company, live from the database. (The briefing page is its read-only summary.) */
export function PrepScreen({ db, companyId, layout, focus }: PrepScreenProps) {
  const board = useLiveQuery(() => loadPrepBoard(db, companyId), [db, companyId]);
  const [saveError, setSaveError] = useState<string | undefined>(undefined);
  const actions = useMemo(
    () => prepActions(db, companyId, (error) => setSaveError(String(error)), () => setSaveError(undefined)),
    [db, companyId],
  );
  const lang = toLang(uiLanguage()) ?? 'en';

  if (board.status === 'loading') return <p class="muted">{t('loading')}</p>;
  if (board.status === 'error') return <p class="status error" role="alert">{t('loadError', board.message)}</p>;
  if (!board.value.company) return <p class="muted">{t('prepCompanyMissing')}</p>;

  return (
    <div class={`prep ${layout}`}>
      {saveError && (
        <p class="status error" role="alert">
          {t('prepSaveError', saveError)}
        </p>
      )}
      <PrepBoard data={board.value} lang={lang} layout={layout} actions={actions} {...(focus ? { focus } : {})} />
    </div>
  );
}
