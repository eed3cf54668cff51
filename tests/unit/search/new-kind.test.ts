// @vitest-environment node
import Dexie from 'dexie';
import { afterEach, expect, test } from 'vitest';
import { RoundTwoDB } from '../../../core/db/schema';
import { ADAPTERS, recordAdapter } from '../../../core/search/adapters';
import { SearchIndex } from '../../../core/search/service';

/** A schema of a later version with a table of questions, as another branch may add. */
class WithQuestions extends RoundTwoDB {
  constructor(name: string) {
    super(name);
    this.version(5).stores({ questions: 'id, companyId' });
  }
}

interface Question {
  id: string;
  companyId: string;
  text: string;
  answer: string;
}

const name = `questions-${crypto.randomUUID()}`;
afterEach(() => Dexie.delete(name));

test('a new kind of record becomes searchable with one adapter, and follows its changes', async () => {
  const db = new WithQuestions(name);
  const questions = recordAdapter<Question>('question', 'questions', (q) => ({ companyId: q.companyId, title: q.text, text: `${q.text}\n${q.answer}`, snippet: q.answer }));
  await db.table('questions').add({ id: 'q1', companyId: 'c1', text: 'Hvordan måler dere kundetilfredshet?', answer: 'Med NPS hvert kvartal' });
  const index = await SearchIndex.open(db, [...ADAPTERS, questions]);
  expect(index.search('maler kundetilfredshet')).toMatchObject([{ type: 'question', key: 'q1', companyId: 'c1' }]);
  await db.table('questions').update('q1', { answer: 'Med kundeintervjuer' });
  await index.sync();
  expect(index.search('kundeintervjuer')).toMatchObject([{ key: 'q1', snippet: 'Med kundeintervjuer' }]);
  db.close();
});
