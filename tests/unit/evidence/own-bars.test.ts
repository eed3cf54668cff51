// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fellShort } from '../../../core/evidence/structures';
import { fold, words } from '../../../core/evidence/stems';
import { shownAlone } from './do-better-alone';

/**
 * Do-better from an own figure set against a bar the company set itself: its standard, its routine, its budget, its
 * plan, its promise ("while our own standard is …", "mens budsjettet var …", "och löftet är …", "and our plan was …"),
 * worse than it: a time or a bad thing above it, a budget overrun, anything else below it. Not good news told the same
 * way, and not a plan for the time ahead.
 */

const fell = (sentence: string): boolean => fellShort(sentence, words(fold(sentence)));

describe('an own figure worse than the bar the company set itself', () => {
  it.each([
    ['en', 'Some 900 flats had no heating for up to 40 hours, while our own standard is to have it back within 8 hours.'],
    ['en', 'We delivered 3,100 meters this spring, while our plan for the season was 4,500.'],
    ['en', 'Scrap on the press line was 7.2% of the steel we used, and our plan was 4%.'],
    ['nb', 'I fjor brukte vi 3 900 timer med innleid personell, mens budsjettet var 2 500 timer.'],
    ['nb', 'Kundesenteret svarte på 61 prosent av henvendelsene samme dag, og løftet vårt er 85 prosent.'],
    ['nb', 'Vi leverte 140 hytter i 2026, mens planen var 200.'],
    ['sv', 'Under våren åtgärdades 64 procent av ärendena inom en vecka, och löftet är 90 procent.'],
    ['sv', 'Verkstaden använde 5 200 övertidstimmar, medan budgeten var 3 000 timmar.'],
    ['sv', 'Sjukvårdslinjen svarade efter i snitt 52 minuter, medan vår egen standard är att svara inom 20 minuter.'],
  ])('%s: %s', (lang, sentence) => {
    expect(fell(sentence)).toBe(true);
    expect(shownAlone(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    // Good news told against the own bar, and a plan for the time ahead.
    ['en', 'We delivered 5,200 meters this spring, while our plan for the season was 4,500.'],
    ['en', 'Heating was back within 5 hours, while our own standard is to have it back within 8 hours.'],
    ['nb', 'I fjor brukte vi 1 900 timer med innleid personell, mens budsjettet var 2 500 timer.'],
    ['nb', 'Neste år skal vi levere 240 hytter, mot 200 i planen for i år.'],
    ['sv', 'Under våren åtgärdades 95 procent av ärendena inom en vecka, och löftet är 90 procent.'],
  ])('%s, no gap: %s', (lang, sentence) => {
    expect(fell(sentence)).toBe(false);
    expect(shownAlone(sentence, lang)).toEqual([]);
  });
});

describe('staff who left and overtime worked, counted against an earlier year', () => {
  it.each([
    ['en', 'The drivers worked 8 300 overtime hours this year, against 5 100 last year.'],
    ['nb', 'Sykepleierne hadde 6 400 overtidstimer i år, mot 3 900 i fjor.'],
    ['sv', 'Montörerna gjorde 7 200 övertidstimmar i år, jämfört med 4 000 i fjol.'],
    ['en', '17 nurses resigned in 2026, against 7 the year before.'],
    ['nb', '12 lærere sluttet i 2026, mot 5 året før.'],
    ['sv', '19 förare slutade under 2026, jämfört med 6 året innan.'],
  ])('%s: %s', (lang, sentence) => {
    expect(fell(sentence)).toBe(true);
    expect(shownAlone(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    ['en', '4 nurses resigned in 2026, against 11 the year before.'],
    ['nb', '3 lærere sluttet i 2026, mot 9 året før.'],
    ['sv', '2 förare slutade under 2026, jämfört med 8 året innan.'],
    ['nb', 'Sykepleierne hadde 2 100 overtidstimer i år, mot 3 900 i fjor.'],
  ])('%s, fewer left or less overtime: %s', (lang, sentence) => {
    expect(fell(sentence)).toBe(false);
  });
});
