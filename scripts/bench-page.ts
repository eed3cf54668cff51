/** Measures taken inside the extension's pages, shared by the sections of `npm run bench`. */
import type { Page } from 'playwright-core';
import type { Clip, ClipContent } from '../core/model';

export interface ClipTiming {
  ms: number;
  status: string;
}

/** Click "Clip this page" → the popup shows the outcome (the button is no longer busy), timed inside the popup. */
export async function timedClip(popup: Page): Promise<ClipTiming> {
  // The dashboard, not the popup's first step: its button is the one that stays.
  await popup.locator('.board[data-settled="true"]').waitFor();
  return popup.evaluate(
    () =>
      new Promise<{ ms: number; status: string }>((resolve, reject) => {
        // A bench never hangs: a clip with no outcome after a minute is reported as such.
        const timer = setTimeout(() => reject(new Error(`no outcome after 60 s: ${document.body.innerText.slice(0, 200)}`)), 60_000);
        const button = document.querySelector<HTMLButtonElement>('button.primary')!;
        const started = performance.now();
        const observer = new MutationObserver(() => {
          const status = document.querySelector('[data-testid="clip-status"]');
          if (button.getAttribute('aria-busy') !== 'true' && status) {
            observer.disconnect();
            clearTimeout(timer);
            resolve({ ms: performance.now() - started, status: status.textContent ?? '' });
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        document.querySelector('[data-testid="clip-status"]')?.remove();
        button.click();
      }),
  );
}

export interface StoredClip {
  clip: Clip;
  content: ClipContent;
}

/** Every stored clip with its content, read from the extension's IndexedDB in one of its pages. */
export function storedClips(page: Page): Promise<StoredClip[]> {
  return page.evaluate(
    () =>
      new Promise<Array<{ clip: Clip; content: ClipContent }>>((resolve, reject) => {
        const open = indexedDB.open('round-two');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['clips', 'clipContents']);
          const clips = tx.objectStore('clips').getAll();
          const contents = tx.objectStore('clipContents').getAll();
          tx.oncomplete = () => {
            const byId = new Map((contents.result as ClipContent[]).map((c) => [c.id, c]));
            resolve((clips.result as Clip[]).map((clip) => ({ clip, content: byId.get(clip.id)! })));
            open.result.close();
          };
        };
      }),
  );
}
