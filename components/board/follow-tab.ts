import { browser } from 'wxt/browser';
import type { BoardStore } from '../store';
import { activeTabCompanyId } from './mount';

/**
 * Keeps the side panel on the active tab's company: on a tab switch, and when the tab goes to
 * another page. A tab without research leaves the panel where it is (the user may be reading
 * something unrelated while writing).
 */
export function followActiveTab(store: BoardStore): () => void {
  let asked = 0;
  const shown = store.view.value;
  // Only a change of the tab's company moves the panel: the user may have gone elsewhere in it on purpose.
  let followed: string | undefined = shown.name === 'home' ? undefined : shown.companyId;
  const update = async () => {
    const ask = ++asked;
    const companyId = await activeTabCompanyId();
    if (ask !== asked || !companyId || companyId === followed) return;
    followed = companyId;
    const view = store.view.value;
    if (view.name !== 'home' && view.companyId === companyId) return;
    store.replace(view.name === 'company' && view.section ? { name: 'company', companyId, section: view.section } : { name: 'company', companyId });
  };
  const onActivated = () => void update();
  const onUpdated = (_tabId: number, change: { url?: string; status?: string }) => {
    if (change.url || change.status === 'complete') void update();
  };
  browser.tabs.onActivated.addListener(onActivated);
  browser.tabs.onUpdated.addListener(onUpdated);
  browser.windows.onFocusChanged.addListener(onActivated);
  return () => {
    browser.tabs.onActivated.removeListener(onActivated);
    browser.tabs.onUpdated.removeListener(onUpdated);
    browser.windows.onFocusChanged.removeListener(onActivated);
  };
}
