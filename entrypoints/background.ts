import { activeTab, clipTab } from '../core/capture/clip-tab';
import { companyForUrl } from '../core/company/company-for-url';
import { getDb } from '../core/db/schema';
import { onMessage } from '../core/messaging/protocol';

const CLIP_MENU_ID = 'clip-page';

export default defineBackground(() => {
  onMessage('clipActiveTab', async () => clipTab(await activeTab()));
  onMessage('activeTabCompanyId', async () => (await companyForUrl(getDb(), (await activeTab())?.url))?.id ?? null);

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: CLIP_MENU_ID,
      title: browser.i18n.getMessage('menuClipPage'),
      contexts: ['page'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === CLIP_MENU_ID) void clipTab(tab);
  });
  browser.commands.onCommand.addListener(async (command) => {
    if (command === 'clip-page') await clipTab(await activeTab());
  });
});
