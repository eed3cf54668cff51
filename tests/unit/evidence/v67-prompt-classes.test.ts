// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { promptsOf } from './prompts-alone';

/**
 * Prompt classes the sixty-seventh held-out set showed, read in the session that measured it: too few hands owned in the
 * perfect ("Vi har vært for få …", "Vi har varit för få …"); staff lost ("We lost nine drivers last year"); a plan told in the
 * present with a time ahead ("We are planting … over the next three winters"). Sentences written for this test.
 */

describe('shortfalls', () => {
  test.each([
    ['nb', 'Vi har rett og slett vært for få på lageret i høst, sier daglig leder.'],
    ['sv', 'Vi har helt enkelt varit för få i butiken under hösten.'],
    ['en', 'We lost nine drivers last year.'],
    ['nb', 'Vi mistet sju sjåfører i fjor.'],
    ['sv', 'Vi förlorade sex förare i fjol.'],
  ] as const)('%s: do-better: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('do-better');
  });
});

describe('plans', () => {
  test.each([
    ['en', 'We are planting 3,000 native seedlings on our land over the next three winters.'],
  ] as const)('%s: strategy: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('strategy');
  });
});
