import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { SearchBox } from '../../../components/search/SearchBox';
import { renameCompany } from '../../../core/company/actions';
import { saveAnswer } from '../../../core/notes';
import { seed } from '../backup/seed';
import { useTestDb } from '../notes/db';

const db = useTestDb();

describe('the search box', () => {
  test('finds a clip and an answer typed without Nordic letters, grouped by company, and opens them', async () => {
    const { nordlys, skogsjo } = await seed(db());
    const onOpen = vi.fn();
    render(<SearchBox db={db()} onOpen={onOpen} />);
    const box = screen.getByRole('searchbox', { name: 'Search your research' });
    fireEvent.input(box, { target: { value: 'umea' } });
    const hit = await screen.findByRole('button', { name: /Om Skogsjö/ });
    await screen.findByRole('heading', { name: 'Skogsjö Trä' });
    fireEvent.click(hit);
    expect(onOpen).toHaveBeenCalledWith({ type: 'clip', key: skogsjo.clip.id, companyId: skogsjo.company.id });

    fireEvent.input(box, { target: { value: 'kraftmarked' } });
    fireEvent.click(await screen.findByRole('button', { name: /Answer.*Jeg kjenner kraftmarkedet/ }));
    expect(onOpen).toHaveBeenLastCalledWith({ type: 'note', key: expect.any(String), companyId: nordlys.company.id, place: 'why-you', kind: 'answer' });
  });

  test('shows what changed while it is open, and says when nothing is found', async () => {
    const { nordlys } = await seed(db());
    render(<SearchBox db={db()} onOpen={() => undefined} />);
    const box = screen.getByRole('searchbox');
    fireEvent.input(box, { target: { value: 'hammerfest' } });
    await screen.findByText('Nothing found for “hammerfest”.');
    await saveAnswer(db(), nordlys.company.id, 'career-goals', 'Lede et team i Hammerfest.');
    await screen.findByRole('button', { name: /Lede et team i Hammerfest/ });
    await renameCompany(db(), nordlys.company.id, 'Nordlys Kraft AS');
    await screen.findByRole('heading', { name: 'Nordlys Kraft AS' });
  });
});
