// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tellsAgainstNorm } from '../../../core/evidence/against-norm';
import { fellShort } from '../../../core/evidence/structures';
import { fold, words } from '../../../core/evidence/stems';
import { shownAlone } from './do-better-alone';

/**
 * Own figures read against time or a bar, where the change or the gap is for the worse: a count written as a word
 * set beside the year before ("fire brudd i 2025, mot ett i 2024"), "up from", a target or a limit with its bound
 * ("mot målet högst tre"), a requirement ("mens avtalen krever 98 prosent"), a bad thing a multiple of last month,
 * and a wait of weeks told in days. Not good news told the same way, a bar for the years ahead, a customer's
 * problem the company fixes, nor another's figures.
 */
const fell = (sentence: string): boolean => fellShort(sentence, words(fold(sentence)));

describe('do-better: own figures against the year before or a bar', () => {
  it.each([
    ['en', 'We had seven fires in our depots in 2025, against two in 2024.'],
    ['en', 'Our vans were involved in 48 scrapes with parked cars, up from 30 in 2024.'],
    ['en', 'We sent back 12 per cent of the orders late, against a limit of 5 per cent in our contract.'],
    ['en', 'In 2025, 88 per cent of our trains ran on time, while the franchise requires 94 per cent.'],
    ['en', 'We threw away 4.5 tonnes of bread in March, twice as much as in February.'],
    ['nb', 'Vi hadde fem brudd på garnene i 2025, mot ett i 2024.'],
    ['nb', 'Dødeligheten i merdene var 9,5 prosent, mot 6 prosent som vi selv satte som grense.'],
    ['nb', 'Vi registrerte 1 480 hentinger som ikke ble gjort til avtalt tid, mot 610 året før.'],
    ['nb', 'I 2025 kom 90 prosent av bussene fram i rute, mens avtalen krever 97 prosent.'],
    ['nb', 'Kundene ventet i snitt 21 dager på en time hos oss.'],
    ['sv', 'Vi hade nio infektioner efter operation, mot målet högst tre.'],
    ['sv', 'Korna gav i snitt 28,5 kilo mjölk om dagen, jämfört med 31,2 året före.'],
    ['sv', 'Vi slängde 2,1 ton frukt i lagret, nästan dubbelt så mycket som i augusti.'],
    ['sv', 'Våra kunder väntade i snitt 18 dagar på en reservdel.'],
  ])('%s: %s', (lang, sentence) => {
    expect(fell(sentence)).toBe(true);
    expect(shownAlone(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    // Good news told the same way: fewer bad things, a result above the bar, a count that grew.
    ['en', 'We had two fires in our depots in 2025, against seven in 2024.'],
    ['en', 'In 2025, 97 per cent of our trains ran on time, while the franchise requires 94 per cent.'],
    ['en', 'We sold 4.5 tonnes of bread in March, twice as much as in February.'],
    ['nb', 'Vi hadde to infeksjoner, mot målet høyst fem.'],
    ['nb', 'Vi har 52 ansatte, opp fra 40 i 2023.'],
    ['sv', 'Kalvdödligheten var 2,5 procent, mot 4 procent som vi själva satt som gräns.'],
    ['sv', 'Leveranserna kom fram på i snitt 3 dagar, mot de 5 dagar vi lovar.'],
    // A bar for the years ahead falls short of nothing yet.
    ['en', 'By 2028 we will have fewer than three fires a year, against seven in 2024.'],
    ['nb', 'Fra 2027 skal maks 2 prosent av hentingene skje etter avtalt tid, mot 5 prosent i dag.'],
    ['sv', 'Vi ska nå 98 procent leveranser i tid, mot målet 95 procent.'],
  ])('not %s: %s', (_lang, sentence) => {
    expect(tellsAgainstNorm(sentence)).toBe(false);
    expect(fell(sentence)).toBe(false);
  });

  it("shows no gap for a customer's problem the company fixes, in each language", () => {
    expect(shownAlone('Our software helps clinics whose patients waited 40 days for a scan cut that wait to a week.', 'en')).toEqual([]);
    expect(shownAlone('Vi hjelper kunder som har tapt penger på feil i kontrakter, og vant 30 saker i fjor.', 'nb')).toEqual([]);
    expect(shownAlone('Vårt system hjälper kommuner som hade dubbelt så många fel som i fjol att hitta dem i tid.', 'sv')).toEqual([]);
  });

  it("shows no gap for another's figures, in each language", () => {
    expect(shownAlone('Across the country, lorries were involved in 4 100 collisions, up from 3 600 in 2024.', 'en')).toEqual([]);
    expect(shownAlone('I hele bransjen var dødeligheten 14 prosent, mot 11 prosent året før.', 'nb')).toEqual([]);
    expect(shownAlone('I branschen som helhet var väntetiden 30 dagar, jämfört med 22 dagar året innan.', 'sv')).toEqual([]);
  });
});
