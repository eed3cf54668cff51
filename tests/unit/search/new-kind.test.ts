import Dexie from 'dexie';
import { afterEach, expect, test } from 'vitest';
import { RoundTwoDB } from '../../../core/db/schema';
import { ADAPTERS, recordAdapter } from '../../../core/search/adapters';
import { SearchIndex } from '../../../core/search/service';

/** A schema of a later version with a table of people, as another branch may add. */
class WithPeople extends RoundTwoDB {
  constructor(name: string) {
    super(name);
    this.version(5).stores({ people: 'id, companyId' });
  }
}

interface Person {
  id: string;
  companyId: string;
  name: string;
  role: string;
}

const name = `people-${crypto.randomUUID()}`;
afterEach(() => Dexie.delete(name));

test('a new kind of record becomes searchable with one adapter, and follows its changes', async () => {
  const db = new WithPeople(name);
  const people = recordAdapter<Person>('person', 'people', (person) => ({ companyId: person.companyId, title: person.name, text: `${person.name}\n${person.role}`, snippet: person.role }));
  await db.table('people').add({ id: 'p1', companyId: 'c1', name: 'Åsa Lindström', role: 'Head of Engineering' });
  const index = await SearchIndex.open(db, [...ADAPTERS, people]);
  expect(index.search('asa lindstrom')).toMatchObject([{ type: 'person', key: 'p1', companyId: 'c1', title: 'Åsa Lindström' }]);
  await db.table('people').update('p1', { role: 'CTO' });
  await index.sync();
  expect(index.search('cto')).toMatchObject([{ key: 'p1', snippet: 'CTO' }]);
  db.close();
});
