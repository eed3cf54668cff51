// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { shownAlone } from './do-better-alone';

/**
 * A pay gap told in a pay survey or an annual report: one group paid less than another for work of equal value. Nothing
 * in it is a word of failure, but it is a shortfall the company can do better. Not a lower pay told without the equal
 * work it is set against (a trainee's rate, a lower wage in another country).
 */

describe('do-better: a pay gap for work of equal value', () => {
  it.each([
    ['en', 'Women on the packing line earned on average 6 per cent less than men in the warehouse for work of equal value.'],
    ['en', 'Part-time cleaners had lower pay than porters doing the same work.'],
    ['nb', 'Kvinnelige renholdere hadde i snitt 5 prosent lavere lønn enn mannlige vaktmestere med arbeid av lik verdi.'],
    ['nb', 'Deltidsansatte i kantina tjente mindre enn kollegene i resepsjonen for samme arbeid.'],
    ['sv', 'Kvinnor i kundtjänst hade i snitt 3 procent lägre lön än män på lagret med arbete av lika värde.'],
    ['sv', 'Timanställda i butiken tjänade mindre än de fast anställda för samma arbete.'],
  ])('%s: %s', (lang, sentence) => {
    expect(shownAlone(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    ['en', 'Apprentices start on a lower pay rate for their first year.'],
    ['nb', 'Lærlinger har lavere lønn det første året.'],
    ['sv', 'Lärlingar har lägre lön under det första året.'],
  ])('%s, no gap: %s', (lang, sentence) => {
    expect(shownAlone(sentence, lang)).toEqual([]);
  });
});
