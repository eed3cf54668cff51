import type { CompanyRow } from './board/company-rows';
import { nextInterviewLine } from './board/readiness';
import { useState } from 'preact/hooks';
import { t } from './i18n';
import { ShowMore } from './ShowMore';

/** Companies shown at first, and added by each "show more". */
export const COMPANY_PAGE = 30;

interface Props {
  companies: CompanyRow[];
  onOpen: (companyId: string) => void;
  /** The popup shows a few rows; the rest are one click away on the full board. */
  limit?: number;
  onShowAll?: () => void;
  /** Whether an empty list means the user has no research at all (else it shows nothing). */
  empty?: boolean;
  /** How many companies there are, when `companies` holds only the first few (the popup). */
  total?: number;
}

/** Each company with its status, the role applied for, how ready the user is, and the next interview. */
export function CompanyList({ companies, onOpen, limit, onShowAll, empty = true, total = companies.length }: Props) {
  // The full board renders a page of companies at a time; the popup shows a few and links to the rest.
  const [page, setPage] = useState(COMPANY_PAGE);
  if (companies.length === 0) return empty ? <p class="empty">{t('emptyState')}</p> : null;
  const shown = companies.slice(0, limit ?? page);
  return (
    <section aria-labelledby="companies-heading">
      <h2 id="companies-heading">{t('companiesHeading')}</h2>
      <ul class="company-list">
        {shown.map(({ company, clipCount, role, readiness }) => {
          const next = nextInterviewLine(readiness);
          return (
            <li key={company.id}>
              <button type="button" class="row" onClick={() => onOpen(company.id)} data-company-id={company.id}>
                <span class="row-line">
                  <span class="name">{company.name}</span> <span class="pill">{t(`status_${company.status}`)}</span>
                </span>
                <span class="meta row-line">
                  {role && <>{role} · </>}
                  {readiness.line}
                  {next ? <> · {next}</> : <> · {clipCount === 1 ? t('clipCountOne') : t('clipCountMany', clipCount)}</>}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {onShowAll && shown.length < total && (
        <button type="button" class="link" onClick={onShowAll}>
          {t('allCompanies', total)}
        </button>
      )}
      {!limit && <ShowMore shown={shown.length} total={companies.length} onMore={() => setPage((n) => n + COMPANY_PAGE)} />}
    </section>
  );
}
