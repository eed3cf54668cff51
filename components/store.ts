import { signal } from '@preact/signals';
import type { ClipResult } from '../core/messaging/protocol';
import type { ClipStatus } from './ClipButton';
import { formatRoute, parseRoute, type View } from './board/route';

export type { View };

export interface BoardApi {
  clipActiveTab: () => Promise<ClipResult>;
}

/** A change the user can take back for a moment (a moved clip, a dismissed sentence). */
export interface Undoable {
  message: string;
  undo: () => Promise<unknown>;
}

export interface StoreOptions {
  /** `hash`: each view is a history entry of the page (the full board: Back goes to the previous view). */
  routing?: 'memory' | 'hash';
}

/** The popup's, side panel's and board's shared state: where the user is, and the last clip's outcome. */
export function createBoardStore(api: BoardApi, { routing = 'memory' }: StoreOptions = {}) {
  const hashed = routing === 'hash' && typeof location !== 'undefined';
  const view = signal<View>(hashed ? parseRoute(location.hash) : { name: 'home' });
  const history: View[] = [];
  const status = signal<ClipStatus>({ kind: 'idle' });
  const lastClipId = signal<string | undefined>(undefined);
  /** Why the user's last change to a company or clip could not be stored, if it could not. */
  const actionError = signal<string | undefined>(undefined);
  const undoable = signal<Undoable | undefined>(undefined);
  if (hashed) window.addEventListener('hashchange', () => (view.value = parseRoute(location.hash)));

  /** Runs a change, and says so when it fails instead of failing silently. */
  function attempt(work: Promise<unknown>): Promise<void> {
    actionError.value = undefined;
    return work.then(
      () => undefined,
      (error: unknown) => {
        actionError.value = error instanceof Error ? error.message : String(error);
      },
    );
  }

  function open(next: View) {
    if (hashed) {
      location.hash = formatRoute(next);
      view.value = next;
      return;
    }
    history.push(view.value);
    view.value = next;
  }

  /** Shows another view in place of this one (the company merged away no longer exists). */
  function replace(next: View) {
    if (hashed) window.history.replaceState(null, '', `#${formatRoute(next)}`);
    view.value = next;
  }

  /** Up one level: a clip → its company's clips, a company → the list. (The browser's Back walks the history.) */
  function back() {
    if (hashed) {
      const current = view.value;
      return open(current.name === 'clip' ? { name: 'company', companyId: current.companyId, section: 'clips' } : { name: 'home' });
    }
    view.value = history.pop() ?? { name: 'home' };
  }

  /** Offers to take a change back; a newer change replaces the offer. */
  function offerUndo(next: Undoable | undefined) {
    undoable.value = next;
  }

  async function clip() {
    status.value = { kind: 'busy' };
    let result: ClipResult;
    try {
      result = await api.clipActiveTab();
    } catch {
      // No answer from the background: the browser stopped it (a service worker) mid-clip.
      result = { ok: false, reason: 'interrupted' };
    }
    status.value = { kind: 'done', result };
    if (result.ok) {
      lastClipId.value = result.clipId;
      if (view.value.name !== 'company' || view.value.companyId !== result.companyId) {
        open({ name: 'company', companyId: result.companyId });
      }
    }
  }

  return { view, status, lastClipId, actionError, undoable, attempt, open, replace, back, offerUndo, clip };
}

export type BoardStore = ReturnType<typeof createBoardStore>;
