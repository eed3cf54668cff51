import { useState } from 'preact/hooks';
import { COMPANY_STATUSES, type Company, type CompanyStatus } from '../core/model';
import { t } from './i18n';

interface Props {
  company: Company;
  /** The other companies, as merge targets. */
  others: Company[];
  onRename: (name: string) => void;
  onStatus: (status: CompanyStatus) => void;
  onMerge: (intoCompanyId: string) => void;
}

/** The company's name, status and the ways to tidy it up: rename, merge. */
export function CompanyHeader({ company, others, onRename, onStatus, onMerge }: Props) {
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(company.name);
  const [mergeInto, setMergeInto] = useState('');
  const target = others.find((other) => other.id === mergeInto);
  return (
    <div class="company-header">
      {renaming ? (
        <form class="inline" onSubmit={(e) => (e.preventDefault(), onRename(name), setRenaming(false))}>
          <input value={name} onInput={(e) => setName(e.currentTarget.value)} aria-label={t('companyName')} />
          <button type="submit" class="small">{t('save')}</button>
          <button type="button" class="link small" onClick={() => setRenaming(false)}>{t('cancel')}</button>
        </form>
      ) : (
        <h2>
          {company.name}{' '}
          <button type="button" class="link small" onClick={() => (setName(company.name), setRenaming(true))}>{t('rename')}</button>
        </h2>
      )}
      <p class="meta">{company.domains.join(', ')}</p>
      <div class="company-tools">
        <label>
          {t('statusLabel')}{' '}
          <select value={company.status} onChange={(e) => onStatus(e.currentTarget.value as CompanyStatus)}>
            {COMPANY_STATUSES.map((status) => <option key={status} value={status}>{t(`status_${status}`)}</option>)}
          </select>
        </label>
        {others.length > 0 && (
          <label>
            {t('mergeLabel')}{' '}
            <select value={mergeInto} onChange={(e) => setMergeInto(e.currentTarget.value)}>
              <option value="">—</option>
              {others.map((other) => <option key={other.id} value={other.id}>{other.name}</option>)}
            </select>
          </label>
        )}
      </div>
      {target && (
        <div class="status confirm" role="alertdialog" aria-label={t('mergeConfirm', company.name, target.name)}>
          <p>{t('mergeConfirm', company.name, target.name)}</p>
          <button type="button" class="small" onClick={() => (onMerge(target.id), setMergeInto(''))}>{t('mergeDo')}</button>
          <button type="button" class="link small" onClick={() => setMergeInto('')}>{t('cancel')}</button>
        </div>
      )}
    </div>
  );
}
