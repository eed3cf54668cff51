import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { rowOf } from '../../../components/board/company-rows';
import { CompanyList } from '../../../components/CompanyList';
import type { Clip, Company, Note } from '../../../core/model';

const company: Company = {
  id: 'co1',
  name: 'Nordlys Energi',
  domains: ['nordlys-energi.no'],
  normNames: ['nordlys energi'],
  status: 'interview2',
  createdAt: 0,
  updatedAt: 0,
};

const ad = {
  id: 'c1',
  companyId: 'co1',
  url: 'https://finn.no/ad',
  pageUrl: 'https://finn.no/ad',
  title: 'Ad',
  domain: 'finn.no',
  excerpt: '',
  method: 'readability',
  wordCount: 10,
  truncated: false,
  kind: 'job-ad',
  evidence: [],
  clippedAt: 0,
  updatedAt: 0,
  jobAd: { title: 'Driftsingeniør vindkraft' },
  jobAdCorrections: { title: 'Driftsingeniør (vind)' },
} as unknown as Clip;

const answer: Note = { id: 'n1', companyId: 'co1', promptId: 'vision', kind: 'answer', text: 'Clean power', createdAt: 1, updatedAt: 1 };

describe('the company list', () => {
  test('invites a new user to clip their first page', () => {
    render(<CompanyList companies={[]} onOpen={() => undefined} />);
    expect(screen.getByText(/No research yet/)).toBeTruthy();
  });

  test('each row shows the status, the role applied for, readiness and the next interview, and opens the company', () => {
    const onOpen = vi.fn();
    const row = rowOf(company, [ad], [answer], [{ id: 'i1', companyId: 'co1', round: 2, when: '2999-03-04', createdAt: 0 }]);
    render(<CompanyList companies={[row]} onOpen={onOpen} />);
    const button = screen.getByRole('button', { name: /Nordlys Energi/ });
    expect(button.textContent).toContain('Second interview');
    expect(button.textContent).toContain('Driftsingeniør (vind)');
    expect(button.textContent).toMatch(/1 of \d+ prompts answered/);
    expect(button.textContent).toContain('Next interview: round 2, March 4, 2999');
    fireEvent.click(button);
    expect(onOpen).toHaveBeenCalledWith('co1');
  });

  test('a company without an interview date shows how much was clipped instead', () => {
    render(<CompanyList companies={[rowOf({ ...company, status: 'researching' }, [ad, { ...ad, id: 'c2' }], [], [])]} onOpen={() => undefined} />);
    const text = screen.getByRole('button').textContent ?? '';
    expect(text).toContain('Researching');
    expect(text).toContain('2 clips');
  });
});
