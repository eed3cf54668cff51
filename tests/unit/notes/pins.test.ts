// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { evidenceKey } from '../../../core/evidence';
import { addQuote, dismissEvidence, pinEvidence, saveAnswer, unpin } from '../../../core/notes';
import { useTestDb } from './db';

const db = useTestDb();
const sentence = 'Our vision is clean power for the whole north.';

describe('pins, dismissals and quotes', () => {
  test('a pin keeps the sentence and where it came from', async () => {
    const pin = await pinEvidence(db(), 'co1', 'vision', { sentence, clipId: 'c1', url: 'https://nordlys.no/om' }, 1000);
    expect(pin).toMatchObject({ companyId: 'co1', promptId: 'vision', kind: 'pin', text: sentence, clipId: 'c1', sourceUrl: 'https://nordlys.no/om' });
  });

  test('pinning the same evidence twice, even from another clip, keeps one pin', async () => {
    const first = await pinEvidence(db(), 'co1', 'vision', { sentence, clipId: 'c1', url: 'https://a.no' });
    const again = await pinEvidence(db(), 'co1', 'vision', { sentence: `  ${sentence.toUpperCase()} `, clipId: 'c2', url: 'https://b.no' });
    expect(again.id).toBe(first.id);
    expect(await db().notes.count()).toBe(1);
  });

  test('the same sentence may be pinned to two prompts', async () => {
    await pinEvidence(db(), 'co1', 'vision', { sentence, clipId: 'c1', url: 'https://a.no' });
    await pinEvidence(db(), 'co1', 'strategy', { sentence, clipId: 'c1', url: 'https://a.no' });
    expect(await db().notes.count()).toBe(2);
  });

  test('unpin removes pins and quotes but never an answer', async () => {
    const pin = await pinEvidence(db(), 'co1', 'vision', { sentence, clipId: 'c1', url: 'https://a.no' });
    const answer = await saveAnswer(db(), 'co1', 'vision', 'Mine');
    expect(await unpin(db(), pin.id)).toBe(true);
    expect(await unpin(db(), answer?.id ?? '')).toBe(false);
    expect(await db().notes.count()).toBe(1);
  });

  test('a dismissal records the evidence key once', async () => {
    const key = evidenceKey(sentence);
    await dismissEvidence(db(), 'co1', 'vision', key);
    await dismissEvidence(db(), 'co1', 'vision', key);
    const notes = await db().notes.toArray();
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ kind: 'dismissed', text: key, promptId: 'vision' });
  });

  test('a quote from a selection is trimmed; a blank selection stores nothing', async () => {
    const quote = await addQuote(db(), { companyId: 'co1', promptId: 'strategy', text: '  Growth in Sweden by 2030. ', sourceUrl: 'https://a.no/s', clipId: 'c1' });
    expect(quote).toMatchObject({ kind: 'quote', text: 'Growth in Sweden by 2030.', sourceUrl: 'https://a.no/s', clipId: 'c1' });
    expect(await addQuote(db(), { companyId: 'co1', promptId: 'strategy', text: ' \n ', sourceUrl: 'https://a.no/s' })).toBeUndefined();
    expect(await db().notes.count()).toBe(1);
  });
});
