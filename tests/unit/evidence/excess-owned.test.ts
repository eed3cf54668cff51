// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { shownAlone } from './do-better-alone';

/**
 * Do-better, a class v17 showed: a shortfall told without a negative word — an excess the company owns ("and that is
 * too many"), a promised time broken ("after the promised time"), work it did not get to ("inte hunnit med"). "Too
 * many" must not be read into "important for many" ("viktig for mange", "viktig för många"). Sentences written for this test.
 */

describe('do-better: an excess owned, a promised time broken, work not got to', () => {
  it.each([
    ['en', 'We had three complaints about damp in new bathrooms this year, and that is too many.'],
    ['en', 'Two of our seven school projects were handed over later than promised.'],
    ['nb', 'Vi fikk tre reklamasjoner på fuktskader i baderom i år, og det er for mange.'],
    ['nb', 'Vi har hatt for mange innleide sykepleiere i høst.'],
    ['nb', 'To av sju skoleprosjekter ble overlevert etter avtalt tid.'],
    ['sv', 'Vi har haft för många inhyrda läkare under året.'],
    ['sv', 'Tre av våra sju skolprojekt blev klara efter utlovad tid.'],
    ['sv', 'Förbundet har inte hunnit med den planerade tillsynen av förorenade områden.'],
  ])('%s: %s', (lang, sentence) => {
    expect(shownAlone(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    ['nb', 'Bussen er viktig for mange i bygda, og vi kjører hver time.'],
    ['sv', 'Biblioteket är viktigt för många i kommunen och har öppet varje dag.'],
    ['en', 'The library matters to many people in the town and opens every day.'],
  ])('not %s: %s', (lang, sentence) => {
    expect(shownAlone(sentence, lang)).toEqual([]);
  });
});
