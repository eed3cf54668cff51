import type { JSX } from 'preact';
import { lazy, Suspense } from 'preact/compat';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { RoundTwoDB } from '../core/db/schema';
import { companyRows } from './board/company-rows';
import { BoardContext, type BoardLayout } from './board/context';
import { Dashboard, type Surfaces } from './board/Dashboard';
import { UndoBar } from './board/UndoBar';
import { ClipButton } from './ClipButton';
import { CompanyList } from './CompanyList';
import { t } from './i18n';
import { LanguageSetting } from './settings/LanguageSetting';
import type { BoardStore } from './store';
import { useLiveQuery } from './use-live-query';

// The popup is a dashboard: a company's views, a clip and backup load only where they are shown.
const CompanyScreen = lazy(() => import('./board/CompanyScreen').then((module) => ({ default: module.CompanyScreen })));
const ClipScreen = lazy(() => import('./board/ClipScreen').then((module) => ({ default: module.ClipScreen })));
const BackupPanel = lazy(() => import('./backup/BackupPanel').then((module) => ({ default: module.BackupPanel })));

interface Props {
  db: RoundTwoDB;
  store: BoardStore;
  layout: BoardLayout;
  /** The company of the page the popup or panel was opened over: the board opens on it. */
  activeCompanyId?: Promise<string | null>;
  /** The popup's ways to the side panel and the full board. */
  surfaces?: Surfaces;
  /** The search box, shown in the header beside the name. */
  search?: JSX.Element;
}

function HomeView({ db, store }: Pick<Props, 'db' | 'store'>) {
  const rows = useLiveQuery(() => companyRows(db), [db]);
  if (rows.status === 'loading') return <p class="muted">{t('loading')}</p>;
  if (rows.status === 'error') return <p class="status error" role="alert">{t('loadError', rows.message)}</p>;
  return <CompanyList companies={rows.value} onOpen={(companyId) => store.open({ name: 'company', companyId })} />;
}

/** The board: the popup's dashboard, the side panel beside the page, and the full-page board share it. */
export function Board({ db, store, layout, activeCompanyId, surfaces, search }: Props) {
  const view = store.view.value;
  const context = useMemo(() => ({ db, store, layout }), [db, store, layout]);
  // Settled once the board knows whether to open on the page's company (tests wait for it too).
  const [settled, setSettled] = useState(!activeCompanyId);
  useEffect(() => {
    void activeCompanyId
      ?.then((companyId) => {
        if (companyId && store.view.value.name === 'home') store.replace({ name: 'company', companyId });
      })
      .finally(() => setSettled(true));
  }, [activeCompanyId, store]);

  return (
    <BoardContext.Provider value={context}>
      <div class={`board ${layout}`} data-settled={settled}>
        <header>
          {layout !== 'popup' && view.name !== 'home' && (
            <button type="button" class="link" onClick={store.back}>
              ← {view.name === 'clip' ? t('back') : t('allCompaniesShort')}
            </button>
          )}
          <h1>{t('extName')}</h1>
          {search}
        </header>
        <main>
          {layout === 'panel' && <ClipButton status={store.status.value} onClip={() => void store.clip()} />}
          {store.actionError.value && (
            <p class="status error" role="alert">
              {t('actionError', store.actionError.value)}
            </p>
          )}
          <UndoBar store={store} />
          {layout === 'popup' ? (
            <Dashboard surfaces={surfaces ?? { openBoard: () => undefined }} />
          ) : (
            <Suspense fallback={<p class="muted">{t('loading')}</p>}>
              {view.name === 'home' && (
                <>
                  <HomeView db={db} store={store} />
                  {/* Export and restore of everything: an empty profile restores a backup from here. */}
                  {layout === 'wide' && <BackupPanel db={db} />}
                  <div class="settings">
                    <LanguageSetting />
                  </div>
                </>
              )}
              {view.name === 'company' && <CompanyScreen companyId={view.companyId} section={view.section} focus={view.focus} />}
              {view.name === 'clip' && <ClipScreen clipId={view.clipId} />}
            </Suspense>
          )}
        </main>
      </div>
    </BoardContext.Provider>
  );
}
