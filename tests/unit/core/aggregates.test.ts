// @vitest-environment node
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { saveCapture } from '../../../core/capture/save-capture';
import { aggregatesOf, evidenceOf } from '../../../core/company/aggregates';
import { correctJobAd, mergeCompanies, moveClip } from '../../../core/company/actions';
import { listCompanies, loadCompanyPage } from '../../../core/db/queries';
import { RoundTwoDB } from '../../../core/db/schema';
import { evidenceKey, topEvidence, type ClipHits, type EvidenceHit } from '../../../core/evidence';
import type { CapturedPage, Clip, JobAd } from '../../../core/model';
import { loadPrepBoard } from '../../../core/notes';

let db: RoundTwoDB;

beforeEach(() => {
  db = new RoundTwoDB(`test-${crypto.randomUUID()}`);
});

afterEach(async () => {
  await db.delete();
});

function page(url: string, title: string, text: string, jsonLd: CapturedPage['jsonLd'] = [], siteName = 'Nordlys Energi'): CapturedPage {
  return {
    pageUrl: url,
    metadata: { canonicalUrl: url, title, siteName, lang: 'nb' },
    method: 'readability',
    contentHtml: `<p>${text}</p>`,
    textContent: text,
    excerpt: text,
    blocks: [{ tag: 'p', text }],
    factBlocks: [],
    jsonLd,
    microdata: [],
    jsonLdErrors: 0,
    truncated: false,
    readabilityMs: 1,
  };
}

const posting = (title: string) => [
  { '@type': 'JobPosting', title, hiringOrganization: { '@type': 'Organization', name: 'Nordlys Energi AS', sameAs: 'https://nordlys-energi.no' }, description: 'Du får ansvar for driften.' },
];

describe('company aggregates kept with the clips', () => {
  test('saving clips keeps the count, the newest ad’s title and the last clip time on the company', async () => {
    await saveCapture(db, page('https://nordlys-energi.no/om-oss', 'Om oss', 'Vår visjon er ren kraft i nord.'), 1000);
    await saveCapture(db, page('https://nordlys-energi.no/jobb/1', 'Stilling', 'Vi søker en ingeniør.', posting('Driftsingeniør')), 2000);
    const [summary] = await listCompanies(db);
    expect(summary!.clipCount).toBe(2);
    expect(summary!.company.aggregates).toMatchObject({ clipCount: 2, role: 'Driftsingeniør', lastClippedAt: 2000 });
    expect(summary!.company.aggregates!.jobAdClipIds).toHaveLength(1);

    // Clipping the same page again changes no count, only the time.
    await saveCapture(db, page('https://nordlys-energi.no/om-oss', 'Om oss', 'Ny tekst.'), 3000);
    expect((await listCompanies(db))[0]!.company.aggregates).toMatchObject({ clipCount: 2, lastClippedAt: 3000 });
  });

  test('a corrected ad title becomes the role; moving and merging recount both companies', async () => {
    const ad = await saveCapture(db, page('https://nordlys-energi.no/jobb/1', 'Stilling', 'Vi søker.', posting('Driftsingeniør')), 1000);
    const other = await saveCapture(db, page('https://skogsjo.se/om', 'Om Skog & Sjø', 'Vi bygger hus av tre.', [], 'Skog & Sjø'), 2000);
    await correctJobAd(db, ad.clip.id, 'title', 'Driftsingeniør (vind)');
    expect((await db.companies.get(ad.company.id))!.aggregates!.role).toBe('Driftsingeniør (vind)');

    await moveClip(db, ad.clip.id, other.company.id, 3000);
    expect((await db.companies.get(ad.company.id))!.aggregates).toMatchObject({ clipCount: 0, jobAdClipIds: [] });
    expect((await db.companies.get(ad.company.id))!.aggregates!.role).toBeUndefined();
    expect((await db.companies.get(other.company.id))!.aggregates).toMatchObject({ clipCount: 2, role: 'Driftsingeniør (vind)' });

    await moveClip(db, ad.clip.id, ad.company.id, 4000);
    await mergeCompanies(db, other.company.id, ad.company.id, 5000);
    expect(await db.companies.count()).toBe(1);
    expect((await db.companies.get(ad.company.id))!.aggregates).toMatchObject({ clipCount: 2, role: 'Driftsingeniør (vind)' });
    expect(await db.companyEvidence.get(other.company.id)).toBeUndefined();
  });

  test('the company view reads a page of the newest clips and every job ad, however far down', async () => {
    const ad = await saveCapture(db, page('https://nordlys-energi.no/jobb/1', 'Stilling', 'Vi søker.', posting('Driftsingeniør')), 1000);
    for (let i = 0; i < 6; i += 1) await saveCapture(db, page(`https://nordlys-energi.no/side/${i}`, `Side ${i}`, `Tekst ${i}.`), 2000 + i);
    const view = await loadCompanyPage(db, ad.company.id, 3);
    expect(view.clips.map((clip) => clip.title)).toEqual(['Side 5', 'Side 4', 'Side 3']);
    expect(view.jobAds.map((clip) => clip.id)).toEqual([ad.clip.id]);
    expect(view.company!.aggregates!.clipCount).toBe(7);
  });
});

function clipWith(id: string, updatedAt: number, hits: EvidenceHit[]): Clip {
  return {
    id, companyId: 'a', url: `https://x.no/${id}`, pageUrl: `https://x.no/${id}`, title: id, domain: 'x.no', excerpt: '', method: 'readability',
    wordCount: 0, truncated: false, kind: 'company', evidence: hits, clippedAt: updatedAt, updatedAt,
  };
}

const hit = (promptId: string, sentence: string, score: number, blockIndex = 0): EvidenceHit => ({ promptId, sentence, score, blockIndex });

describe('the precomputed evidence of a company', () => {
  // 40 clips, each with sentences for two prompts; some sentences repeat across clips.
  const clips = Array.from({ length: 40 }, (_, i) =>
    clipWith(`c${i}`, i, [
      hit('vision', `Visjonen vår nummer ${i % 30} er ren kraft til alle.`, ((i * 37) % 100) / 10, i),
      hit('strategy', `Strategien ${i} handler om vekst i nord.`, ((i * 53) % 100) / 10),
    ]),
  );
  const everything: ClipHits[] = [...clips].reverse().map(({ id, url, evidence }) => ({ clipId: id, url, hits: evidence }));

  test('ranks to the same top sentences as every clip would, also after the user hides some', () => {
    const record = evidenceOf('a', clips, 20);
    expect(record.truncated.sort()).toEqual(['strategy', 'vision']);
    const kept = record.clips.flatMap(({ hits }) => hits).length;
    expect(kept).toBeLessThan(80);
    for (const promptId of ['vision', 'strategy']) {
      const full = topEvidence(everything, promptId, { dismissed: new Set() }, 5);
      const hidden = new Set(full.slice(0, 3).map((item) => item.key));
      expect(topEvidence(record.clips, promptId, { dismissed: new Set() }, 5)).toEqual(full);
      expect(topEvidence(record.clips, promptId, { dismissed: hidden }, 5)).toEqual(topEvidence(everything, promptId, { dismissed: hidden }, 5));
    }
    expect(record.sources.map((source) => source.clipId)).toEqual(record.clips.map((item) => item.clipId));
  });

  test('the board falls back to the clips when the user has hidden more than the record keeps', async () => {
    await db.companies.add({ id: 'a', name: 'A', domains: [], normNames: ['a'], status: 'researching', createdAt: 0, updatedAt: 0, aggregates: aggregatesOf(clips) });
    await db.clips.bulkAdd(clips);
    await db.companyEvidence.put(evidenceOf('a', clips));
    const full = topEvidence(everything, 'vision', { dismissed: new Set() }, 40);
    // Dismiss the 18 best vision sentences: only 2 of the 20 kept would be left.
    await db.notes.bulkAdd(
      full.slice(0, 18).map((item, i) => ({ id: `d${i}`, companyId: 'a', promptId: 'vision', kind: 'dismissed' as const, text: evidenceKey(item.sentence), createdAt: i, updatedAt: i })),
    );
    const board = await loadPrepBoard(db, 'a');
    const shown = topEvidence(board.clipsHits, 'vision', { dismissed: board.dismissedByPrompt.get('vision')! }, 5);
    expect(shown.map((item) => item.sentence)).toEqual(full.slice(18, 23).map((item) => item.sentence));
    expect(board.sources.size).toBe(40);
  });
});

describe('a new clip joins the aggregates without reading the company’s clips', () => {
  test('after many new clips the record equals one recomputed from every clip', async () => {
    const sentences = [
      'Vår visjon er ren kraft i nord for alle kunder.',
      'Strategien vår mot 2030 er å doble produksjonen av vindkraft.',
      'Vi søker en ingeniør som liker å ta ansvar for driften.',
      'Våre verdier er åpenhet, mot og respekt i alt vi gjør.',
      'Kundene har klaget på lange ventetider i kundeservice.',
    ];
    for (let i = 0; i < 30; i++) {
      const text = `${sentences[i % sentences.length]} ${sentences[(i * 3 + 1) % sentences.length]} Side ${i}.`;
      await saveCapture(db, page(`https://nordlys-energi.no/side/${i}`, `Side ${i}`, text, i % 7 === 0 ? posting(`Rolle ${i}`) : []), 1000 + i);
    }
    const company = (await db.companies.toArray())[0]!;
    const clips = await db.clips.where('companyId').equals(company.id).toArray();
    expect(company.aggregates).toEqual(aggregatesOf(clips));
    const kept = (await db.companyEvidence.get(company.id))!;
    const full = evidenceOf(company.id, clips);
    const top = (record: { clips: ClipHits[] }, promptId: string) => topEvidence(record.clips, promptId, { dismissed: new Set() }, 5).map((item) => item.key);
    expect(top(full, 'vision').length).toBeGreaterThan(0);
    for (const promptId of ['vision', 'strategy', 'values', 'do-better', 'key-qualities']) expect(top(kept, promptId)).toEqual(top(full, promptId));
  });
});
