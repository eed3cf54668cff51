// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { promptsOf } from './prompts-alone';

/**
 * Prompt classes the fifty-fifth held-out set showed, read in the session that measured it: a public body's plan told in the
 * genitive by others, the body in lower case ("The district council's plan to extend the wharf …", "The borough's plan …",
 * "The territory's own plan …"); output below guidance as a shortfall. Sentences written for this test.
 */

describe("another's plan", () => {
  test.each([
    "The district council's plan to extend the commercial wharf by 2028 is a welcome step for every harbour user.",
    "The borough's plan to repave the dock road is expected to be finished in 2028.",
    "The territory's own plan to pave the remaining gravel stretches by 2029 is still under review.",
  ])('en: not strategy: %s', (sentence) => {
    expect(promptsOf(sentence, 'en')).not.toContain('strategy');
  });
  test("guards: the company's own plan, and a council writing of itself", () => {
    expect(promptsOf("The company's plan is to double output by 2028.", 'en')).toContain('strategy');
    expect(promptsOf("The Council's plan is to build 400 homes by 2030.", 'en')).toContain('strategy');
  });
});

describe('below guidance is a shortfall', () => {
  test.each([
    ['en', 'Gold production of 21,400 ounces was 9 percent below guidance because development fell behind.'],
    // Read so before in Bokmål ("under prognosen" and "etter planen" are cues of their own).
    ['nb', 'Produksjonen var 9 prosent under prognosen fordi tunnelarbeidet lå etter planen.'],
  ] as const)('%s: do-better: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('do-better');
  });
});
