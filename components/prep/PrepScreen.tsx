import { useMemo, useState } from 'preact/hooks';
import type { RoundTwoDB } from '../../core/db/schema';
import { loadPrepBoard } from '../../core/notes';
import { toLang } from '../../core/prompts';
import { t, uiLanguage } from '../i18n';
import { useLiveQuery } from '../use-live-query';
import { prepActions } from './prep-actions';
import { PrepBoard } from './PrepBoard';
import { ReviewMode } from './ReviewMode';
import type { PrepLayout } from './types';
import './prep.css';

export interface PrepScreenProps {
  db: RoundTwoDB;
  companyId: string;
  layout: PrepLayout;
}

type Mode = 'prepare' | 'review';

/** The prep board of one company, live from the database, with its Prepare and Review modes. */
export function PrepScreen({ db, companyId, layout }: PrepScreenProps) {
  const board = useLiveQuery(() => loadPrepBoard(db, companyId), [db, companyId]);
  const [mode, setMode] = useState<Mode>('prepare');
  const [saveError, setSaveError] = useState<string | undefined>(undefined);
  const actions = useMemo(
    () => prepActions(db, companyId, (error) => setSaveError(String(error)), () => setSaveError(undefined)),
    [db, companyId],
  );
  const lang = toLang(uiLanguage()) ?? 'en';

  if (board.status === 'loading') return <p class="muted">{t('loading')}</p>;
  if (board.status === 'error') return <p class="status error" role="alert">{t('loadError', board.message)}</p>;
  if (!board.value.company) return <p class="muted">{t('prepCompanyMissing')}</p>;

  const modeButton = (value: Mode, label: string) => (
    <button type="button" aria-pressed={mode === value} onClick={() => setMode(value)}>
      {label}
    </button>
  );
  return (
    <section class={`prep ${layout}`}>
      <div class="prep-mode" role="group" aria-label={t('prepModeLabel')}>
        {modeButton('prepare', t('prepPrepare'))}
        {modeButton('review', t('prepReview'))}
      </div>
      {saveError && (
        <p class="status error" role="alert">
          {t('prepSaveError', saveError)}
        </p>
      )}
      {mode === 'prepare' ? (
        <PrepBoard data={board.value} lang={lang} layout={layout} actions={actions} />
      ) : (
        <ReviewMode data={board.value} lang={lang} />
      )}
    </section>
  );
}
