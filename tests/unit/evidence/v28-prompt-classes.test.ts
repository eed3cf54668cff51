// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { promptsOf } from './prompts-alone';

/**
 * Prompt classes of the twenty-eighth held-out set, moved into tuning. Sentences written for this test, none copied from
 * the fixtures; the rules alone (no learned judge), so the structure is what is tested.
 */

describe("strategy: another's promise or announced plan ('the regional council has promised to …', 'Statnett har varslet at …', 'Trafikverket har aviserat att …')", () => {
  it.each([
    ['en', 'The regional government has promised to build a new bridge to the harbour by 2028.'],
    ['en', 'Network Rail has announced that the line will get two new passing loops by 2029.'],
    ['nb', 'Statnett har varslet at nettet i regionen skal forsterkes innen 2029.'],
    ['nb', 'Regjeringen har lovet å bygge ny vei til havna innen 2028.'],
    ['sv', 'Trafikverket har aviserat att banan ska få två nya mötesspår till 2030.'],
    ['sv', 'Regeringen har lovat att bygga en ny bro till hamnen före 2028.'],
  ])('%s: their plan, not the company\'s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('strategy');
  });

  it.each([
    ['en', 'Our chief executive has announced that the new plant will open in 2027.'],
    ['en', 'We have promised to double our apprentice intake by 2028.'],
    ['nb', 'Konsernsjefen har varslet at fabrikken skal utvides innen 2028.'],
    ['nb', 'Vi har lovet å doble antall lærlinger innen 2028.'],
    ['sv', 'Koncernchefen har aviserat att fabriken ska byggas ut till 2028.'],
    ['sv', 'Vi har lovat att fördubbla antalet lärlingar till 2028.'],
  ])('%s: the company\'s own, told by itself or its leaders: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('strategy');
  });
});
