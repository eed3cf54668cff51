import { render } from 'preact';
import { BackupPanel } from '../../components/backup/BackupPanel';
import { Board } from '../../components/Board';
import { openSearchTarget } from '../../components/search/open-target';
import { SearchBox } from '../../components/search/SearchBox';
import { createBoardStore } from '../../components/store';
import { getDb } from '../../core/db/schema';
import { sendMessage } from '../../core/messaging/protocol';
import '../../components/styles.css';

document.documentElement.lang = browser.i18n.getUILanguage();
const store = createBoardStore({ clipActiveTab: () => sendMessage('clipActiveTab') });
// Opened from the popup on a company: `board.html#company=<id>`.
const companyId = new URLSearchParams(location.hash.slice(1)).get('company');

render(
  <>
    <SearchBox onOpen={(target) => openSearchTarget(store, target)} />
    <Board db={getDb()} store={store} layout="wide" activeCompanyId={Promise.resolve(companyId)} />
    <BackupPanel companyId={companyId ?? undefined} />
  </>,
  document.getElementById('app')!,
);
