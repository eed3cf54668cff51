import { briefingHref } from '../board/route';
import { t } from '../i18n';
import { useReadiness } from './use-readiness';

/** "Round 2 Thursday 10:00 · 3 things left: people, why you, references", and a way to the briefing. */
export function ReadinessLine({ companyId }: { companyId: string }) {
  const readiness = useReadiness(companyId);
  if (!readiness) return null;
  return (
    <p class="iv-readiness" data-testid="readiness-line">
      {readiness.line}{' '}
      <a href={briefingHref(companyId)} target="_blank" rel="noopener">
        {t('ivOpenBriefing')}
      </a>
    </p>
  );
}
