// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { answerOf, saveAnswer } from '../../../core/notes';
import { useTestDb } from './db';

const db = useTestDb();

describe('answers', () => {
  test('the first save creates the answer, later saves update the same note', async () => {
    const first = await saveAnswer(db(), 'co1', 'vision', 'Clean power for the north', 1000);
    const second = await saveAnswer(db(), 'co1', 'vision', 'Clean power for everyone', 2000);
    expect(second?.id).toBe(first?.id);
    expect(await db().notes.count()).toBe(1);
    expect(await answerOf(db(), 'co1', 'vision')).toMatchObject({ kind: 'answer', text: 'Clean power for everyone', createdAt: 1000, updatedAt: 2000 });
  });

  test('answers are kept per company and per prompt', async () => {
    await saveAnswer(db(), 'co1', 'vision', 'A');
    await saveAnswer(db(), 'co1', 'strategy', 'B');
    await saveAnswer(db(), 'co2', 'vision', 'C');
    expect((await answerOf(db(), 'co1', 'vision'))?.text).toBe('A');
    expect((await answerOf(db(), 'co1', 'strategy'))?.text).toBe('B');
    expect((await answerOf(db(), 'co2', 'vision'))?.text).toBe('C');
  });

  test('clearing an answer keeps its note with empty text', async () => {
    const saved = await saveAnswer(db(), 'co1', 'vision', 'Something');
    await saveAnswer(db(), 'co1', 'vision', '');
    expect(await db().notes.get(saved?.id ?? '')).toMatchObject({ text: '' });
  });

  test('a blank first answer stores nothing', async () => {
    expect(await saveAnswer(db(), 'co1', 'vision', '  ')).toBeUndefined();
    expect(await db().notes.count()).toBe(0);
  });

  test('saves racing each other (debounce and blur) still make one answer', async () => {
    await Promise.all([saveAnswer(db(), 'co1', 'why-you', 'draft'), saveAnswer(db(), 'co1', 'why-you', 'draft two')]);
    expect(await db().notes.count()).toBe(1);
    expect((await answerOf(db(), 'co1', 'why-you'))?.text).toBe('draft two');
  });

  test('saving the same text again does not touch the note', async () => {
    await saveAnswer(db(), 'co1', 'vision', 'Same', 1000);
    await saveAnswer(db(), 'co1', 'vision', 'Same', 5000);
    expect((await answerOf(db(), 'co1', 'vision'))?.updatedAt).toBe(1000);
  });
});
