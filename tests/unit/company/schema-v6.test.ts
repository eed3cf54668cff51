import Dexie from 'dexie';
import { afterEach, describe, expect, test } from 'vitest';
import { resolveCompany } from '../../../core/company/resolve';
import { RoundTwoDB } from '../../../core/db/schema';

const name = `upgrade-${crypto.randomUUID()}`;
afterEach(() => Dexie.delete(name));

/** The stores of version 5, as released (versions 5 and 6 change no index). */
const V5_STORES = {
  companies: 'id, *domains, *normNames, updatedAt',
  clips: 'id, &url, companyId, clippedAt, [companyId+updatedAt], domain',
  clipContents: 'id',
  notes: 'id, companyId, [companyId+promptId]',
  interviews: 'id, companyId',
  people: 'id, companyId, [companyId+normName]',
  interviewPrep: 'companyId',
  reminders: 'id, companyId, interviewId, fireAt',
  companyEvidence: 'companyId',
  searchLog: '++seq',
  searchIndex: 'id',
};

describe('version 6 gives stored companies the keys of the folded spelling', () => {
  test('a company stored as "Bjerkås Maskin" by version 5 is found by an ad that writes "Bjerkaas Maskin AS"; its own data is kept', async () => {
    const v5 = new Dexie(name);
    v5.version(5).stores(V5_STORES);
    // Version 5 folded only ø/ö and æ/ä: "Bjerkås Maskin" was stored under `bjerkås maskin`.
    const stored = { id: 'bjerkas', name: 'Bjerkås Maskin', nameSource: 'page', domains: ['bjerkas.no'], normNames: ['bjerkås maskin'], status: 'interview1', createdAt: 1, updatedAt: 1 };
    await v5.table('companies').add(stored);
    v5.close();

    const db = new RoundTwoDB(name);
    const upgraded = await db.companies.get('bjerkas');
    expect(upgraded).toMatchObject({ name: 'Bjerkås Maskin', domains: ['bjerkas.no'], status: 'interview1' });
    expect(upgraded?.normNames).toEqual(['bjerkås maskin', 'bjerkas maskin']);

    const found = await resolveCompany(
      db,
      { name: 'Bjerkaas Maskin AS', nameSource: 'job-ad', domain: 'webcruiter.no', domainIdentifies: false, employerDomains: [] },
      2,
    );
    expect(found.id).toBe('bjerkas');
    expect(await db.companies.count()).toBe(1);
    db.close();
  });
});
