import { getDb } from '../../core/db/schema';
import { toLang } from '../../core/prompts';
import { t, uiLanguage } from '../i18n';
import { useLiveQuery } from '../use-live-query';
import { Briefing } from './Briefing';
import { loadBriefing } from './load-briefing';
import './briefing.css';

/** `briefing.html#company=<id>`: the briefing of one company, live from the database. */
export function BriefingScreen({ companyId }: { companyId: string }) {
  const db = getDb();
  const data = useLiveQuery(() => loadBriefing(db, companyId), [db, companyId]);
  if (data.status === 'loading') return <p class="muted">{t('loading')}</p>;
  if (data.status === 'error') return <p class="status error" role="alert">{t('loadError', data.message)}</p>;
  if (!data.value.interview.company) return <p class="muted briefing">{t('prepCompanyMissing')}</p>;
  return <Briefing data={data.value} lang={toLang(uiLanguage()) ?? 'en'} now={Date.now()} />;
}
