import type { Company } from '../core/model';
import { t } from './i18n';

interface Props {
  companies: Company[];
  currentCompanyId: string;
  onMove: (toCompanyId: string) => void;
}

/** Moves a clip that landed in the wrong company. */
export function MoveClip({ companies, currentCompanyId, onMove }: Props) {
  const others = companies.filter((company) => company.id !== currentCompanyId);
  if (!others.length) return null;
  return (
    <label class="move-clip">
      {t('moveClip')}{' '}
      <select value="" onChange={(e) => e.currentTarget.value && onMove(e.currentTarget.value)}>
        <option value="">—</option>
        {others.map((company) => <option key={company.id} value={company.id}>{company.name}</option>)}
      </select>
    </label>
  );
}
