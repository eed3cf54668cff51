// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { promptsOf } from './prompts-alone';

/**
 * Prompt classes the sixtieth held-out set showed, read in the session that measured it: orders cancelled, a profit that
 * fell from one figure to another, costs above the plan, waits longer than the house wants; a province's plan, a state
 * grid company building, a named agency's own contract. Sentences written for this test.
 */

describe('shortfalls owned', () => {
  test.each([
    ['en', 'Delivery times rose to nine weeks, and two large orders were cancelled as a result.'],
    ['nb', 'To store ordrer ble kansellert i høst.'],
    ['sv', 'Två stora order avbeställdes i höstas.'],
    ['en', 'Operating profit fell from NOK 21 million to NOK 12 million.'],
    ['en', 'Our deficit grew to $2.4 million, mostly because agency nursing cost more than planned.'],
    ['nb', 'Underskuddet økte fordi innleid bemanning kostet mer enn planlagt.'],
    ['sv', 'Underskottet ökade eftersom inhyrd personal kostade mer än planerat.'],
    ['en', 'Visits rose, and waits for a first assessment were longer than we want.'],
    ['nb', 'Køen til første vurdering ble lengre enn vi ønsker.'],
    ['sv', 'Väntan på första bedömningen blev längre än vi vill.'],
  ] as const)('%s: do-better: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('do-better');
  });
  test('guard: a rate that fell is no shortfall', () => {
    expect(promptsOf('Sick leave fell from 8 to 5 percent.', 'en')).not.toContain('do-better');
  });
});

describe("others' plans", () => {
  test.each([
    ['en', 'The province has announced a new funding formula for northern hospitals, which the hospital association expects in 2028.'],
    ['nb', 'Statnett bygger samtidig en ny 420 kV-ledning til Hammerfest, som er planlagt ferdig i 2030.'],
    ['en', "The NZ Transport Agency's new network contract for the West Coast starts in July 2027."],
  ] as const)('%s: no strategy: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang, 'news')).not.toContain('strategy');
  });
  test('guard: our own contract with the agency keeps its date', () => {
    expect(promptsOf('We will start our new contract with the agency in July 2027.', 'en')).toContain('strategy');
  });
});
