// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { promptsOf } from './prompts-alone';

/**
 * Prompt classes of the twenty-seventh held-out set, moved into tuning. Sentences written for this test, none copied from
 * the fixtures; the rules alone (no learned judge), so the structure is what is tested.
 */

describe("do better: a shortfall owned without naming it ('we still have work to do', 'ting vi ikke er fornøyde med', 'vi är inte nöjda med')", () => {
  it.each([
    ['en', 'We are proud of the year, but we know we still have work to do.'],
    ['en', 'We are not satisfied with how long our customers waited for an answer this spring.'],
    ['nb', 'Vi vet at vi fortsatt har en jobb å gjøre.'],
    ['nb', 'Men det er fortsatt ting vi ikke er fornøyde med.'],
    ['sv', 'Vi vet att vi har ett jobb att göra.'],
    ['sv', 'Ändå finns det saker vi inte är nöjda med i år.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('do-better');
  });

  it.each([
    ['en', 'We are not happy until every customer is happy with the result.'],
    ['en', 'She is not satisfied with everything yet.'],
    ['nb', 'Vi er ikke fornøyd før kunden er fornøyd med resultatet.'],
    ['nb', 'Hun er ikke fornøyd med alt.'],
    ['sv', 'Vi är inte nöjda förrän kunden är nöjd med resultatet.'],
    ['sv', 'Hon är inte nöjd med allt.'],
  ])('%s: a bar held, or someone else\'s mood, is no admission: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('do-better');
  });
});
