// @vitest-environment node
import Dexie from 'dexie';
import { afterEach, describe, expect, test } from 'vitest';
import { resolveCompany } from '../../../core/company/resolve';
import { RoundTwoDB } from '../../../core/db/schema';
import { V4_STORES } from '../core/released-stores';

const name = `upgrade-${crypto.randomUUID()}`;
afterEach(() => Dexie.delete(name));


describe('version 6 gives stored companies the keys of the folded spelling', () => {
  test('a company stored as "Bjerkås Maskin" by version 5 is found by an ad that writes "Bjerkaas Maskin AS"; its own data is kept', async () => {
    const v5 = new Dexie(name);
    v5.version(5).stores(V4_STORES);
    // Version 5 folded only ø/ö and æ/ä: "Bjerkås Maskin" was stored under `bjerkås maskin`.
    const stored = { id: 'bjerkas', name: 'Bjerkås Maskin', nameSource: 'page', domains: ['bjerkas.no'], normNames: ['bjerkås maskin'], status: 'interview1', createdAt: 1, updatedAt: 1 };
    await v5.table('companies').add(stored);
    v5.close();

    const db = new RoundTwoDB(name);
    const upgraded = await db.companies.get('bjerkas');
    expect(upgraded).toMatchObject({ name: 'Bjerkås Maskin', domains: ['bjerkas.no'], status: 'interview1' });
    expect(upgraded?.normNames).toEqual(['bjerkås maskin', 'bjerkas maskin', 'bjerkasmaskin']);

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

describe('version 7 gives stored companies the keys of the joined possessive, "St" and no leading "The"', () => {
  test('a hospice stored as "St Aldhelm\'s Hospice" by version 6 is found by a page that writes "Saint Aldhelms Hospice"', async () => {
    const v6 = new Dexie(name);
    v6.version(6).stores(V4_STORES);
    // Version 6 split "Aldhelm's" at the apostrophe and kept "St" as written.
    const stored = { id: 'hospice', name: "St Aldhelm's Hospice", nameSource: 'job-ad', domains: [], normNames: ['st aldhelm s hospice'], status: 'researching', createdAt: 1, updatedAt: 1 };
    const other = { id: 'other', name: 'Fjellkraft AS', nameSource: 'job-ad', domains: [], normNames: ['fjellkraft'], status: 'researching', createdAt: 1, updatedAt: 1 };
    await v6.table('companies').bulkAdd([stored, other]);
    v6.close();

    const db = new RoundTwoDB(name);
    const keys = (await db.companies.get('hospice'))?.normNames;
    expect(keys?.[0], 'the earlier key stays').toBe('st aldhelm s hospice');
    expect(keys).toContain('saint aldhelms hospice');
    expect((await db.companies.get('other'))?.normNames, 'a company whose keys do not change is left as it was').toEqual(['fjellkraft']);
    const found = await resolveCompany(db, { name: 'Saint Aldhelms Hospice', nameSource: 'page', domain: 'staldhelms.org.uk', domainIdentifies: true, employerDomains: [] }, 2);
    expect(found.id).toBe('hospice');
    expect(await db.companies.count()).toBe(2);
    db.close();
  });
});

describe('version 8 gives stored companies a looser key beside the current one', () => {
  test('a bakery stored as "Granlunds Bageri & Konditori AB" by version 7 is found by its own site\'s "Granlund Bageri och Konditori"', async () => {
    const v7 = new Dexie(name);
    v7.version(7).stores(V4_STORES);
    const stored = { id: 'bakery', name: 'Granlunds Bageri & Konditori AB', nameSource: 'job-ad', domains: [], normNames: ['granlunds bageri konditori'], status: 'researching', createdAt: 1, updatedAt: 1 };
    const school = { id: 'school', name: 'Sunnfjord Folkehøgskole', nameSource: 'job-ad', domains: [], normNames: ['sunnfjord folkehogskole'], status: 'researching', createdAt: 1, updatedAt: 1 };
    const own = { id: 'own-s', name: 'Bjerkås Maskin', nameSource: 'job-ad', domains: [], normNames: ['bjerkas maskin'], status: 'researching', createdAt: 1, updatedAt: 1 };
    await v7.table('companies').bulkAdd([stored, school, own]);
    v7.close();

    const db = new RoundTwoDB(name);
    // (Version 11 adds the name without its last trade word after "&", and its looser forms.)
    expect((await db.companies.get('bakery'))?.normNames).toEqual(['granlunds bageri konditori', 'granlund bageri konditori', 'granlundbagerikonditori', 'granlunds bageri', 'granlund bageri', 'granlundbageri']);
    expect((await db.companies.get('own-s'))?.normNames, 'an s that is part of the name is no genitive').toEqual(['bjerkas maskin', 'bjerkasmaskin']);
    const bakery = await resolveCompany(db, { name: 'Granlund Bageri och Konditori', nameSource: 'page', domain: 'granlundsbageri.se', domainIdentifies: true, employerDomains: [] }, 2);
    expect(bakery.id).toBe('bakery');
    const school2 = await resolveCompany(db, { name: 'Sunnfjord folkehøgskule', nameSource: 'page', domain: 'sunnfjord.fhs.no', domainIdentifies: true, employerDomains: [] }, 3);
    expect(school2.id, 'Nynorsk "folkehøgskule" is the Bokmål "folkehøgskole"').toBe('school');
    expect(await db.companies.count()).toBe(3);
    db.close();
  });
});

describe('version 9 gives stored companies the key without a legal form written out', () => {
  test('a firm stored as "Kallvik Data Aktiebolag" by version 8 is found by an ad that writes "Kallvik Data AB"', async () => {
    const v8 = new Dexie(name);
    v8.version(8).stores(V4_STORES);
    // Version 8 kept "Aktiebolag" as a word of the name.
    const stored = { id: 'kallvik', name: 'Kallvik Data Aktiebolag', nameSource: 'page', domains: ['kallvikdata.se'], normNames: ['kallvik data aktiebolag', 'kallvikdataaktiebolag'], status: 'researching', createdAt: 1, updatedAt: 1 };
    await v8.table('companies').add(stored);
    v8.close();

    const db = new RoundTwoDB(name);
    const keys = (await db.companies.get('kallvik'))?.normNames;
    expect(keys?.slice(0, 2), 'the earlier keys stay').toEqual(['kallvik data aktiebolag', 'kallvikdataaktiebolag']);
    expect(keys).toContain('kallvik data');
    const found = await resolveCompany(db, { name: 'Kallvik Data AB', nameSource: 'job-ad', domain: 'datavarlden.se', domainIdentifies: false, employerDomains: [] }, 2);
    expect(found.id).toBe('kallvik');
    expect(await db.companies.count()).toBe(1);
    db.close();
  });
});

describe('version 10 gives stored companies the looser key without a last word of the trade', () => {
  test('a firm stored as "Kestrel Ridge Software" by version 9 is found by its own team page that writes "KestrelRidge"', async () => {
    const v9 = new Dexie(name);
    v9.version(9).stores(V4_STORES);
    // Version 9 kept "Software" in every key.
    const stored = { id: 'kestrel', name: 'Kestrel Ridge Software', nameSource: 'job-ad', domains: [], normNames: ['kestrel ridge software', 'kestrelridgesoftware'], status: 'researching', createdAt: 1, updatedAt: 1 };
    await v9.table('companies').add(stored);
    v9.close();

    const db = new RoundTwoDB(name);
    const keys = (await db.companies.get('kestrel'))?.normNames;
    expect(keys?.slice(0, 2), 'the earlier keys stay').toEqual(['kestrel ridge software', 'kestrelridgesoftware']);
    expect(keys).toContain('kestrelridge');
    const found = await resolveCompany(db, { name: 'KestrelRidge', nameSource: 'page', domain: 'kestrelridge.io', domainIdentifies: true, employerDomains: [] }, 2);
    expect(found.id).toBe('kestrel');
    expect(await db.companies.count()).toBe(1);
    db.close();
  });
});

describe('version 11 gives stored companies the key without a last trade word after "&", and folds more legal forms', () => {
  test('a firm stored as "Ardvale Foods & Kitchen" by version 10 is found by an ad that writes "Ardvale Foods Limited"', async () => {
    const v10 = new Dexie(name);
    v10.version(10).stores(V4_STORES);
    const stored = { id: 'ardvale', name: 'Ardvale Foods & Kitchen', nameSource: 'page', domains: ['ardvale.example'], normNames: ['ardvale foods kitchen', 'ardvalefoodskitchen'], status: 'researching', createdAt: 1, updatedAt: 1 };
    // Version 10 kept "Lda" as a word of the name.
    const lda = { id: 'tindrel', name: 'Tindrel Software, Lda.', nameSource: 'job-ad', domains: [], normNames: ['tindrel software lda', 'tindrelsoftwarelda'], status: 'researching', createdAt: 1, updatedAt: 1 };
    await v10.table('companies').bulkAdd([stored, lda]);
    v10.close();

    const db = new RoundTwoDB(name);
    expect((await db.companies.get('ardvale'))?.normNames?.slice(0, 2), 'the earlier keys stay').toEqual(['ardvale foods kitchen', 'ardvalefoodskitchen']);
    expect((await db.companies.get('ardvale'))?.normNames).toContain('ardvale foods');
    const ad = await resolveCompany(db, { name: 'Ardvale Foods Limited', nameSource: 'job-ad', domain: 'nijobs.com', domainIdentifies: false, employerDomains: [] }, 2);
    expect(ad.id).toBe('ardvale');
    const tindrel = await resolveCompany(db, { name: 'Tindrel Software', nameSource: 'page', domain: 'tindrel.example', domainIdentifies: true, employerDomains: [] }, 3);
    expect(tindrel.id).toBe('tindrel');
    expect(await db.companies.count()).toBe(2);
    db.close();
  });
});

describe('version 12 gives stored companies the keys without the legal forms folded since version 11', () => {
  test('a firm stored as "Lumesaar Software OÜ" by version 11 is found by its team page that writes "Lumesaar Software"', async () => {
    const v11 = new Dexie(name);
    v11.version(11).stores(V4_STORES);
    // Version 11 kept "OÜ" and "W.L.L." as words of the name.
    const ou = { id: 'lumesaar', name: 'Lumesaar Software OÜ', nameSource: 'job-ad', domains: [], normNames: ['lumesar software ou', 'lumesarsoftwareou'], status: 'researching', createdAt: 1, updatedAt: 1 };
    const wll = { id: 'wasmi', name: 'Al Wasmi Facilities W.L.L.', nameSource: 'job-ad', domains: [], normNames: ['al wasmi facilities w l l', 'alwasmifacilitieswll'], status: 'researching', createdAt: 1, updatedAt: 1 };
    await v11.table('companies').bulkAdd([ou, wll]);
    v11.close();

    const db = new RoundTwoDB(name);
    expect((await db.companies.get('lumesaar'))?.normNames?.slice(0, 2), 'the earlier keys stay').toEqual(['lumesar software ou', 'lumesarsoftwareou']);
    const team = await resolveCompany(db, { name: 'Lumesaar Software', nameSource: 'page', domain: 'lumesaar.example', domainIdentifies: true, employerDomains: [] }, 2);
    expect(team.id).toBe('lumesaar');
    const wasmi = await resolveCompany(db, { name: 'Al Wasmi Facilities', nameSource: 'page', domain: 'alwasmi.example', domainIdentifies: true, employerDomains: [] }, 3);
    expect(wasmi.id).toBe('wasmi');
    expect(await db.companies.count()).toBe(2);
    db.close();
  });
});

describe('version 13 gives stored companies the keys that spell British and American alike', () => {
  test('a charity stored as "Lakeshore Neighbourhood Food Collective" by version 12 is found by its site\'s "Lakeshore Neighborhood Food Collective"', async () => {
    const v12 = new Dexie(name);
    v12.version(12).stores(V4_STORES);
    // Version 12 kept each spelling as written.
    const stored = { id: 'lakeshore', name: 'Lakeshore Neighbourhood Food Collective', nameSource: 'job-ad', domains: [], normNames: ['lakeshore neighbourhood food collective', 'lakeshoreneighbourhoodfoodcollective'], status: 'researching', createdAt: 1, updatedAt: 1 };
    const other = { id: 'other', name: 'Fjellkraft AS', nameSource: 'job-ad', domains: [], normNames: ['fjellkraft'], status: 'researching', createdAt: 1, updatedAt: 1 };
    await v12.table('companies').bulkAdd([stored, other]);
    v12.close();

    const db = new RoundTwoDB(name);
    const keys = (await db.companies.get('lakeshore'))?.normNames;
    expect(keys?.[0], 'the earlier key stays').toBe('lakeshore neighbourhood food collective');
    expect(keys).toContain('lakeshore neighborhood food collective');
    expect((await db.companies.get('other'))?.normNames, 'a company whose keys do not change is left as it was').toEqual(['fjellkraft']);
    const found = await resolveCompany(db, { name: 'Lakeshore Neighborhood Food Collective', nameSource: 'page', domain: 'lakeshorefood.example', domainIdentifies: true, employerDomains: [] }, 2);
    expect(found.id).toBe('lakeshore');
    expect(await db.companies.count()).toBe(2);
    db.close();
  });
});

describe('version 14 gives stored companies the keys without the charity forms', () => {
  test('a charity stored as "The Calder Valley Food Partnership CIO" by version 13 is found by its site\'s "Calder Valley Food Partnership"', async () => {
    const v13 = new Dexie(name);
    v13.version(13).stores(V4_STORES);
    // Version 13 kept "CIO" and "CIC" as words of the name.
    const cio = { id: 'calder', name: 'The Calder Valley Food Partnership CIO', nameSource: 'job-ad', domains: [], normNames: ['calder valley food partnership cio', 'caldervalleyfoodpartnershipcio'], status: 'researching', createdAt: 1, updatedAt: 1 };
    const cic = { id: 'tyne', name: 'Tyneside Print CIC', nameSource: 'job-ad', domains: [], normNames: ['tyneside print cic', 'tynesideprintcic'], status: 'researching', createdAt: 1, updatedAt: 1 };
    await v13.table('companies').bulkAdd([cio, cic]);
    v13.close();

    const db = new RoundTwoDB(name);
    expect((await db.companies.get('calder'))?.normNames?.[0], 'the earlier key stays').toBe('calder valley food partnership cio');
    const site = await resolveCompany(db, { name: 'Calder Valley Food Partnership', nameSource: 'page', domain: 'caldervalleyfood.example', domainIdentifies: true, employerDomains: [] }, 2);
    expect(site.id).toBe('calder');
    const print = await resolveCompany(db, { name: 'Tyneside Print', nameSource: 'page', domain: 'tynesideprint.example', domainIdentifies: true, employerDomains: [] }, 3);
    expect(print.id).toBe('tyne');
    expect(await db.companies.count()).toBe(2);
    db.close();
  });
});

describe('version 15 gives stored companies the keys without the Colombian, Tunisian and Turkish forms', () => {
  test('"Egeport Tekstil Sanayi ve Ticaret A.Ş." stored by version 14 is found by its site\'s "Egeport Tekstil San. ve Tic. A.Ş."', async () => {
    const v14 = new Dexie(name);
    v14.version(14).stores(V4_STORES);
    // Version 14 kept the forms as words of the name.
    const tr = { id: 'egeport', name: 'Egeport Tekstil Sanayi ve Ticaret A.Ş.', nameSource: 'job-ad', domains: [], normNames: ['egeport tekstil sanayi ve ticaret'], status: 'researching', createdAt: 1, updatedAt: 1 };
    const co = { id: 'andes', name: 'Andes Ledger Services S.A.S.', nameSource: 'job-ad', domains: [], normNames: ['andes ledger services s'], status: 'researching', createdAt: 1, updatedAt: 1 };
    await v14.table('companies').bulkAdd([tr, co]);
    v14.close();

    const db = new RoundTwoDB(name);
    const site = await resolveCompany(db, { name: 'Egeport Tekstil San. ve Tic. A.Ş.', nameSource: 'page', domain: 'egeport.example', domainIdentifies: true, employerDomains: [] }, 2);
    expect(site.id).toBe('egeport');
    const andes = await resolveCompany(db, { name: 'Andes Ledger Services', nameSource: 'page', domain: 'andesledger.example', domainIdentifies: true, employerDomains: [] }, 3);
    expect(andes.id).toBe('andes');
    expect(await db.companies.count()).toBe(2);
    db.close();
  });
});
