import { activeTab, clipTab } from '../core/capture/clip-tab';
import { saveSelectionQuote } from '../core/capture/quote-selection';
import { promptOfMenuItem, SELECTION_MENU_ID, selectionMenuItems } from '../core/capture/selection-menu';
import { companyForUrl } from '../core/company/company-for-url';
import { getDb } from '../core/db/schema';
import { onMessage } from '../core/messaging/protocol';

const CLIP_MENU_ID = 'clip-page';

function createMenus() {
  browser.contextMenus.create({ id: CLIP_MENU_ID, title: browser.i18n.getMessage('menuClipPage'), contexts: ['page'] });
  browser.contextMenus.create({ id: SELECTION_MENU_ID, title: browser.i18n.getMessage('menuAddSelection'), contexts: ['selection'] });
  for (const item of selectionMenuItems(browser.i18n.getUILanguage())) {
    browser.contextMenus.create({ ...item, parentId: SELECTION_MENU_ID, contexts: ['selection'] });
  }
}

export default defineBackground(() => {
  onMessage('clipActiveTab', async () => clipTab(await activeTab()));
  onMessage('activeTabCompanyId', async () => (await companyForUrl(getDb(), (await activeTab())?.url))?.id ?? null);

  browser.runtime.onInstalled.addListener(createMenus);
  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if (info.menuItemId === CLIP_MENU_ID) return void clipTab(tab);
    const promptId = promptOfMenuItem(info.menuItemId);
    const pageUrl = info.pageUrl ?? tab?.url;
    if (promptId && pageUrl && info.selectionText) {
      await saveSelectionQuote(getDb(), { promptId, text: info.selectionText, pageUrl });
    }
  });
  browser.commands.onCommand.addListener(async (command) => {
    if (command === 'clip-page') await clipTab(await activeTab());
  });
});
