import { lazy, Suspense } from 'preact/compat';
import { moveClip } from '../../core/company/actions';
import { t } from '../i18n';
import { MoveClip } from '../MoveClip';
import { useLiveQuery } from '../use-live-query';
import { useBoard } from './context';

// The reader (and its HTML sanitiser) loads only when a clip is opened.
const ClipReader = lazy(() => import('../ClipReader').then((module) => ({ default: module.ClipReader })));

/** One clip, readable, with the way to move it to the company it belongs to (and back, for a moment). */
export function ClipScreen({ clipId }: { clipId: string }) {
  const { db, store } = useBoard();
  const data = useLiveQuery(
    async () => ({ clip: await db.clips.get(clipId), content: await db.clipContents.get(clipId), companies: await db.companies.toArray() }),
    [db, clipId],
  );
  if (data.status === 'loading') return <p class="muted">{t('loading')}</p>;
  if (data.status === 'error') return <p class="status error" role="alert">{t('loadError', data.message)}</p>;
  const { clip, content, companies } = data.value;
  if (!clip) return <p class="muted">{t('clipMissing')}</p>;
  const move = (toId: string) => {
    const from = clip.companyId;
    const toName = companies.find((company) => company.id === toId)?.name ?? '';
    void store.attempt(
      moveClip(db, clip.id, toId).then(() => {
        store.replace({ name: 'company', companyId: toId, section: 'clips' });
        store.offerUndo({
          message: t('clipMoved', clip.title, toName),
          undo: () => moveClip(db, clip.id, from).then(() => store.replace({ name: 'clip', clipId: clip.id, companyId: from })),
        });
      }),
    );
  };
  return (
    <Suspense fallback={<p class="muted">{t('loading')}</p>}>
      <MoveClip companies={companies} currentCompanyId={clip.companyId} clipTitle={clip.title} onMove={move} />
      <ClipReader clip={clip} content={content} />
    </Suspense>
  );
}
