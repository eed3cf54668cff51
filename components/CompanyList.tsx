import type { CompanySummary } from '../core/db/queries';
import { t } from './i18n';

interface Props {
  companies: CompanySummary[];
  onOpen: (companyId: string) => void;
}

export function CompanyList({ companies, onOpen }: Props) {
  if (companies.length === 0) return <p class="empty">{t('emptyState')}</p>;
  return (
    <section>
      <h2>{t('companiesHeading')}</h2>
      <ul class="company-list">
        {companies.map(({ company, clipCount }) => (
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
    </section>
  );
}
