import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { Board } from '../../../../components/Board';
import { MoveClip } from '../../../../components/MoveClip';
import { createBoardStore } from '../../../../components/store';
import { RoundTwoDB } from '../../../../core/db/schema';
import type { Clip, Company } from '../../../../core/model';

const company = (id: string, name: string): Company => ({ id, name, domains: [`${id}.no`], normNames: [name.toLowerCase()], status: 'researching', createdAt: 0, updatedAt: 0 });
const clip: Clip = {
  id: 'c1',
  companyId: 'a',
  url: 'https://a.no/ad',
  pageUrl: 'https://a.no/ad',
  title: 'Driftsingeniør',
  domain: 'a.no',
  excerpt: '',
  method: 'readability',
  wordCount: 10,
  truncated: false,
  kind: 'company',
  evidence: [],
  clippedAt: 0,
  updatedAt: 0,
};

/** Picks an option as a browser does: the value changes, then `input` and `change` fire. */
async function choose(select: HTMLElement, value: string) {
  await act(() => {
    (select as HTMLSelectElement).value = value;
    select.dispatchEvent(new Event('input', { bubbles: true }));
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

let db: RoundTwoDB;
// The board loads a company's screens on demand; load them once here so the first test is not timed by it.
beforeAll(() => Promise.all([import('../../../../components/board/CompanyScreen'), import('../../../../components/board/ClipScreen')]));

beforeEach(async () => {
  location.hash = '';
  db = new RoundTwoDB(`test-${crypto.randomUUID()}`);
  await db.companies.bulkAdd([company('a', 'Alfa AS'), company('b', 'Beta AB')]);
  await db.clips.add(clip);
});
afterEach(async () => {
  cleanup();
  await new Promise((done) => setTimeout(done, 60));
  await db.delete();
});

function board() {
  const store = createBoardStore({ clipActiveTab: () => Promise.reject(new Error('unused')) }, { routing: 'hash' });
  render(<Board db={db} store={store} layout="wide" />);
  return store;
}

describe('the full board', () => {
  test('a rename left open on one company does not show, or save, on another', async () => {
    const store = board();
    store.open({ name: 'company', companyId: 'a', section: 'clips' });
    fireEvent.click(await screen.findByRole('button', { name: 'Rename' }));
    fireEvent.input(screen.getByRole('textbox', { name: 'Company name' }), { target: { value: 'Alfa Energi AS' } });
    store.open({ name: 'company', companyId: 'b', section: 'clips' });
    await screen.findByRole('heading', { name: /Beta AB/ });
    expect(screen.queryByRole('textbox', { name: 'Company name' })).toBeNull();
    expect((await db.companies.get('b'))?.name).toBe('Beta AB');
  });

  test('a company has a navigation of views, each a link with its own URL', async () => {
    const store = board();
    store.open({ name: 'company', companyId: 'a' });
    const nav = await screen.findByRole('navigation', { name: 'Views of Alfa AS' });
    const prep = nav.querySelector('a[aria-current="page"]');
    expect(prep?.textContent).toBe('Prepare');
    const href = (name: string) => Array.from(nav.querySelectorAll('a')).find((a) => a.textContent === name)?.getAttribute('href');
    expect(href('Job ad and clips')).toBe('#company=a&view=clips');
    expect(href('Briefing')).toBe('briefing.html#company=a');
    expect(screen.queryByRole('button', { name: 'Review' })).toBeNull();
  });

  test('moving a clip asks first, then offers Undo, which moves it back', async () => {
    const store = board();
    store.open({ name: 'clip', companyId: 'a', clipId: 'c1' });
    const select = await screen.findByRole('combobox', { name: 'Move to company' });
    await choose(select, 'b');
    fireEvent.click(await screen.findByRole('button', { name: 'Move' }));
    await waitFor(async () => expect((await db.clips.get('c1'))?.companyId).toBe('b'));
    const undo = await screen.findByRole('button', { name: 'Undo' });
    await waitFor(() => expect(document.activeElement).toBe(undo));
    fireEvent.click(undo);
    await waitFor(async () => expect((await db.clips.get('c1'))?.companyId).toBe('a'));
  });
});

describe('moving a clip', () => {
  test('an arrow key on the list moves nothing: it only asks', async () => {
    const moves: string[] = [];
    render(<MoveClip companies={[company('a', 'Alfa AS'), company('b', 'Beta AB')]} currentCompanyId="a" clipTitle="Ad" onMove={(id) => moves.push(id)} />);
    const select = screen.getByRole('combobox', { name: 'Move to company' });
    fireEvent.keyDown(select, { key: 'ArrowDown' });
    await choose(select, 'b');
    expect(moves).toEqual([]);
    expect(await screen.findByText('Move “Ad” to “Beta AB”?')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(moves).toEqual([]);
  });
});

describe('the popup dashboard', () => {
  test('shows the tab’s company and the three newest others, with their readiness, and counts the rest', async () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ ...company(`x${i}`, `Bedrift ${i} AS`), updatedAt: 100 + i }));
    await db.companies.bulkAdd(many);
    await db.notes.add({ id: 'n1', companyId: 'x11', promptId: 'vision', kind: 'answer', text: 'Ren kraft', createdAt: 1, updatedAt: 1 });
    const store = createBoardStore({ clipActiveTab: () => Promise.reject(new Error('unused')) }, { routing: 'memory' });
    store.open({ name: 'company', companyId: 'a' });
    render(<Board db={db} store={store} layout="popup" surfaces={{ openBoard: () => undefined }} />);
    await screen.findByRole('heading', { name: /Alfa AS/ });
    const rows = [...document.querySelectorAll('.company-list .name')].map((name) => name.textContent);
    expect(rows).toEqual(['Bedrift 11 AS', 'Bedrift 10 AS', 'Bedrift 9 AS']);
    expect(document.querySelector('.company-list li')?.textContent).toMatch(/1 of \d+ prompts answered/);
    // 14 companies: the tab's own and three shown leave the full board's list to show all 13 others.
    expect(screen.getByRole('button', { name: 'All 13 companies' })).toBeTruthy();
  });
});
