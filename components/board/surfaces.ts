import { browser } from 'wxt/browser';
import type { BoardStore } from '../store';
import type { Surfaces } from './Dashboard';

interface SidePanelApi {
  open: (options: { windowId: number }) => Promise<void>;
}
interface SidebarActionApi {
  open: () => Promise<void>;
}

/**
 * The popup's ways to the other surfaces. Chromium's side panel (`sidePanel`) and Firefox's sidebar
 * (`sidebarAction`) open only in answer to the click itself, so the window is looked up in advance.
 */
export function popupSurfaces(_store: BoardStore): Surfaces {
  const api = browser as unknown as { sidePanel?: SidePanelApi; sidebarAction?: SidebarActionApi };
  let windowId: number | undefined;
  void browser.windows.getCurrent().then((win) => (windowId = win.id)).catch(() => undefined);
  const openBoard = (companyId?: string) => {
    const hash = companyId ? `#company=${encodeURIComponent(companyId)}` : '';
    void browser.tabs.create({ url: browser.runtime.getURL(`/board.html${hash}`) }).then(() => window.close());
  };
  const openPanel = api.sidePanel
    ? () => {
        if (windowId === undefined) return;
        void api.sidePanel!.open({ windowId }).then(() => window.close());
      }
    : api.sidebarAction
      ? () => void api.sidebarAction!.open().then(() => window.close())
      : undefined;
  return openPanel ? { openPanel, openBoard } : { openBoard };
}
