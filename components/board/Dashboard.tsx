import { ClipButton } from '../ClipButton';
import { CompanyList } from '../CompanyList';
import { t } from '../i18n';
import { LanguageSetting } from '../settings/LanguageSetting';
import { useLiveQuery } from '../use-live-query';
import { dashboardRows, type CompanyRow } from './company-rows';
import { briefingHref } from './route';
import { useBoard } from './context';
import { leftLabel, nextInterviewLine } from './readiness';

/** How the popup opens the other surfaces (they differ between Chromium and Firefox). */
export interface Surfaces {
  openPanel?: () => void;
  openBoard: (companyId?: string) => void;
}

const LIST_ROWS = 3;
const LEFT_SHOWN = 3;

/** This tab's company at a glance: status, role, readiness, next interview, what is left, and where to work on it. */
function CompanyCard({ row, surfaces }: { row: CompanyRow; surfaces: Surfaces }) {
  // The row is live (the dashboard's query reads this company's notes and interviews): no second query.
  const { company, role, readiness } = row;
  const next = nextInterviewLine(readiness);
  return (
    <section class="card this-company" aria-labelledby="this-company">
      <h2 id="this-company" class="company-name">
        {company.name} <span class="pill">{t(`status_${company.status}`)}</span>
      </h2>
      {role && <p class="meta row-line">{role}</p>}
      <p class="row-line">
        <span class="readiness-line">{readiness.line}</span> <span class="meta">· {next ?? t('noInterviewPlanned')}</span>
      </p>
      {readiness.left.length > 0 && (
        <>
          <h3 class="left-heading">{t('leftToPrepare')}</h3>
          <ul class="left">
            {readiness.left.slice(0, LEFT_SHOWN).map((item) => (
              <li key={item}>{leftLabel(item)}</li>
            ))}
          </ul>
        </>
      )}
      <div class="surface-buttons">
        {surfaces.openPanel && (
          <button type="button" class="small" onClick={surfaces.openPanel}>
            {t('openPanel')}
          </button>
        )}
        <button type="button" class="small" onClick={() => surfaces.openBoard(company.id)}>
          {t('openBoard')}
        </button>
        <a class="small button-like" href={briefingHref(company.id)} target="_blank" rel="noopener">
          {t('briefing')}
        </a>
      </div>
    </section>
  );
}

/** The popup: clip, this tab's company, the other companies in short. Fits 400×600 without scrolling. */
export function Dashboard({ surfaces }: { surfaces: Surfaces }) {
  const { db, store } = useBoard();
  const view = store.view.value;
  const focusedId = view.name === 'home' ? undefined : view.companyId;
  const rows = useLiveQuery(() => dashboardRows(db, LIST_ROWS, focusedId), [db, focusedId]);
  if (rows.status === 'error') return <p class="status error" role="alert">{t('loadError', rows.message)}</p>;
  const focused = rows.status === 'ready' ? rows.value.focused : undefined;
  return (
    <div class="dashboard">
      <ClipButton status={store.status.value} onClip={() => void store.clip()} />
      {rows.status === 'loading' ? (
        <p class="muted">{t('loading')}</p>
      ) : (
        <>
          {focused && <CompanyCard row={focused} surfaces={surfaces} />}
          <CompanyList
            companies={rows.value.others}
            total={rows.value.total - (focused ? 1 : 0)}
            onOpen={(companyId) => store.open({ name: 'company', companyId })}
            limit={LIST_ROWS}
            onShowAll={() => surfaces.openBoard()}
            empty={!focused}
          />
        </>
      )}
      <footer class="dashboard-footer">
        <LanguageSetting />
        {!focused && (
          <button type="button" class="link small" onClick={() => surfaces.openBoard()}>
            {t('openBoard')}
          </button>
        )}
      </footer>
    </div>
  );
}
