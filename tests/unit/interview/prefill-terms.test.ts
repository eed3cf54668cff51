// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { JobAd } from '../../../core/jobad/types';
import { mergePrefill, prefillTerms, type TermWording } from '../../../core/interview/prefill-terms';

const wording: TermWording = {
  salary: (s) => `${s.min}–${s.max} ${s.currency}/${s.period}`,
  employment: (type) => ({ FULL_TIME: 'full time', PART_TIME: 'part time' })[type as 'FULL_TIME'] ?? type,
  remote: (mode) => mode,
};

const ad: JobAd = {
  title: 'Driftsingeniør vindkraft',
  locations: [{ city: 'Tromsø', country: 'NO' }],
  remote: 'hybrid',
  employmentType: ['FULL_TIME'],
  salary: { min: 620000, max: 740000, currency: 'NOK', period: 'year' },
  requirements: { must: [], nice: [] },
  responsibilities: [],
  sources: {},
};

const value = (terms: ReturnType<typeof prefillTerms>, key: string) => terms.find((t) => t.key === key);

describe('terms prefilled from the job ad', () => {
  it('fills salary, hours, place and remote work from what the ad states, and leaves the rest open', () => {
    const terms = prefillTerms(ad, undefined, wording);
    expect(terms.map((t) => t.key)).toEqual(['salary', 'hours', 'start', 'place', 'remote', 'pension', 'notice']);
    expect(value(terms, 'salary')).toEqual({ key: 'salary', value: '620000–740000 NOK/year', fromAd: true, settled: false });
    expect(value(terms, 'hours')?.value).toBe('full time');
    expect(value(terms, 'place')?.value).toBe('Tromsø, NO');
    expect(value(terms, 'remote')?.value).toBe('hybrid');
    expect(value(terms, 'start')).toEqual({ key: 'start', value: '', fromAd: false, settled: false });
    expect(value(terms, 'pension')?.fromAd).toBe(false);
  });

  it('the user’s corrections of the ad win over the page', () => {
    const terms = prefillTerms(ad, { salary: 'from 700 000', location: 'Harstad' }, wording);
    expect(value(terms, 'salary')?.value).toBe('from 700 000');
    expect(value(terms, 'place')?.value).toBe('Harstad');
  });

  it('an ad that states nothing fills nothing', () => {
    const bare: JobAd = { ...ad, locations: [], employmentType: [], salary: undefined, remote: undefined } as unknown as JobAd;
    delete (bare as Partial<JobAd>).salary;
    delete (bare as Partial<JobAd>).remote;
    expect(prefillTerms(bare, undefined, wording).every((t) => t.value === '' && !t.fromAd)).toBe(true);
  });

  it('never overwrites what the user wrote or settled', () => {
    const mine = [
      { key: 'salary' as const, value: 'asked for 760 000', fromAd: false, settled: false },
      { key: 'place' as const, value: '', fromAd: false, settled: true },
    ];
    const merged = mergePrefill(mine, prefillTerms(ad, undefined, wording));
    expect(value(merged, 'salary')?.value).toBe('asked for 760 000');
    expect(value(merged, 'place')).toEqual({ key: 'place', value: '', fromAd: false, settled: true });
    expect(value(merged, 'hours')?.value).toBe('full time');
  });
});
