import { mergeCompanies, renameCompany, setCompanyStatus } from '../../core/company/actions';
import { CompanyHeader } from '../CompanyHeader';
import { t } from '../i18n';
import { useLiveQuery } from '../use-live-query';
import { useBoard } from './context';
import { briefingHref, formatRoute } from './route';
import { boardView, BOARD_VIEWS } from './views';

/** A company on the board: its header, the navigation of its views, and the view chosen (each has a URL). */
export function CompanyScreen({ companyId, section, focus }: { companyId: string; section?: string; focus?: string }) {
  const { db, store, layout } = useBoard();
  const data = useLiveQuery(async () => ({ company: await db.companies.get(companyId), companies: await db.companies.toArray() }), [db, companyId]);
  if (data.status === 'loading') return <p class="muted">{t('loading')}</p>;
  if (data.status === 'error') return <p class="status error" role="alert">{t('loadError', data.message)}</p>;
  const { company, companies } = data.value;
  if (!company) return <p class="muted">{t('prepCompanyMissing')}</p>;
  const active = boardView(section);
  const View = active.Component;
  return (
    <section class={`company company-${layout}`}>
      {/* Keyed by company: a rename left open on one company never shows (or saves) on another. */}
      <CompanyHeader
        key={company.id}
        company={company}
        others={companies.filter((other) => other.id !== companyId)}
        onRename={(name) => void store.attempt(renameCompany(db, companyId, name))}
        onStatus={(status) => void store.attempt(setCompanyStatus(db, companyId, status))}
        onMerge={(intoId) => void store.attempt(mergeCompanies(db, companyId, intoId).then(() => store.replace({ name: 'company', companyId: intoId })))}
      />
      <div class="company-body">
        <nav class="views" aria-label={t('viewsLabel', company.name)}>
          <ul>
            {BOARD_VIEWS.map((view) => (
              <li key={view.id}>
                <a href={`#${formatRoute({ name: 'company', companyId, section: view.id })}`} aria-current={view === active ? 'page' : undefined}>
                  {t(view.labelKey)}
                </a>
              </li>
            ))}
            <li>
              <a href={briefingHref(companyId)} target="_blank" rel="noopener">
                {t('briefing')}
              </a>
            </li>
          </ul>
        </nav>
        <div class="view" data-view={active.id}>
          {/* Keyed by company: a view following the tab to another company starts afresh (its fields flush to the old one). */}
          <View key={companyId} companyId={companyId} {...(focus ? { focus } : {})} />
        </div>
      </div>
    </section>
  );
}
