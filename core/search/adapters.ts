import type Dexie from 'dexie';
import type { Person } from '../interview/types';
import type { Clip, ClipContent, Note } from '../model';
import type { SearchDoc } from './types';

/**
 * How one kind of record becomes search documents. Adding a kind (people, questions, …)
 * is one adapter in `ADAPTERS`; the change log, the index and the results need nothing else.
 */
export interface SearchAdapter {
  type: string;
  /** Tables whose writes change this kind's documents; a written key is the document's key. */
  tables: readonly string[];
  /** The documents of these keys; a key whose record is gone (or is not searchable) gives none. */
  load(db: Dexie, keys: readonly string[]): Promise<SearchDoc[]>;
  /** Every key there is (for a full build). */
  allKeys(db: Dexie): Promise<string[]>;
}

export const docId = (type: string, key: string) => `${type}:${key}`;

/** A table of another branch's schema may not exist yet: then it holds nothing. */
function tableOf(db: Dexie, name: string) {
  return db.tables.find((table) => table.name === name);
}

const SNIPPET = 180;
const line = (text: string) => text.replace(/\s+/g, ' ').trim();
const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** A kind stored in one table, one document per record. */
export function recordAdapter<R extends { id: string }>(
  type: string,
  table: string,
  toDoc: (record: R) => Omit<SearchDoc, 'id' | 'type' | 'key'> | undefined,
): SearchAdapter {
  return {
    type,
    tables: [table],
    async load(db, keys) {
      const records = ((await tableOf(db, table)?.bulkGet([...keys])) ?? []) as Array<R | undefined>;
      return records.flatMap((record) => {
        const doc = record && toDoc(record);
        return doc ? [{ ...doc, id: docId(type, record.id), type, key: record.id }] : [];
      });
    },
    async allKeys(db) {
      return ((await tableOf(db, table)?.toCollection().primaryKeys()) ?? []).map(String);
    },
  };
}

/** A clip's document: its title, site and readable text; only the excerpt is stored in the index. */
export function clipDoc(clip: Clip, content: Pick<ClipContent, 'textContent'> | undefined): SearchDoc {
  const text = [clip.siteName, clip.domain, clip.jobAd?.title, clip.userNote, content?.textContent ?? clip.excerpt].filter(Boolean).join('\n');
  return { id: docId('clip', clip.id), type: 'clip', key: clip.id, companyId: clip.companyId, title: clip.title, text, snippet: cut(line(clip.excerpt), SNIPPET) };
}

/** Clips: the large content is read only to index it, never at query time. */
export const clipAdapter: SearchAdapter = {
  type: 'clip',
  tables: ['clips', 'clipContents'],
  async load(db, keys) {
    const clips = (await db.table('clips').bulkGet([...keys])) as Array<Clip | undefined>;
    const contents = (await db.table('clipContents').bulkGet([...keys])) as Array<ClipContent | undefined>;
    return clips.flatMap((clip, i) => (clip ? [clipDoc(clip, contents[i])] : []));
  },
  async allKeys(db) {
    return (await db.table('clips').toCollection().primaryKeys()).map(String);
  },
};

/** Every note with words of the user's or from a page; a dismissal only holds a sentence's key. */
export function noteDoc(note: Note): Omit<SearchDoc, 'id' | 'type' | 'key'> | undefined {
  if (note.kind === 'dismissed') return undefined;
  const words = [note.text, note.idea, note.quote].filter((part): part is string => Boolean(part?.trim()));
  if (!words.length) return undefined;
  const first = line(words[0]!);
  return {
    companyId: note.companyId,
    title: cut(first, 80),
    text: words.join('\n'),
    snippet: cut(line(words.slice(1).join(' — ')), SNIPPET),
    place: note.promptId,
    kind: note.kind,
  };
}

export const noteAdapter = recordAdapter<Note>('note', 'notes', noteDoc);

/** People the user will meet: name, role and the notes on them. */
export const personAdapter = recordAdapter<Person>('person', 'people', (person) => ({
  companyId: person.companyId,
  title: person.name,
  text: [person.name, person.role, person.notes].filter(Boolean).join('\n'),
  snippet: cut(line(person.role), SNIPPET),
}));

export const ADAPTERS: readonly SearchAdapter[] = [clipAdapter, noteAdapter, personAdapter];
