// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { promptsOf } from './prompts-alone';

/**
 * Prompt classes of the twenty-third held-out set, continued (see v23-prompt-classes.test.ts): what hit a whole market or
 * trade ("breakdowns rose across the market", "… pressar hela fönsterbranschen", "… rammer hele byggenæringen") is the
 * world the company works in, not its own shortfall; with "we" or "our" in it, it is the company's own.
 * Sentences written for this test; the rules alone (no learned judge), so the structure is what is tested.
 */


describe('do-better: a trouble of a whole market or trade is not the company\'s own', () => {
  it.each([
    ['en', 'Boiler breakdowns rose across the market during the cold snap.'],
    ['nb', 'Høye renter og færre boligprosjekter rammer hele byggenæringen.'],
    ['sv', 'Räntorna och det svaga bostadsbyggandet pressar hela dörrbranschen.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('do-better');
  });

  it.each([
    ['en', 'Our deliveries were late across the whole market this autumn.'],
    ['nb', 'Vi leverte for sent til kunder i hele markedet i høst.'],
    ['sv', 'Våra leveranser var försenade i hela marknaden i höstas.'],
  ])('%s: with "we" or "our" it is the company\'s own: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('do-better');
  });
});
