// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fellShort } from '../../../core/evidence/structures';
import { fold, words } from '../../../core/evidence/stems';
import { shownAlone } from './do-better-alone';

/**
 * A budget caps what is spent (money, hours): over it is the gap. For anything else a budget sets — tonnes taken in,
 * a room's occupancy, a volume pressed — it is a level to reach, read as any bar is: below it is worse, unless what is
 * counted is a bad thing. And a plan set beside with "a" ("against a plan of 5,000") is a bar as "the plan" is.
 * Not spending under budget, a level reached, a plan for the time ahead, nor "under" as "during" ("under året").
 */

const fell = (sentence: string): boolean => fellShort(sentence, words(fold(sentence)));

describe('a budget or a plan as a level to reach', () => {
  it.each([
    ['en', 'Last season the mill ground 4,300 tonnes against a plan of 5,000.'],
    ['en', 'Room occupancy was 58 per cent over the year, while the budget was 70 per cent.'],
    ['en', 'We spent 3 900 hours on hired staff, while the budget was 2 500 hours.'],
    ['nb', 'I fjor var belegget 41 prosent, mens budsjettet var satt til 55 prosent.'],
    ['nb', 'Mottaket tok imot 6 900 tonn fisk i 2025, mot 8 500 tonn i budsjettet.'],
    ['nb', 'Lønnskostnadene ble 14 millioner kroner, mot 12 millioner kroner i budsjettet.'],
    ['sv', 'Beläggningen var 48 procent under året, medan budgeten var 60 procent.'],
    ['sv', 'Tvätteriet tog emot 310 ton tvätt, mot 400 ton i budgeten.'],
  ])('%s: %s', (lang, sentence) => {
    expect(fell(sentence)).toBe(true);
    expect(shownAlone(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    ['en', 'Last season the mill ground 5,300 tonnes against a plan of 5,000.'],
    ['en', 'We spent 1 900 hours on hired staff, while the budget was 2 500 hours.'],
    ['en', 'We plan to grind 6,000 tonnes next season, against a plan of 5,000 this year.'],
    ['nb', 'I fjor var belegget 61 prosent, mens budsjettet var satt til 55 prosent.'],
    ['nb', 'Lønnskostnadene ble 11 millioner kroner, mot 12 millioner kroner i budsjettet.'],
    ['nb', 'Mottaket tok imot 9 100 tonn fisk i 2025, mot 8 500 tonn i budsjettet.'],
    ['sv', 'Beläggningen var 66 procent under året, medan budgeten var 60 procent.'],
    ['sv', 'Verkstaden använde 2 100 övertidstimmar, medan budgeten var 3 000 timmar.'],
  ])('%s, no gap: %s', (lang, sentence) => {
    expect(fell(sentence)).toBe(false);
    expect(shownAlone(sentence, lang)).toEqual([]);
  });
});
