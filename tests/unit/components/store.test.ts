// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { createBoardStore } from '../../../components/store';

describe('the board store', () => {
  test('a successful clip opens its company and marks the clip', async () => {
    const store = createBoardStore({
      clipActiveTab: async () => ({ ok: true, clipId: 'c1', companyId: 'co1', title: 'Om oss', method: 'readability', updated: false, truncated: false }),
    });
    await store.clip();
    expect(store.view.value).toEqual({ name: 'company', companyId: 'co1' });
    expect(store.lastClipId.value).toBe('c1');
    store.back();
    expect(store.view.value).toEqual({ name: 'home' });
  });

  test('a background that stops mid-clip is said plainly (not as an unreadable page) and leaves the view alone', async () => {
    const store = createBoardStore({ clipActiveTab: () => Promise.reject(new Error('The message port closed before a response was received.')) });
    await store.clip();
    expect(store.status.value).toEqual({ kind: 'done', result: { ok: false, reason: 'interrupted' } });
    expect(store.view.value).toEqual({ name: 'home' });
  });

  test('a change that fails to save is reported, and the next success clears it', async () => {
    const store = createBoardStore({ clipActiveTab: () => Promise.reject(new Error('unused')) });
    await store.attempt(Promise.reject(new Error('QuotaExceededError')));
    expect(store.actionError.value).toBe('QuotaExceededError');
    await store.attempt(Promise.resolve());
    expect(store.actionError.value).toBeUndefined();
  });
});
