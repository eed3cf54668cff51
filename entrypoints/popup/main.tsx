import { render } from 'preact';
import { Board } from '../../components/Board';
import { openSearchTarget } from '../../components/search/open-target';
import { SearchBox } from '../../components/search/SearchBox';
import { createBoardStore } from '../../components/store';
import { getDb } from '../../core/db/schema';
import { sendMessage } from '../../core/messaging/protocol';
import '../../components/styles.css';

document.documentElement.lang = browser.i18n.getUILanguage();
const store = createBoardStore({ clipActiveTab: () => sendMessage('clipActiveTab') });

/** The full-page board, on the company the popup shows. */
function openBoard() {
  const view = store.view.value;
  const hash = view.name === 'home' ? '' : `#company=${encodeURIComponent(view.companyId)}`;
  void browser.tabs.create({ url: browser.runtime.getURL(`/board.html${hash}`) }).then(() => window.close());
}

render(
  <>
    <SearchBox limit={10} onOpen={(target) => openSearchTarget(store, target)} />
    <Board db={getDb()} store={store} layout="popup" activeCompanyId={sendMessage('activeTabCompanyId').catch(() => null)} onOpenBoard={openBoard} />
  </>,
  document.getElementById('app')!,
);
