// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { saveCapture } from '../../../core/capture/save-capture';
import { moveClip } from '../../../core/company/actions';
import { addImprovement, pinEvidence, saveAnswer } from '../../../core/notes';
import { SearchIndex } from '../../../core/search/service';
import { useTestDb } from '../notes/db';
import { capturedPage } from './page';

const db = useTestDb();

async function clipNordlys() {
  return saveCapture(db(), capturedPage('https://nordlys-energi.no/om-oss', 'Om Nordlys', 'Vi bygger ren kraft i Tromsø og Malmö med ærlige kunder.'));
}

const titles = (index: SearchIndex, query: string) => index.search(query).map((hit) => hit.title);

describe('finding clips and notes', () => {
  test('a clipped page is found without its diacritics, in any case, by a prefix and with a typo', async () => {
    await clipNordlys();
    const index = await SearchIndex.open(db());
    expect(titles(index, 'tromso')).toEqual(['Om Nordlys']);
    expect(titles(index, 'MALMO')).toEqual(['Om Nordlys']);
    expect(titles(index, 'aerlige')).toEqual(['Om Nordlys']);
    expect(titles(index, 'kraf')).toEqual(['Om Nordlys']);
    expect(titles(index, 'kuder')).toEqual(['Om Nordlys']);
    expect(titles(index, 'vindkraft')).toEqual([]);
  });

  test('answers, pins and improvements are found, each with its company and prompt', async () => {
    const { company } = await clipNordlys();
    await saveAnswer(db(), company.id, 'why-you', 'Jeg har ledet team i Bodø i fem år.');
    await pinEvidence(db(), company.id, 'vision', { sentence: 'Innen 2030 skal all drift være fornybar.', clipId: 'x', url: 'https://nordlys-energi.no' });
    await addImprovement(db(), company.id, { area: 'digital', observation: 'Appen er treg å åpne', idea: 'Hurtigbuffer for kundeside' });
    const index = await SearchIndex.open(db());
    expect(index.search('bodo')).toMatchObject([{ type: 'note', kind: 'answer', place: 'why-you', companyId: company.id }]);
    expect(index.search('fornybar')).toMatchObject([{ kind: 'pin', place: 'vision' }]);
    expect(index.search('hurtigbuffer')).toMatchObject([{ kind: 'improvement', title: 'Appen er treg å åpne' }]);
  });
});

describe('an index that follows the data', () => {
  test('a note changed after the index opened is found by its new words, not its old ones', async () => {
    const { company } = await clipNordlys();
    const index = await SearchIndex.open(db());
    await saveAnswer(db(), company.id, 'why-you', 'Erfaring fra Stavanger');
    await index.sync();
    expect(index.search('stavanger')).toHaveLength(1);
    await saveAnswer(db(), company.id, 'why-you', 'Erfaring fra Trondheim');
    await index.sync();
    expect(index.search('stavanger')).toHaveLength(0);
    expect(index.search('trondheim')).toHaveLength(1);
  });

  test('a deleted clip disappears and a moved clip follows its company', async () => {
    const { clip } = await clipNordlys();
    const other = await saveCapture(db(), capturedPage('https://skogsjo.se/om', 'Om Skogsjö', 'Trähus från Umeå.', 'Skogsjö'));
    const index = await SearchIndex.open(db());
    await moveClip(db(), clip.id, other.company.id);
    await index.sync();
    expect(index.search('tromso')).toMatchObject([{ companyId: other.company.id }]);
    await db().transaction('rw', db().clips, db().clipContents, async () => {
      await db().clips.delete(clip.id);
      await db().clipContents.delete(clip.id);
    });
    await index.sync();
    expect(index.search('tromso')).toEqual([]);
  });

  test('the stored index is reused and catches up with changes made while no page had it open', async () => {
    await clipNordlys();
    const first = await SearchIndex.open(db());
    await first.persist();
    expect(await db().searchLog.count()).toBe(0);
    await saveCapture(db(), capturedPage('https://nordlys-energi.no/jobb', 'Ledig stilling', 'Vi søker en utvikler til Bergen.'));
    const reopened = await SearchIndex.open(db());
    expect(reopened.documentCount).toBe(2);
    expect(titles(reopened, 'bergen')).toEqual(['Ledig stilling']);
    expect(titles(reopened, 'tromso')).toEqual(['Om Nordlys']);
  });

  test('a damaged stored index is rebuilt from the tables', async () => {
    await clipNordlys();
    await (await SearchIndex.open(db())).persist();
    await db().searchIndex.put({ id: 'index', json: '{"broken' });
    const index = await SearchIndex.open(db());
    expect(titles(index, 'tromso')).toEqual(['Om Nordlys']);
  });

  test('clearing a table (as a replacing import does) empties the results', async () => {
    await clipNordlys();
    const index = await SearchIndex.open(db());
    await db().clips.clear();
    await index.sync();
    expect(index.search('tromso')).toEqual([]);
  });
});
