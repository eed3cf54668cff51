import { effect } from '@preact/signals';
import { render } from 'preact';
import { getDb } from '../../core/db/schema';
import type { SearchTarget } from '../../core/search/types';
import { browser } from 'wxt/browser';
import { sendMessage } from '../../core/messaging/protocol';
import { Board } from '../Board';
import { openSearchTarget, searchTargetView } from '../search/open-target';
import { formatRoute } from './route';
import { SearchBox } from '../search/SearchBox';
import { loadLanguage, uiLanguage } from '../i18n';
import { recoverAnswerDrafts } from '../prep/drafts';
import { createBoardStore, type BoardStore } from '../store';
import type { BoardLayout } from './context';
import type { Surfaces } from './Dashboard';

export interface MountOptions {
  layout: BoardLayout;
  /** Opens on the company of the active tab (popup, side panel). */
  followActiveTab?: boolean;
  surfaces?: (store: BoardStore) => Surfaces;
  /** The store of a page that started before the board (the popup's clip button shows first). */
  store?: BoardStore;
}

/** The company of the tab the user is looking at, or null (no research on that site yet). */
export function activeTabCompanyId(): Promise<string | null> {
  return sendMessage('activeTabCompanyId').catch(() => null);
}

/** Starts a board page: the language first (nothing shows in the wrong one), words left unsaved by a closed popup, then the board. */
export async function mountBoard({ layout, followActiveTab = false, surfaces, store: started }: MountOptions): Promise<BoardStore> {
  const db = getDb();
  // The database opens while the language setting is read: the first list needs both.
  void db.open().catch(() => undefined);
  if (!started) await loadLanguage(); // (a page that started before the board has read it)
  effect(() => {
    document.documentElement.lang = uiLanguage();
  });
  await recoverAnswerDrafts(db).catch(() => 0);
  const store = started ?? createBoardStore({ clipActiveTab: () => sendMessage('clipActiveTab') }, { routing: layout === 'popup' ? 'memory' : 'hash' });
  const opening = followActiveTab && store.view.value.name === 'home' ? activeTabCompanyId() : undefined;
  // The popup is a dashboard: a search result opens on the full board, where clips and views are read.
  const onOpen = (target: SearchTarget) =>
    layout === 'popup'
      ? void browser.tabs.create({ url: browser.runtime.getURL(`/board.html#${formatRoute(searchTargetView(target))}`) }).then(() => window.close())
      : openSearchTarget(store, target);
  render(
    <Board
      db={db}
      store={store}
      layout={layout}
      activeCompanyId={opening}
      surfaces={surfaces?.(store)}
      search={<SearchBox db={db} limit={layout === 'popup' ? 8 : 30} warm={layout !== 'popup'} onOpen={onOpen} />}
    />,
    document.getElementById('app')!,
  );
  return store;
}
