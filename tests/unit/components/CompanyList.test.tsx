import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { rowOf } from '../../../components/board/company-rows';
import { CompanyList } from '../../../components/CompanyList';
import type { Company, Note } from '../../../core/model';

const company: Company = {
  id: 'co1',
  name: 'Nordlys Energi',
  domains: ['nordlys-energi.no'],
  normNames: ['nordlys energi'],
  status: 'interview2',
  createdAt: 0,
  updatedAt: 0,
  // Kept on the record in the same transaction as every clip change: the list reads no clip.
  aggregates: { clipCount: 1, role: 'Driftsingeniør (vind)', jobAdClipIds: ['c1'] },
};

const answer: Note = { id: 'n1', companyId: 'co1', promptId: 'vision', kind: 'answer', text: 'Clean power', createdAt: 1, updatedAt: 1 };

describe('the company list', () => {
  test('invites a new user to clip their first page', () => {
    render(<CompanyList companies={[]} onOpen={() => undefined} />);
    expect(screen.getByText(/No research yet/)).toBeTruthy();
  });

  test('each row shows the status, the role applied for, readiness and the next interview, and opens the company', () => {
    const onOpen = vi.fn();
    const row = rowOf(company, [answer], [{ id: 'i1', companyId: 'co1', round: 2, when: '2999-03-04', createdAt: 0 }]);
    render(<CompanyList companies={[row]} onOpen={onOpen} />);
    const button = screen.getByRole('button', { name: /Nordlys Energi/ });
    expect(button.textContent).toContain('Second interview');
    expect(button.textContent).toContain('Driftsingeniør (vind)');
    expect(button.textContent).toMatch(/1 of \d+ prompts answered/);
    expect(button.textContent).toContain('Next interview: round 2, March 4, 2999');
    fireEvent.click(button);
    expect(onOpen).toHaveBeenCalledWith('co1');
  });

  test('a long list shows a page of companies and the next page on request', () => {
    const many = Array.from({ length: 70 }, (_, i) => rowOf({ ...company, id: `co${i}`, name: `Company ${i}` }, [], []));
    render(<CompanyList companies={many} onOpen={() => undefined} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(30);
    fireEvent.click(screen.getByRole('button', { name: 'Show more (30 of 70 shown)' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(60);
    fireEvent.click(screen.getByRole('button', { name: 'Show more (60 of 70 shown)' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(70);
    expect(screen.getByRole('button', { name: /Company 69/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Show more/ })).toBeNull();
  });

  test('a company without an interview date shows how much was clipped instead', () => {
    const researching: Company = { ...company, status: 'researching', aggregates: { clipCount: 2, jobAdClipIds: [] } };
    render(<CompanyList companies={[rowOf(researching, [], [])]} onOpen={() => undefined} />);
    const text = screen.getByRole('button').textContent ?? '';
    expect(text).toContain('Researching');
    expect(text).toContain('2 clips');
  });
});
