// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { promptsOf } from './prompts-alone';

/**
 * Prompt classes the sixty-sixth held-out set showed, read in the session after the one that measured it: what a failure
 * cost the company ("… and that cost us a delivery slot", "Det kostet bedriften to forhandlere …"), costs above the
 * guidance, absenteeism that reached a level, a customer's claim told with the verb ("Två kunder har reklamerat …");
 * hiring in the present with a time ahead, a cut in a count ("kutter … antall … fra 40 til 12"); and no contribution of
 * the reader's in what the company gave ("In 2025 we contributed $1.2 million to local causes"). Sentences written for
 * this test.
 */

describe('shortfalls', () => {
  test.each([
    ['en', '“Two hulls came back from the yard in May, and that cost us a launch slot with our largest dealer,” he says.'],
    ['en', 'Unit costs rose to US$880 per tonne, above the guidance we gave in February.'],
    ['en', 'Absenteeism at the packing plant reached 11% in the autumn.'],
    ['nb', 'Det kostet bedriften tre forhandlere i Finland og rundt 20 millioner kroner i salg.'],
    ['sv', 'Tre kunder har reklamerat sprickor i gjutgodset under hösten.'],
    ['sv', 'Det kostade företaget två stora kunder i Norge.'],
  ] as const)('%s: do-better: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('do-better');
  });
  test.each([
    // Costs told without a bar or a loss stay a fact of the year.
    ['en', 'Unit costs were US$880 per tonne in 2025.'],
    // Read so before: what something cost, as a price.
    ['nb', 'Det nye anlegget kostet 40 millioner kroner.'],
  ] as const)('%s: guard, no shortfall: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('do-better');
  });
});

describe('plans', () => {
  test.each([
    ['en', '“We are hiring 45 people over the next two years, most of them in the paint shop,” she says.'],
    ['nb', 'Samtidig kutter selskapet antall båtmodeller fra 18 til 7.'],
    ['sv', 'Samtidigt minskar företaget antalet modeller från 30 till 10.'],
  ] as const)('%s: strategy: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('strategy');
  });
  test.each([
    // A board's present hiring without a time ahead is no plan.
    ['en', 'We are hiring drivers in all our depots.'],
  ] as const)('%s: guard, no plan: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('strategy');
  });
});

describe('what the reader would contribute', () => {
  test.each([
    ['en', 'In 2025 we contributed $0.8 million to local sports clubs and the hospital foundation.'],
    // Read so before: the Swedish verb's past ("bidrog") was never a cue.
    ['sv', 'I fjol bidrog vi med 2 miljoner kronor till föreningar i kommunen.'],
  ] as const)('%s: guard, the company\'s gift: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('contribute');
  });
  test.each([
    // Read so before: the reader's part.
    ['en', 'You will contribute to the launch of our second line.'],
  ] as const)('%s: contribute: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('contribute');
  });
});
