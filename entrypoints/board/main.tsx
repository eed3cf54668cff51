import { render } from 'preact';
import { Board } from '../../components/Board';
import { createBoardStore } from '../../components/store';
import { getDb } from '../../core/db/schema';
import { sendMessage } from '../../core/messaging/protocol';
import '../../components/styles.css';

document.documentElement.lang = browser.i18n.getUILanguage();
const store = createBoardStore({ clipActiveTab: () => sendMessage('clipActiveTab') });

render(<Board db={getDb()} store={store} layout="wide" />, document.getElementById('app')!);
