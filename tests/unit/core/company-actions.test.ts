// @vitest-environment node
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { correctJobAd, mergeCompanies, moveClip, renameCompany, setCompanyStatus } from '../../../core/company/actions';
import { RoundTwoDB } from '../../../core/db/schema';
import type { Clip, Company, Note } from '../../../core/model';

let db: RoundTwoDB;

function company(id: string, name: string, domains: string[]): Company {
  return { id, name, domains, normNames: [name.toLowerCase()], status: 'researching', createdAt: 0, updatedAt: 0 };
}

function clip(id: string, companyId: string): Clip {
  return {
    id, companyId, url: `https://x.no/${id}`, pageUrl: `https://x.no/${id}`, title: id, domain: 'x.no', excerpt: '', method: 'readability',
    wordCount: 0, truncated: false, kind: 'company', evidence: [], clippedAt: 0, updatedAt: 0,
  };
}

function note(id: string, companyId: string, clipId?: string): Note {
  return { id, companyId, promptId: 'vision', kind: 'pin', text: 'x', clipId, createdAt: 0, updatedAt: 0 };
}

beforeEach(async () => {
  db = new RoundTwoDB(`test-${crypto.randomUUID()}`);
  await db.companies.bulkAdd([company('a', 'Nordlys Energi AS', ['nordlys-energi.no']), company('b', 'Nordlys', ['nordlys.com'])]);
  await db.clips.bulkAdd([clip('c1', 'a'), clip('c2', 'b'), clip('c3', 'b')]);
  await db.notes.bulkAdd([note('n1', 'b', 'c2'), note('n2', 'b')]);
});

afterEach(async () => {
  await db.delete();
});

describe('the user shaping their companies', () => {
  test('merging moves every clip and note, joins the domains and removes the emptied company', async () => {
    await mergeCompanies(db, 'b', 'a');
    expect(await db.companies.count()).toBe(1);
    expect((await db.companies.get('a'))?.domains).toEqual(['nordlys-energi.no', 'nordlys.com']);
    expect((await db.clips.toArray()).every((c) => c.companyId === 'a')).toBe(true);
    expect((await db.notes.toArray()).every((n) => n.companyId === 'a')).toBe(true);
  });

  test('moving a clip takes the notes that cite it along', async () => {
    await moveClip(db, 'c2', 'a');
    expect((await db.clips.get('c2'))?.companyId).toBe('a');
    expect((await db.notes.get('n1'))?.companyId).toBe('a');
    expect((await db.notes.get('n2'))?.companyId).toBe('b');
  });

  test('a rename is the user’s: it is marked so automatic naming leaves it alone', async () => {
    await renameCompany(db, 'b', '  Nordlys   Energi Sverige ');
    expect(await db.companies.get('b')).toMatchObject({ name: 'Nordlys Energi Sverige', nameSetByUser: true, normNames: ['nordlys energi sverige', 'nordlysenergisverige', 'nordlys'] });
    await renameCompany(db, 'b', '   ');
    expect((await db.companies.get('b'))?.name).toBe('Nordlys Energi Sverige');
  });

  test('the status follows the application', async () => {
    await setCompanyStatus(db, 'a', 'interview2');
    expect((await db.companies.get('a'))?.status).toBe('interview2');
  });

  test('a job-ad correction is stored, and clearing it brings back what the page said', async () => {
    await correctJobAd(db, 'c1', 'title', 'Driftsingeniør');
    expect((await db.clips.get('c1'))?.jobAdCorrections).toEqual({ title: 'Driftsingeniør' });
    await correctJobAd(db, 'c1', 'title', ' ');
    expect((await db.clips.get('c1'))?.jobAdCorrections).toEqual({});
  });
});

describe('merging companies that both have answers', () => {
  test('answers to the same prompt are joined into one, so neither is hidden', async () => {
    await db.notes.bulkAdd([
      { id: 'a1', companyId: 'a', promptId: 'vision', kind: 'answer', text: 'Ren kraft i nord.', createdAt: 0, updatedAt: 0 },
      { id: 'b1', companyId: 'b', promptId: 'vision', kind: 'answer', text: 'Selvforsynt innen 2035.', createdAt: 0, updatedAt: 0 },
      { id: 'b2', companyId: 'b', promptId: 'strategy', kind: 'answer', text: 'Tre satsingsområder.', createdAt: 0, updatedAt: 0 },
    ]);
    await mergeCompanies(db, 'b', 'a');
    const answers = (await db.notes.toArray()).filter((note) => note.kind === 'answer');
    expect(answers.map((n) => [n.promptId, n.text]).sort()).toEqual([
      ['strategy', 'Tre satsingsområder.'],
      ['vision', 'Ren kraft i nord.\n\nSelvforsynt innen 2035.'],
    ]);
  });
});
