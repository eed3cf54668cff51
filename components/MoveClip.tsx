import { useState } from 'preact/hooks';
import type { Company } from '../core/model';
import { t } from './i18n';

interface Props {
  companies: Company[];
  currentCompanyId: string;
  clipTitle: string;
  onMove: (toCompanyId: string) => void;
}

/**
 * Moves a clip that landed in the wrong company. Choosing a company only asks: the move happens on
 * the confirm button, so an arrow key on the list never moves anything.
 */
export function MoveClip({ companies, currentCompanyId, clipTitle, onMove }: Props) {
  const [target, setTarget] = useState('');
  const others = companies.filter((company) => company.id !== currentCompanyId);
  if (!others.length) return null;
  const chosen = others.find((company) => company.id === target);
  return (
    <div class="move-clip">
      <label>
        {t('moveClip')}{' '}
        <select value={target} onChange={(e) => setTarget(e.currentTarget.value)}>
          <option value="">—</option>
          {others.map((company) => <option key={company.id} value={company.id}>{company.name}</option>)}
        </select>
      </label>
      {chosen && (
        <div class="status confirm" role="group" aria-label={t('moveConfirm', clipTitle, chosen.name)}>
          <p>{t('moveConfirm', clipTitle, chosen.name)}</p>
          <button type="button" class="small" onClick={() => (setTarget(''), onMove(chosen.id))}>{t('moveDo')}</button>
          <button type="button" class="link small" onClick={() => setTarget('')}>{t('cancel')}</button>
        </div>
      )}
    </div>
  );
}
