import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { companyPagesJoinAds, newsFiledWithEmployer } from '../../fixtures/companies/identity-join';

/**
 * Pages of different sites that must form one company as stored: a company page saved after its
 * employer's ad, and news filed with the employer it names (with a reason, the news site never a
 * company). Cases moved in from a held-out set name the check they still fail (`knownMisses`:
 * `join` or `filed`); every other case must hold. `npx tsx scripts/jobad-accuracy.ts` prints them.
 */
const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

describe('company pages and news join their employer (tuned)', () => {
  // Measured with v1–v9 in: joins 71/73, news 65/67 (v9's two of each named in knownMisses); after v9's employer
  // classes (a label ending in 'name', the board's card 'About the employer', initials spelled): joins 73/73, news 66/67;
  // after a digest's employer and a venue's first words ending in a word of place ('Charlbury Park'): news 67/67.
  // With v10 in, before any fix for it: joins 80/81, news 69/75 (v10's one join and five filings named in knownMisses,
  // and an earlier Tidewell Energy article, now filed with v10's start-up whose ad reads its employer as the bare brand
  // 'Tidewell'). After v10's employer classes (the name in full over a brand, a short form in brackets, a heading's
  // parts no employer) and a venue's kind ('Hotell') not its word: joins 81/81, news 73/75 (the two Tidewell articles,
  // now that two researched firms open with 'Tidewell', file with neither: a shared first word decides nothing).
  // With v11 in, before any fix for it: joins 88/89, news 79/83 (v11's one join and two filings named in knownMisses).
  // After v11's employer classes (a footer's name marked by a charity number, a harbour's logo giving way to the body that
  // runs it): joins 89/89, news 80/83; a recruiting platform's page not read as an ad belonging to the tenant its title names
  // (not the platform): news 81/83 (the trade paper's article on Cardinal Ridge files with it).
  // With v12 in, before any fix for it: joins 95/97, news 87/91 (v12's two joins and two filings named in knownMisses).
  // After v12's employer classes (the agency's client by its label, a feed's page card, an imprint's legal name with the
  // brand kept as its alternate name) and a reporter's dated byline making an article at any address: joins 97/97,
  // news 89/91; two researched firms that share the first word an article uses alone told apart by the words their
  // own pages share with it (news-tiebreak.ts): news 91/91, the two Tidewell articles filed with their own firm.
  test('every company page lands with its employer\'s ad', async () => {
    const results = await companyPagesJoinAds(FIXTURES);
    expect(results.length).toBeGreaterThanOrEqual(97);
    expect(results.filter((r) => !r.ok && !r.known).map((r) => `${r.name}: ${r.detail}`)).toEqual([]);
    expect(results.filter((r) => r.known).length, 'known join misses do not grow').toBeLessThanOrEqual(0);
    // The first of the two checks saves the whole set (about 450 pages, each analysed as a capture is).
  }, 300_000);

  test('every news article is filed with the employer it names', async () => {
    const results = await newsFiledWithEmployer(FIXTURES);
    expect(results.length).toBeGreaterThanOrEqual(91);
    expect(results.filter((r) => !r.ok && !r.known).map((r) => `${r.name}: ${r.detail}`)).toEqual([]);
    expect(results.filter((r) => r.known).length, 'known news misses do not grow').toBeLessThanOrEqual(0);
  }, 300_000);
});
