import { describe, expect, test, vi } from 'vitest';
import { formatRoute, parseRoute } from '../../../../components/board/route';
import { searchTargetView } from '../../../../components/search/open-target';
import { createBoardStore } from '../../../../components/store';

describe('every view of the full board has a URL', () => {
  test('views and clips round-trip through the hash', () => {
    for (const view of [
      { name: 'home' } as const,
      { name: 'company', companyId: 'co 1' } as const,
      { name: 'company', companyId: 'co1', section: 'clips' } as const,
      { name: 'company', companyId: 'co1', section: 'prep', focus: 'why-you' } as const,
      { name: 'clip', companyId: 'co1', clipId: 'c/1' } as const,
    ]) {
      expect(parseRoute(`#${formatRoute(view)}`)).toEqual(view);
    }
    expect(formatRoute({ name: 'company', companyId: 'co1', section: 'prep' })).toBe('company=co1&view=prep');
  });

  test('a note found by search opens its company at the note\'s prompt; a person on the Interview view', () => {
    const note = searchTargetView({ type: 'note', key: 'n1', companyId: 'co1', place: 'why-you', kind: 'answer' });
    expect(formatRoute(note)).toBe('company=co1&view=prep&prompt=why-you');
    expect(searchTargetView({ type: 'person', key: 'p1', companyId: 'co1' })).toEqual({ name: 'company', companyId: 'co1', section: 'interview' });
  });

  test('with hash routing each view is a history entry, and Back returns to the previous view', async () => {
    location.hash = '';
    const store = createBoardStore({ clipActiveTab: () => Promise.reject(new Error('unused')) }, { routing: 'hash' });
    store.open({ name: 'company', companyId: 'co1', section: 'prep' });
    store.open({ name: 'company', companyId: 'co1', section: 'clips' });
    expect(location.hash).toBe('#company=co1&view=clips');
    history.back();
    await vi.waitFor(() => expect(store.view.value).toEqual({ name: 'company', companyId: 'co1', section: 'prep' }));
  });
});
