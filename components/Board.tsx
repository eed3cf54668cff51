import { lazy, Suspense } from 'preact/compat';
import { useEffect, useState } from 'preact/hooks';
import { correctJobAd, mergeCompanies, moveClip, renameCompany, setCompanyStatus } from '../core/company/actions';
import { listCompanies, loadCompanyPage } from '../core/db/queries';
import type { RoundTwoDB } from '../core/db/schema';
import { ClipButton } from './ClipButton';
import { CompanyList } from './CompanyList';
import { CLIP_PAGE, CompanyView } from './CompanyView';
import { MoveClip } from './MoveClip';
import { t } from './i18n';
import type { BoardStore } from './store';
import { useLiveQuery, type LiveResult } from './use-live-query';

interface Props {
  db: RoundTwoDB;
  store: BoardStore;
  layout: 'popup' | 'wide';
  /** The company of the page the popup was opened over: the board opens on it. */
  activeCompanyId?: Promise<string | null>;
  onOpenBoard?: () => void;
}

function Loaded<T>({ result, children }: { result: LiveResult<T>; children: (value: T) => preact.ComponentChildren }) {
  if (result.status === 'loading') return <p class="muted">{t('loading')}</p>;
  if (result.status === 'error') return <p class="status error" role="alert">{t('loadError', result.message)}</p>;
  return <>{children(result.value)}</>;
}

function HomeView({ db, store }: Pick<Props, 'db' | 'store'>) {
  const companies = useLiveQuery(() => listCompanies(db), [db]);
  return <Loaded result={companies}>{(list) => <CompanyList companies={list} onOpen={(companyId) => store.open({ name: 'company', companyId })} />}</Loaded>;
}

// The reader (and its HTML sanitiser) loads only when a clip is opened, the prep board (and
// the prompt catalogue) when a company is: the popup's first screen starts smaller.
const ClipReader = lazy(() => import('./ClipReader').then((module) => ({ default: module.ClipReader })));
const PrepScreen = lazy(() => import('./prep/PrepScreen').then((module) => ({ default: module.PrepScreen })));
// Round two's views, mounted here until the board's navigation of views takes them.
const InterviewMount = lazy(() => import('./interview/Mount').then((module) => ({ default: module.InterviewMount })));

function CompanyScreen({ db, store, layout, companyId }: Pick<Props, 'db' | 'store' | 'layout'> & { companyId: string }) {
  // A page of clips at a time: a company with hundreds of clips opens as fast as one with a few.
  const [limit, setLimit] = useState(CLIP_PAGE);
  const data = useLiveQuery(() => loadCompanyPage(db, companyId, limit), [db, companyId, limit]);
  return (
    <Loaded result={data}>
      {({ company, clips, jobAds, companies }) =>
        company ? (
          <CompanyView
            company={company}
            others={companies.filter((other) => other.id !== companyId)}
            clips={clips}
            jobAds={jobAds}
            onShowMore={() => setLimit((shown) => shown + CLIP_PAGE)}
            highlightedClipId={store.lastClipId.value}
            onOpenClip={(clipId) => store.open({ name: 'clip', clipId, companyId })}
            onRename={(name) => void store.attempt(renameCompany(db, companyId, name))}
            onStatus={(status) => void store.attempt(setCompanyStatus(db, companyId, status))}
            onMerge={(intoId) => void store.attempt(mergeCompanies(db, companyId, intoId).then(() => store.replace({ name: 'company', companyId: intoId })))}
            onCorrect={(clipId, field, value) => void store.attempt(correctJobAd(db, clipId, field, value))}
            wide={layout === 'wide'}
          >
            <Suspense fallback={<p class="muted">{t('loading')}</p>}>
              <InterviewMount companyId={companyId} />
              <PrepScreen db={db} companyId={companyId} layout={layout} />
            </Suspense>
          </CompanyView>
        ) : (
          <p class="muted">{t('clipMissing')}</p>
        )
      }
    </Loaded>
  );
}

function ClipScreen({ db, store, clipId }: Pick<Props, 'db' | 'store'> & { clipId: string }) {
  const data = useLiveQuery(
    async () => ({ clip: await db.clips.get(clipId), content: await db.clipContents.get(clipId), companies: await db.companies.toArray() }),
    [db, clipId],
  );
  return (
    <Loaded result={data}>
      {({ clip: value, content, companies }) =>
        value ? (
          <Suspense fallback={<p class="muted">{t('loading')}</p>}>
            <MoveClip
              companies={companies}
              currentCompanyId={value.companyId}
              onMove={(toId) => void store.attempt(moveClip(db, value.id, toId).then(() => store.replace({ name: 'company', companyId: toId })))}
            />
            <ClipReader clip={value} content={content} />
          </Suspense>
        ) : (
          <p class="muted">{t('clipMissing')}</p>
        )
      }
    </Loaded>
  );
}

/** The board: the popup and the full-page view render the same thing in two layouts. */
export function Board({ db, store, layout, activeCompanyId, onOpenBoard }: Props) {
  const view = store.view.value;
  // Settled once the board knows whether to open on the page's company (tests wait for it too).
  const [settled, setSettled] = useState(!activeCompanyId);
  useEffect(() => {
    void activeCompanyId
      ?.then((companyId) => {
        if (companyId && store.view.value.name === 'home') store.open({ name: 'company', companyId });
      })
      .finally(() => setSettled(true));
  }, [activeCompanyId, store]);

  return (
    <div class={`board ${layout}`} data-settled={settled}>
      <header>
        {view.name !== 'home' && (
          <button type="button" class="link" onClick={store.back}>
            ← {t('back')}
          </button>
        )}
        <h1>{t('extName')}</h1>
        {onOpenBoard && (
          <button type="button" class="link" onClick={onOpenBoard}>
            {t('openBoard')}
          </button>
        )}
      </header>
      <main>
        {layout === 'popup' && <ClipButton status={store.status.value} onClip={() => void store.clip()} />}
        {store.actionError.value && (
          <p class="status error" role="alert">
            {t('actionError', store.actionError.value)}
          </p>
        )}
        {view.name === 'home' && <HomeView db={db} store={store} />}
        {view.name === 'company' && <CompanyScreen db={db} store={store} layout={layout} companyId={view.companyId} />}
        {view.name === 'clip' && <ClipScreen db={db} store={store} clipId={view.clipId} />}
      </main>
    </div>
  );
}
