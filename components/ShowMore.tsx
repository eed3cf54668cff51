import { t } from './i18n';

interface Props {
  shown: number;
  total: number;
  onMore: () => void;
}

/** Long lists render a page at a time; this adds the next page. Nothing when all are shown. */
export function ShowMore({ shown, total, onMore }: Props) {
  if (shown >= total) return null;
  return (
    <button type="button" class="link show-more" onClick={onMore}>
      {t('showMore', shown, total)}
    </button>
  );
}
