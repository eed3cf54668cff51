// @vitest-environment node
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { addPerson } from '../../../core/interview/people';
import { addRound } from '../../../core/interview/rounds';
import { RoundTwoDB } from '../../../core/db/schema';
import type { Clip, ClipContent, Company, Note } from '../../../core/model';
import { V1_STORES } from '../core/released-stores';

/** The released version 1, exactly as it was declared: the database a user has today. */
function openVersion1(name: string): Dexie {
  const db = new Dexie(name);
  db.version(1).stores(V1_STORES);
  return db;
}

const company: Company = { id: 'c1', name: 'Nordlys Energi AS', domains: ['nordlys-energi.no'], normNames: ['nordlys energi'], status: 'interview2', createdAt: 1, updatedAt: 2 };
const clip: Clip = {
  id: 'k1', companyId: 'c1', url: 'https://nordlys-energi.no/om', pageUrl: 'https://nordlys-energi.no/om', title: 'Om oss', domain: 'nordlys-energi.no',
  excerpt: 'Vår visjon …', method: 'readability', wordCount: 320, truncated: false, kind: 'company',
  evidence: [{ promptId: 'vision', sentence: 'Vår visjon er å gjøre Nord-Norge selvforsynt.', score: 3.1, blockIndex: 0 }],
  userNote: 'Les årsrapporten også', clippedAt: 3, updatedAt: 4,
};
const content: ClipContent = { id: 'k1', contentHtml: '<p>Vår visjon er å gjøre Nord-Norge selvforsynt.</p>', textContent: 'Vår visjon er å gjøre Nord-Norge selvforsynt.', blocks: [{ tag: 'p', text: 'Vår visjon er å gjøre Nord-Norge selvforsynt.' }], jsonLd: [] };
const notes: Note[] = [
  { id: 'n1', companyId: 'c1', promptId: 'vision', kind: 'answer', text: 'Selvforsynt med fornybar kraft.', createdAt: 5, updatedAt: 6 },
  { id: 'n2', companyId: 'c1', promptId: 'vision', kind: 'pin', text: 'Vår visjon er å gjøre Nord-Norge selvforsynt.', clipId: 'k1', sourceUrl: clip.url, createdAt: 7, updatedAt: 7 },
  { id: 'n3', companyId: 'c1', promptId: 'do-better', kind: 'improvement', text: 'Nettsiden er treg', idea: 'Bildeoptimalisering', area: 'digital', createdAt: 8, updatedAt: 8 },
];

describe('schema version 2', () => {
  it('opens a database written by version 1 with every company, clip, note and answer intact, and the new tables ready', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const v1 = openVersion1(name);
    await v1.table('companies').add(company);
    await v1.table('clips').add(clip);
    await v1.table('clipContents').add(content);
    await v1.table('notes').bulkAdd(notes);
    v1.close();

    const db = new RoundTwoDB(name);
    await db.open();
    // Later versions follow in the same open (version 3 adds the company's aggregates).
    expect(db.verno).toBeGreaterThanOrEqual(2);
    // Version 8 adds the name's key written as one word beside the keys it had.
    expect(await db.companies.get('c1')).toMatchObject({ ...company, normNames: ['nordlys energi', 'nordlysenergi'] });
    expect(await db.clips.get('k1')).toEqual(clip);
    expect(await db.clipContents.get('k1')).toEqual(content);
    expect(await db.notes.orderBy('id').toArray()).toEqual(notes);
    expect((await db.notes.where('[companyId+promptId]').equals(['c1', 'vision']).toArray()).map((n) => n.kind).sort()).toEqual(['answer', 'pin']);
    expect(await db.clips.where('url').equals(clip.url).count()).toBe(1);

    const round = await addRound(db, 'c1', { date: '2026-12-03', time: '10:00', timeZone: 'Europe/Oslo' }, Date.UTC(2026, 11, 1));
    await addPerson(db, 'c1', { name: 'Kari Nordmann', role: 'Driftssjef' });
    expect((await db.interviews.get(round.id))?.round).toBe(1);
    expect(await db.reminders.where('interviewId').equals(round.id).count()).toBe(2);
    expect(await db.people.where('companyId').equals('c1').count()).toBe(1);
    await db.delete();
  });
});
