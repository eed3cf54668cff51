// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { promptsOf } from './prompts-alone';

/**
 * Prompt classes the fifty-seventh held-out set showed, read in the session that measured it: a figure with the own target
 * beside it ("…, mens målet vårt er fire timer") a shortfall, even where the work is mending faults; a plan "by the 2028
 * harvest", an agreement signed for a year ahead, money budgeted (strategy). Sentences written for this test.
 */

describe('a figure beside its own target', () => {
  // Read so before in English and Swedish (their fault words are not mending's); Bokmål's "rette feil" ruled it out.
  test.each([
    ['en', 'Last year we took nine hours on average to repair faults on the line network, while our target is four hours.'],
    ['nb', 'I fjor brukte vi i snitt ni timer på å rette feil i linjenettet, mens målet vårt er fire timer.'],
    ['sv', 'I fjol tog det i snitt nio timmar att åtgärda fel i nätet, medan vårt mål är fyra timmar.'],
  ] as const)('%s: do-better: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('do-better');
  });
  test('guards: mending faults is the work; a target ahead is a plan', () => {
    expect(promptsOf('Våre montører retter feil i linjenettet døgnet rundt.', 'nb')).not.toContain('do-better');
    expect(promptsOf('We will cut repair times to four hours by 2028, while our target for 2030 is three hours.', 'en')).not.toContain('do-better');
  });
});

describe('plans', () => {
  test.each([
    ['en', "The managing director wants to lift the company's storage capacity from 180,000 to 250,000 tonnes by the 2028 harvest."],
    ['en', 'The company has also signed a five-year agreement to run two grain trains a week to the port from 2027.'],
    ['en', 'Capital expenditure in 2026 is budgeted at DKK 410 million, most of it for the hatchery.'],
    ['nb', 'Selskapet har inngått en femårig avtale om to godstog i uka til havna fra 2027.'],
    // Read so before in Bokmål and Swedish ("investering" is a cue of its own).
    ['nb', 'Investeringene i 2027 er budsjettert til 410 millioner kroner.'],
    ['sv', 'Bolaget har tecknat ett femårigt avtal om två spannmålståg i veckan till hamnen från 2027.'],
    ['sv', 'Investeringarna för 2027 är budgeterade till 410 miljoner kronor.'],
  ] as const)('%s: strategy: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('strategy');
  });
  test('guard: an agreement signed in the past, nothing ahead', () => {
    expect(promptsOf('The company signed its first supply agreement in 1998.', 'en')).not.toContain('strategy');
  });
});
