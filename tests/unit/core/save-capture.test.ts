// @vitest-environment node
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { saveCapture } from '../../../core/capture/save-capture';
import { RoundTwoDB } from '../../../core/db/schema';
import { listCompanies } from '../../../core/db/queries';
import type { CapturedPage } from '../../../core/model';

let db: RoundTwoDB;

beforeEach(() => {
  db = new RoundTwoDB(`test-${crypto.randomUUID()}`);
});

afterEach(async () => {
  await db.delete();
});

function captured(url: string, overrides: Partial<CapturedPage> = {}): CapturedPage {
  return {
    pageUrl: url,
    metadata: { canonicalUrl: url, title: 'Om oss', siteName: 'Nordlys Energi', lang: 'nb' },
    method: 'readability',
    contentHtml: '<p>Vår visjon er ren kraft.</p>',
    textContent: 'Vår visjon er ren kraft.',
    excerpt: 'Vår visjon er ren kraft.',
    blocks: [{ tag: 'p', text: 'Vår visjon er ren kraft.' }],
    factBlocks: [],
    jsonLd: [],
    microdata: [],
    jsonLdErrors: 0,
    truncated: false,
    readabilityMs: 1,
    ...overrides,
  };
}

describe('storing a clip', () => {
  test('a new page creates its company and one clip with a word count', async () => {
    const { clip, company, updated } = await saveCapture(db, captured('https://www.nordlys-energi.no/om-oss'), 1000);
    expect(updated).toBe(false);
    expect(company).toMatchObject({ name: 'Nordlys Energi', domains: ['nordlys-energi.no'], status: 'researching' });
    expect(clip).toMatchObject({ companyId: company.id, title: 'Om oss', wordCount: 5, clippedAt: 1000 });
    expect(await db.clips.count()).toBe(1);
  });

  test('clipping the same page again updates that clip and keeps what the user wrote', async () => {
    const first = await saveCapture(db, captured('https://nordlys-energi.no/om-oss'), 1000);
    await db.clips.update(first.clip.id, { userNote: 'Ask about the 2030 plan' });
    const again = await saveCapture(
      db,
      captured('https://nordlys-energi.no/om-oss#visjon', { textContent: 'Ny tekst om strategi.', metadata: { canonicalUrl: 'https://nordlys-energi.no/om-oss', title: 'Om oss – ny' } }),
      2000,
    );
    expect(again.updated).toBe(true);
    expect(again.clip.id).toBe(first.clip.id);
    expect(await db.clips.count()).toBe(1);
    const stored = await db.clips.get(first.clip.id);
    expect(stored).toMatchObject({ title: 'Om oss – ny', userNote: 'Ask about the 2030 plan', clippedAt: 1000, updatedAt: 2000 });
  });

  test('pages from the same site land in one company', async () => {
    await saveCapture(db, captured('https://nordlys-energi.no/om-oss'));
    await saveCapture(db, captured('https://www.nordlys-energi.no/strategi'));
    const companies = await listCompanies(db);
    expect(companies).toHaveLength(1);
    expect(companies[0]?.clipCount).toBe(2);
  });

  test('the same organisation seen on a second site is recognised by its name', async () => {
    await saveCapture(db, captured('https://nordlys-energi.no/om-oss', { jsonLd: [{ '@type': 'Organization', name: 'Nordlys Energi AS' }] }));
    await saveCapture(db, captured('https://nordlysenergi.com/en/about', { metadata: { canonicalUrl: 'https://nordlysenergi.com/en/about', title: 'About', siteName: 'Nordlys Energi' } }));
    const companies = await db.companies.toArray();
    expect(companies).toHaveLength(1);
    expect(companies[0]?.domains).toEqual(['nordlys-energi.no', 'nordlysenergi.com']);
  });

  test('a company list is ordered by the latest research', async () => {
    await saveCapture(db, captured('https://nordlys-energi.no/'), 1000);
    await saveCapture(db, captured('https://skogsjo.se/', { metadata: { canonicalUrl: 'https://skogsjo.se/', title: 'Hem', siteName: 'Skog & Sjø' } }), 2000);
    expect((await listCompanies(db)).map((s) => s.company.name)).toEqual(['Skog & Sjø', 'Nordlys Energi']);
  });
});

describe('which company a clip belongs to', () => {
  test('an Organization stated on a page names the company its site was guessed for', async () => {
    await saveCapture(db, captured('https://nordlys-energi.no/', { metadata: { canonicalUrl: 'https://nordlys-energi.no/', title: 'Hjem' } }));
    expect((await db.companies.toArray()).map((c) => c.name)).toEqual(['Nordlys-energi']);
    await saveCapture(db, captured('https://nordlys-energi.no/om', { jsonLd: [{ '@type': 'Organization', name: 'Nordlys Energi AS' }] }));
    expect((await db.companies.toArray()).map((c) => c.name)).toEqual(['Nordlys Energi AS']);
  });

  test('two organisations stated on one host stay two companies', async () => {
    await saveCapture(db, captured('https://portal.example.no/a', { jsonLd: [{ '@type': 'Organization', name: 'Nordlys Energi AS' }] }));
    await saveCapture(db, captured('https://portal.example.no/b', { jsonLd: [{ '@type': 'Organization', name: 'Skog og Sjø AS' }] }));
    expect(await db.companies.count()).toBe(2);
  });

  test('pages on an IP address are grouped by what they say, not by the address', async () => {
    await saveCapture(db, captured('http://127.0.0.1:8080/a', { metadata: { canonicalUrl: 'http://127.0.0.1:8080/a', title: 'A', siteName: 'Fjordlaks' } }));
    await saveCapture(db, captured('http://127.0.0.1:8080/b', { metadata: { canonicalUrl: 'http://127.0.0.1:8080/b', title: 'B', siteName: 'Nordlys Energi' } }));
    const companies = await db.companies.toArray();
    expect(companies.map((c) => c.name).sort()).toEqual(['Fjordlaks', 'Nordlys Energi']);
    expect(companies.every((c) => c.domains.length === 0)).toBe(true);
  });
});

describe('job ads and companies', () => {
  const posting = {
    '@type': 'JobPosting',
    title: 'Driftsingeniør vindkraft',
    description: '<p>Nordlys Energi søker en driftsingeniør.</p>',
    datePosted: '2026-11-01',
    validThrough: '2026-12-15',
    hiringOrganization: { '@type': 'Organization', name: 'Nordlys Energi AS', sameAs: 'https://www.nordlys-energi.no' },
    jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Tromsø', addressCountry: 'NO' } },
  };

  test('an ad on a job board belongs to its employer, never to the board', async () => {
    const ad = captured('https://www.finn.no/job/fulltime/ad.html?finnkode=123', {
      metadata: { canonicalUrl: 'https://www.finn.no/job/fulltime/ad.html?finnkode=123', title: 'Driftsingeniør', siteName: 'FINN.no' },
      jsonLd: [{ '@type': 'Organization', name: 'FINN.no AS' }, posting],
    });
    const { clip, company } = await saveCapture(db, ad);
    expect(clip.kind).toBe('job-ad');
    expect(clip.jobAd?.title).toBe('Driftsingeniør vindkraft');
    expect(company.name).toBe('Nordlys Energi AS');
    expect(company.domains).toEqual(['nordlys-energi.no']);
  });

  test('the board ad and the company’s own page land in one company', async () => {
    await saveCapture(db, captured('https://www.finn.no/job/1', { metadata: { canonicalUrl: 'https://www.finn.no/job/1', title: 'Ad', siteName: 'FINN.no' }, jsonLd: [posting] }));
    await saveCapture(db, captured('https://nordlys-energi.no/om-oss', { metadata: { canonicalUrl: 'https://nordlys-energi.no/om-oss', title: 'Om oss', siteName: 'Nordlys Energi' } }));
    const companies = await listCompanies(db);
    expect(companies.map((c) => [c.company.name, c.clipCount])).toEqual([['Nordlys Energi AS', 2]]);
  });

  test('scores the page’s sentences against the prompts when it is stored', async () => {
    const { clip } = await saveCapture(
      db,
      captured('https://nordlys-energi.no/strategi', {
        blocks: [
          { tag: 'h2', text: 'Vår visjon' },
          { heading: 'Vår visjon', tag: 'p', text: 'Vår visjon er å gjøre Nord-Norge selvforsynt med fornybar energi innen 2035.' },
        ],
      }),
    );
    expect(clip.kind).toBe('company');
    expect(clip.evidence.find((hit) => hit.promptId === 'vision')?.sentence).toContain('selvforsynt med fornybar energi');
  });

  test('a re-clip keeps the user’s corrections to the job ad', async () => {
    const url = 'https://www.finn.no/job/1';
    const page = captured(url, { metadata: { canonicalUrl: url, title: 'Ad', siteName: 'FINN.no' }, jsonLd: [posting] });
    const { clip } = await saveCapture(db, page);
    await db.clips.update(clip.id, { jobAdCorrections: { title: 'Driftsingeniør (vind)' } });
    await saveCapture(db, page);
    expect((await db.clips.get(clip.id))?.jobAdCorrections).toEqual({ title: 'Driftsingeniør (vind)' });
  });
});

describe('names that only guess', () => {
  test('two sites that both call themselves "Karriere" stay two companies', async () => {
    await saveCapture(db, captured('https://jobb.delta.no/', { metadata: { canonicalUrl: 'https://jobb.delta.no/', title: 'Jobb', siteName: 'Karriere' } }));
    await saveCapture(db, captured('https://karriere.fjordlaks.no/', { metadata: { canonicalUrl: 'https://karriere.fjordlaks.no/', title: 'Jobb', siteName: 'Karriere' } }));
    expect(await db.companies.count()).toBe(2);
  });

  test('after a rename, the next ad from the same employer still finds the company', async () => {
    const ad = (n: number) =>
      captured(`https://www.finn.no/job/${n}`, {
        metadata: { canonicalUrl: `https://www.finn.no/job/${n}`, title: 'Ad', siteName: 'FINN.no' },
        jsonLd: [{ '@type': 'JobPosting', title: `Stilling ${n}`, description: 'x', hiringOrganization: { '@type': 'Organization', name: 'Nordlys Energi AS' } }],
      });
    const { company } = await saveCapture(db, ad(1));
    const { renameCompany } = await import('../../../core/company/actions');
    await renameCompany(db, company.id, 'Nordlys (Tromsø)');
    const second = await saveCapture(db, ad(2));
    expect(second.company.id).toBe(company.id);
    expect(second.company.name).toBe('Nordlys (Tromsø)');
  });
});
