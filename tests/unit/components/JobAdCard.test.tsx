import { render, screen } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { setLanguage } from '../../../components/i18n';
import { JobAdCard } from '../../../components/JobAdCard';
import type { Clip, CompanyStatus } from '../../../core/model';

const clip = {
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
  jobAd: {
    title: 'Driftsingeniør vindkraft',
    locations: [{ city: 'Tromsø', country: 'NO' }],
    employmentType: [],
    validThrough: '2020-01-15',
    requirements: { must: ['Elkraft'], nice: [] },
    responsibilities: [],
    sources: { title: 'json-ld', validThrough: 'json-ld', locations: 'heuristic' },
  },
} as unknown as Clip;

function card(status: CompanyStatus) {
  return render(<JobAdCard clip={clip} status={status} onCorrect={() => undefined} />);
}

describe('the job-ad card', () => {
  test('warns about a passed deadline only while the user is still researching', () => {
    const { unmount } = card('researching');
    expect(document.body.textContent).toContain('deadline passed');
    unmount();
    card('interview2');
    expect(document.body.textContent).not.toContain('deadline passed');
  });

  test('dates and countries are in the user’s language', async () => {
    await setLanguage('nb');
    card('interview2');
    const text = document.body.textContent ?? '';
    expect(text).toContain('15. januar 2020');
    expect(text).toContain('Tromsø, Norge');
    await setLanguage('browser');
  });

  test('says once, in a legend, what the quiet source markers mean', () => {
    card('interview2');
    expect(screen.getByText('Where each field came from:')).toBeTruthy();
    expect(document.querySelectorAll('.source-legend .source')).toHaveLength(3);
  });
});
