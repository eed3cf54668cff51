import { render } from 'preact';
import { sendMessage } from '../../core/messaging/protocol';
import { ClipButton } from '../ClipButton';
import { loadLanguage, startFromMirror, t } from '../i18n';
import { createBoardStore, type BoardStore } from '../store';

/**
 * What the popup shows while the rest of it loads: the same header and the clip button, already
 * working (a clip started here finishes on the dashboard, which shares the store). The search box is
 * shown but disabled, so nothing typed into it can be lost when the dashboard takes its place.
 */
function PopupShell({ store }: { store: BoardStore }) {
  return (
    <div class="board popup" data-shell>
      <header>
        <h1>{t('extName')}</h1>
        <div class="search">
          <input type="search" disabled placeholder={t('searchPlaceholder')} aria-label={t('searchLabel')} />
        </div>
      </header>
      <main>
        <div class="dashboard">
          <ClipButton status={store.status.value} onClip={() => void store.clip()} />
          <p class="muted">{t('loading')}</p>
        </div>
      </main>
    </div>
  );
}

/**
 * Starts the popup in two steps: its clip button as soon as the language is known, then the
 * dashboard (the database and the rest), whose code starts loading at once, in parallel.
 */
export async function startPopup(): Promise<void> {
  const loading = Promise.all([import('./mount'), import('./surfaces')]);
  const store = createBoardStore({ clipActiveTab: () => sendMessage('clipActiveTab') }, { routing: 'memory' });
  // The language the extension's pages last used shows at once; the stored setting follows and wins.
  if (await startFromMirror()) void loadLanguage();
  else await loadLanguage();
  render(<PopupShell store={store} />, document.getElementById('app')!);
  const [{ mountBoard }, { popupSurfaces }] = await loading;
  const clipFocused = document.activeElement?.matches('[data-shell] button.primary') ?? false;
  await mountBoard({ layout: 'popup', followActiveTab: true, surfaces: popupSurfaces, store });
  // A keyboard user on the first step's clip button stays on the clip button.
  if (clipFocused) document.querySelector<HTMLButtonElement>('button.primary')?.focus();
}
