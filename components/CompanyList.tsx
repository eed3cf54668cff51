import type { CompanySummary } from '../core/db/queries';
import { useState } from 'preact/hooks';
import { t } from './i18n';
import { ShowMore } from './ShowMore';

/** Companies shown at first, and added by each "show more". */
export const COMPANY_PAGE = 30;

interface Props {
  companies: CompanySummary[];
  onOpen: (companyId: string) => void;
}

export function CompanyList({ companies, onOpen }: Props) {
  const [shown, setShown] = useState(COMPANY_PAGE);
  if (companies.length === 0) return <p class="empty">{t('emptyState')}</p>;
  return (
    <section>
      <h2>{t('companiesHeading')}</h2>
      <ul class="company-list">
        {companies.slice(0, shown).map(({ company, clipCount }) => (
          <li key={company.id}>
            <button type="button" class="row" onClick={() => onOpen(company.id)}>
              <span class="name">{company.name}</span>
              <span class="meta">
                {company.domains[0]} · {clipCount === 1 ? t('clipCountOne') : t('clipCountMany', clipCount)}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <ShowMore shown={Math.min(shown, companies.length)} total={companies.length} onMore={() => setShown((n) => n + COMPANY_PAGE)} />
    </section>
  );
}
