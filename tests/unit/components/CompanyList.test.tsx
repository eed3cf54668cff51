import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { CompanyList } from '../../../components/CompanyList';
import type { Company } from '../../../core/model';

const company: Company = {
  id: 'co1',
  name: 'Nordlys Energi',
  domains: ['nordlys-energi.no'],
  normNames: ['nordlys energi'],
  status: 'researching',
  createdAt: 0,
  updatedAt: 0,
};

describe('the company list', () => {
  test('invites a new user to clip their first page', () => {
    render(<CompanyList companies={[]} onOpen={() => undefined} />);
    expect(screen.getByText(/No research yet/)).toBeTruthy();
  });

  test('lists each company with its site and number of clips, and opens it', () => {
    const onOpen = vi.fn();
    render(<CompanyList companies={[{ company, clipCount: 3 }]} onOpen={onOpen} />);
    const row = screen.getByRole('button', { name: /Nordlys Energi/ });
    expect(row.textContent).toContain('nordlys-energi.no');
    expect(row.textContent).toContain('3 clips');
    fireEvent.click(row);
    expect(onOpen).toHaveBeenCalledWith('co1');
  });

  test('a long list shows a page of companies and the next page on request', () => {
    const many = Array.from({ length: 70 }, (_, i) => ({ company: { ...company, id: `co${i}`, name: `Company ${i}` }, clipCount: i }));
    render(<CompanyList companies={many} onOpen={() => undefined} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(30);
    fireEvent.click(screen.getByRole('button', { name: 'Show more (30 of 70 shown)' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(60);
    fireEvent.click(screen.getByRole('button', { name: 'Show more (60 of 70 shown)' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(70);
    expect(screen.getByRole('button', { name: /Company 69/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Show more/ })).toBeNull();
  });
});
