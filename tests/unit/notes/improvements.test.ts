// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { addImprovement, pinEvidence, removeImprovement, updateImprovement } from '../../../core/notes';
import { useTestDb } from './db';

const db = useTestDb();

describe('improvements', () => {
  test('an improvement is a note on do-better with the observation as its text', async () => {
    const note = await addImprovement(db(), 'co1', { area: 'digital', observation: 'The job pages are slow on mobile', idea: 'Lazy-load the images', sourceUrl: 'https://a.no/jobs' }, 1000);
    expect(note).toMatchObject({ companyId: 'co1', promptId: 'do-better', kind: 'improvement', area: 'digital', text: 'The job pages are slow on mobile', idea: 'Lazy-load the images', sourceUrl: 'https://a.no/jobs' });
    expect(await db().notes.get(note.id)).toEqual(note);
  });

  test('updating changes only the given fields', async () => {
    const note = await addImprovement(db(), 'co1', { area: 'customer', observation: 'Long queues', idea: 'Self-service tills', quote: 'Waiting times rose.' }, 1000);
    expect(await updateImprovement(db(), note.id, { idea: 'Click and collect', area: 'product' }, 2000)).toBe(true);
    expect(await db().notes.get(note.id)).toMatchObject({ text: 'Long queues', idea: 'Click and collect', area: 'product', quote: 'Waiting times rose.', updatedAt: 2000 });
  });

  test('update and remove leave other kinds of note alone', async () => {
    const pin = await pinEvidence(db(), 'co1', 'do-better', { sentence: 'Complaints doubled.', clipId: 'c1', url: 'https://a.no' });
    expect(await updateImprovement(db(), pin.id, { observation: 'x' })).toBe(false);
    expect(await removeImprovement(db(), pin.id)).toBe(false);
    expect(await db().notes.get(pin.id)).toMatchObject({ text: 'Complaints doubled.' });
  });

  test('remove deletes the improvement', async () => {
    const note = await addImprovement(db(), 'co1', { area: 'other', observation: 'o', idea: 'i' });
    expect(await removeImprovement(db(), note.id)).toBe(true);
    expect(await db().notes.count()).toBe(0);
  });
});
