// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { promptsOf } from './prompts-alone';

/**
 * Prompt classes the thirty-fifth held-out set showed, read on purpose after its one measurement. Sentences written for
 * this test in each language.
 */

describe('stops nobody planned are a shortfall the company owns', () => {
  test.each([
    ['sv', 'Under den kalla veckan i februari hade vi tre oplanerade stopp i panna 2.'],
    ['nb', 'I den kalde uka i februar hadde vi tre uplanlagte stopp i kjel 2.'],
    ['en', 'In the cold week in February we had three unplanned stops on boiler 2.'],
  ] as const)('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('do-better');
  });
});

describe("the government's scheme, in the genitive, is the state's plan, not the company's", () => {
  test.each([
    ['sv', 'Regeringens nya investeringsstöd för hyresrätter väntas gälla från 2027.'],
    ['nb', 'Regjeringens nye investeringsstøtte til utleieboliger ventes å gjelde fra 2027.'],
    ['en', "The government's new investment support for rental homes is expected to apply from 2027."],
  ] as const)('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('strategy');
  });
  test("the company's plan beside the scheme stays its own", () => {
    expect(promptsOf('Vi investerar 85 miljoner kronor i en ny limträlinje under 2027.', 'sv')).toContain('strategy');
  });
});
