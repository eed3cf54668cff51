import { describe, expect, test } from 'vitest';
import { evaluateIdentity } from '../../fixtures/companies/identity-eval';
import { tunedIdentityCases } from '../../fixtures/companies/identity-table';

/**
 * Pages in the layouts of real boards, ATSs and company sites, read as a tab is
 * read: the company the clip lands in, and the ad's title, place and deadline.
 */
const tuned = tunedIdentityCases();

describe('the identity set (tuned)', () => {
  test('holds at least 10 job ads and 6 company pages without site-name data', () => {
    expect(tuned.filter((c) => c.kind === 'job-ad').length).toBeGreaterThanOrEqual(10);
    expect(tuned.filter((c) => c.kind === 'company').length).toBeGreaterThanOrEqual(6);
  });

  test.each(tuned.map((c) => [c.name, c] as const))('%s: employer, title, place and deadline right', (_name, c) => {
    const { ok, got } = evaluateIdentity(c);
    expect(got.company, 'the company it lands in').toSatisfy(() => ok.company);
    if (c.jobAd) expect({ title: got.title, place: ok.place, deadline: got.deadline }).toEqual({ title: c.jobAd.title, place: true, deadline: c.jobAd.validThrough });
  });
});
