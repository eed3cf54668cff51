import type { Browser } from 'wxt/browser';
import { activeTab, clipTab } from '../core/capture/clip-tab';
import { saveSelectionQuote } from '../core/capture/quote-selection';
import { promptOfMenuItem, SELECTION_MENU_ID, selectionMenuItems } from '../core/capture/selection-menu';
import { companyForUrl } from '../core/company/company-for-url';
import { getDb } from '../core/db/schema';
import { onMessage } from '../core/messaging/protocol';
import { loadLanguage, t, uiLanguage } from '../components/i18n';
import { watchLanguageSetting } from '../core/settings/language';
import { registerReminders } from '../core/reminders/register';

const CLIP_MENU_ID = 'clip-page';

/** The titles of the menus last created, for the end-to-end tests (automation cannot open the menu). */
let menuTitles: string[] = [];

/**
 * Chromium keeps menus across restarts, Firefox does not: both start from a clean slate. The titles
 * follow the user's language setting, and are made again whenever it changes.
 */
async function createMenus() {
  await loadLanguage();
  await browser.contextMenus.removeAll();
  const clipTitle = t('menuClipPage');
  const selectionTitle = t('menuAddSelection');
  const items = selectionMenuItems(uiLanguage());
  browser.contextMenus.create({ id: CLIP_MENU_ID, title: clipTitle, contexts: ['page'] });
  browser.contextMenus.create({ id: SELECTION_MENU_ID, title: selectionTitle, contexts: ['selection'] });
  for (const item of items) browser.contextMenus.create({ ...item, parentId: SELECTION_MENU_ID, contexts: ['selection'] });
  menuTitles = [clipTitle, selectionTitle, ...items.map((item) => item.title)];
}

async function onMenuClick(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab) {
  if (info.menuItemId === CLIP_MENU_ID) return void (await clipTab(tab));
  const promptId = promptOfMenuItem(info.menuItemId);
  const pageUrl = info.pageUrl ?? tab?.url;
  if (promptId && pageUrl && info.selectionText) {
    // Clip the page first, so the quote lands with the page's company (an ad's employer, not the board).
    if (tab) await clipTab(tab);
    await saveSelectionQuote(getDb(), { promptId, text: info.selectionText, pageUrl });
  }
}

export default defineBackground(() => {
  onMessage('clipActiveTab', async () => clipTab(await activeTab()));
  onMessage('activeTabCompanyId', async () => (await companyForUrl(getDb(), (await activeTab())?.url))?.id ?? null);

  // Notifications speak the language the user chose for Round Two, like the menus.
  registerReminders({ locale: uiLanguage, message: (key, ...subs) => t(key, ...subs) });
  browser.runtime.onInstalled.addListener(() => void createMenus());
  browser.runtime.onStartup.addListener(() => void createMenus());
  watchLanguageSetting(() => void createMenus());
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClick(info, tab));
  browser.commands.onCommand.addListener(async (command) => {
    if (command === 'clip-page') await clipTab(await activeTab());
  });

  // Automation cannot click the browser's own context menu: the end-to-end build hands
  // the tests this very handler. The production build has no such door.
  if (import.meta.env.MODE === 'e2e') Object.assign(globalThis, { roundTwoE2e: { onMenuClick, menuTitles: () => menuTitles } });
});
