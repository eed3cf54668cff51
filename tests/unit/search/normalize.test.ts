// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { foldTerm, processTerm, tokenize } from '../../../core/search/normalize';

describe('one spelling for Nordic words', () => {
  test.each([
    ['Tromsø', 'tromso'],
    ['MALMÖ', 'malmo'],
    ['Åre', 'are'],
    ['Kvalität', 'kvalitat'],
    ['Ærlighet', 'aerlighet'],
    ['Følsomhet', 'folsomhet'],
    ['café', 'cafe'],
  ])('%s is indexed and searched as %s', (word, folded) => {
    expect(foldTerm(word)).toBe(folded);
  });

  test('words split on punctuation and keep their letters', () => {
    expect(tokenize('Søknadsfrist: 30. april – «Bli med!»')).toEqual(['Søknadsfrist', '30', 'april', 'Bli', 'med']);
  });

  test('stop words and single letters are not terms, numbers are', () => {
    expect(processTerm('och')).toBeNull();
    expect(processTerm('på')).toBeNull();
    expect(processTerm('a')).toBeNull();
    expect(processTerm('7')).toBe('7');
    expect(processTerm('Strategi')).toBe('strategi');
  });
});
