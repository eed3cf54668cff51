// @vitest-environment node
import Dexie from 'dexie';
import { afterEach, expect, test } from 'vitest';
import { RoundTwoDB } from '../../../core/db/schema';
import { SearchIndex } from '../../../core/search/service';

const name = `upgrade-${crypto.randomUUID()}`;
afterEach(() => Dexie.delete(name));

test('a database written by version 2 opens with the search tables, its data intact and searchable', async () => {
  const v1 = new Dexie(name);
  v1.version(2).stores({
    people: 'id, companyId, [companyId+normName]',
    interviewPrep: 'companyId',
    reminders: 'id, companyId, interviewId, fireAt',
    companies: 'id, *domains, *normNames, updatedAt',
    clips: 'id, &url, companyId, clippedAt',
    clipContents: 'id',
    notes: 'id, companyId, [companyId+promptId]',
    interviews: 'id, companyId',
  });
  await v1.table('companies').add({ id: 'c1', name: 'Fjordkraft', domains: ['fjordkraft.no'], normNames: ['fjordkraft'], status: 'applied', createdAt: 1, updatedAt: 1 });
  await v1.table('notes').add({ id: 'n1', companyId: 'c1', promptId: 'why-you', kind: 'answer', text: 'Jeg kjenner kraftmarkedet i Nordland.', createdAt: 1, updatedAt: 1 });
  await v1.table('people').add({ id: 'p1', companyId: 'c1', name: 'Åsa Lindström', normName: 'asa lindstrom', role: 'Driftssjef', link: '', notes: '', createdAt: 1, updatedAt: 1 });
  v1.close();

  const db = new RoundTwoDB(name);
  expect(await db.notes.get('n1')).toMatchObject({ text: 'Jeg kjenner kraftmarkedet i Nordland.' });
  expect(await db.searchLog.count()).toBe(0);
  const index = await SearchIndex.open(db);
  expect(index.search('nordland')).toMatchObject([{ key: 'n1', companyId: 'c1' }]);
  expect(index.search('asa driftssjef')).toMatchObject([{ type: 'person', key: 'p1', title: 'Åsa Lindström' }]);
  db.close();
});
