// @vitest-environment node
import Dexie from 'dexie';
import { afterEach, describe, expect, test } from 'vitest';
import { listCompanies } from '../../../core/db/queries';
import { RoundTwoDB } from '../../../core/db/schema';
import type { Clip, ClipContent, Company, JobAd, Note } from '../../../core/model';
import { loadPrepBoard } from '../../../core/notes';
import { V1_STORES } from './released-stores';

const name = `upgrade-${crypto.randomUUID()}`;

afterEach(async () => {
  await Dexie.delete(name);
});


const ad: JobAd = { title: 'Driftsingeniør vindkraft', locations: [], employmentType: [], requirements: { must: [], nice: [] }, responsibilities: [], sources: { title: 'json-ld' } };

function company(id: string, name: string): Company {
  return { id, name, domains: [`${id}.no`], normNames: [name.toLowerCase()], status: 'interview2', createdAt: 1, updatedAt: 2 };
}

function clip(id: string, companyId: string, updatedAt: number, extra: Partial<Clip> = {}): Clip {
  return {
    id, companyId, url: `https://${companyId}.no/${id}`, pageUrl: `https://${companyId}.no/${id}`, title: `Side ${id}`, domain: `${companyId}.no`,
    excerpt: 'Utdrag', method: 'readability', wordCount: 120, truncated: false, kind: 'company', userNote: `Notat ${id}`,
    evidence: [{ promptId: 'vision', sentence: `Visjonen til ${companyId} i klipp ${id} er ren kraft.`, score: updatedAt / 10, blockIndex: 0 }],
    clippedAt: updatedAt, updatedAt, ...extra,
  };
}

const clips: Clip[] = [
  clip('a1', 'nordlys', 10),
  clip('a2', 'nordlys', 30, { kind: 'job-ad', jobAd: ad, jobAdCorrections: { title: 'Driftsingeniør (vind)' } }),
  clip('a3', 'nordlys', 20),
  clip('b1', 'skogsjo', 5),
];
const contents: ClipContent[] = clips.map(({ id }) => ({ id, contentHtml: `<p>${id}</p>`, textContent: id, blocks: [{ tag: 'p', text: id }], jsonLd: [] }));
const notes: Note[] = [
  { id: 'n1', companyId: 'nordlys', promptId: 'vision', kind: 'answer', text: 'Mitt svar om visjonen', createdAt: 1, updatedAt: 1 },
  { id: 'n2', companyId: 'nordlys', promptId: 'vision', kind: 'pin', text: 'Visjonen til nordlys i klipp a1 er ren kraft.', clipId: 'a1', createdAt: 2, updatedAt: 2 },
  { id: 'n3', companyId: 'skogsjo', promptId: 'do-better', kind: 'improvement', text: 'Treg nettside', idea: 'Raskere sider', area: 'digital', createdAt: 3, updatedAt: 3 },
];

/** A database as version 1 of the extension wrote it. */
async function writeVersion1(): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(V1_STORES);
  await v1.open();
  await v1.table('companies').bulkAdd([company('nordlys', 'Nordlys Energi AS'), company('skogsjo', 'Skog & Sjø AB'), company('tom', 'Tomt AS')]);
  await v1.table('clips').bulkAdd(clips);
  await v1.table('clipContents').bulkAdd(contents);
  await v1.table('notes').bulkAdd(notes);
  await v1.table('interviews').add({ id: 'i1', companyId: 'nordlys', round: 2, createdAt: 1 });
  v1.close();
}

describe('upgrading a database written by version 1', () => {
  test('keeps every clip, content, note and interview, and fills in each company’s aggregates and evidence', async () => {
    await writeVersion1();
    const db = new RoundTwoDB(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(3);

    expect(await db.clips.toArray()).toEqual(expect.arrayContaining(clips));
    expect(await db.clips.count()).toBe(clips.length);
    expect(await db.clipContents.toArray()).toEqual(expect.arrayContaining(contents));
    expect(await db.notes.toArray()).toEqual(expect.arrayContaining(notes));
    expect(await db.notes.count()).toBe(notes.length);
    expect(await db.interviews.get('i1')).toMatchObject({ companyId: 'nordlys', round: 2 });

    const list = await listCompanies(db);
    const byName = new Map(list.map((summary) => [summary.company.name, summary]));
    expect(byName.get('Nordlys Energi AS')!.company).toMatchObject({
      status: 'interview2',
      updatedAt: 2,
      aggregates: { clipCount: 3, role: 'Driftsingeniør (vind)', lastClippedAt: 30, jobAdClipIds: ['a2'] },
    });
    expect(byName.get('Skog & Sjø AB')!.company.aggregates).toEqual({ clipCount: 1, lastClippedAt: 5, jobAdClipIds: [] });
    expect(byName.get('Tomt AS')!.clipCount).toBe(0);

    // The new index pages a company's clips newest first.
    expect((await db.clips.where('[companyId+updatedAt]').between(['nordlys', 0], ['nordlys', Infinity]).reverse().primaryKeys())).toEqual(['a2', 'a3', 'a1']);

    const board = await loadPrepBoard(db, 'nordlys');
    expect(board.clipsHits.map((item) => item.clipId)).toEqual(['a2', 'a3', 'a1']);
    expect(board.notesByPrompt.get('vision')!.map((note) => note.text)).toEqual(['Mitt svar om visjonen', 'Visjonen til nordlys i klipp a1 er ren kraft.']);
    expect(board.sources.get('a1')).toMatchObject({ title: 'Side a1', url: 'https://nordlys.no/a1' });
    expect(await db.companyEvidence.get('skogsjo')).toMatchObject({ clips: [{ clipId: 'b1' }], truncated: [] });
    db.close();
  });
});
