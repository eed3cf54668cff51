import { lazy, Suspense } from 'preact/compat';
import { t } from '../i18n';
import { useBoard } from './context';

// The prep board and its prompt catalogue load only when a company's prep view is shown.
const PrepScreen = lazy(() => import('../prep/PrepScreen').then((module) => ({ default: module.PrepScreen })));

/** The prompt cards of one company. */
export function PrepView({ companyId, focus }: { companyId: string; focus?: string }) {
  const { db, layout } = useBoard();
  return (
    <Suspense fallback={<p class="muted">{t('loading')}</p>}>
      <PrepScreen db={db} companyId={companyId} layout={layout === 'wide' ? 'wide' : 'popup'} {...(focus ? { focus } : {})} />
    </Suspense>
  );
}
