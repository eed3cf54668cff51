import { signal } from '@preact/signals';
import type { ClipResult } from '../core/messaging/protocol';
import type { ClipStatus } from './ClipButton';

export type View = { name: 'home' } | { name: 'company'; companyId: string } | { name: 'clip'; clipId: string; companyId: string };

export interface BoardApi {
  clipActiveTab: () => Promise<ClipResult>;
}

/** The popup's and board's shared state: where the user is, and the last clip's outcome. */
export function createBoardStore(api: BoardApi) {
  const view = signal<View>({ name: 'home' });
  const history: View[] = [];
  const status = signal<ClipStatus>({ kind: 'idle' });
  const lastClipId = signal<string | undefined>(undefined);
  /** Why the user's last change to a company or clip could not be stored, if it could not. */
  const actionError = signal<string | undefined>(undefined);

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
    history.push(view.value);
    view.value = next;
  }

  /** Shows another view in place of this one (the company merged away no longer exists). */
  function replace(next: View) {
    view.value = next;
  }

  function back() {
    view.value = history.pop() ?? { name: 'home' };
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

  return { view, status, lastClipId, actionError, attempt, open, replace, back, clip };
}

export type BoardStore = ReturnType<typeof createBoardStore>;
