// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fellShort } from '../../../core/evidence/structures';
import { fold, words } from '../../../core/evidence/stems';
import { shownAlone } from './do-better-alone';

/**
 * Do-better told as events, with no target's word: something that stood still for a stated time ("stod still i elva
 * dagar", "sto stille i tre timer", "stood idle for eleven days"); work lost for want of something the company, named
 * as itself, did not have ("fordi selskapet ikke hadde sjåfører på vakt"); a part of a whole the company did not get
 * done ("Vi rakk ikke 11 av 160 bestillinger"). Not "still" as "yet", a loss negated (good news), a part reached,
 * nor a want of another's.
 */

const fell = (sentence: string): boolean => fellShort(sentence, words(fold(sentence)));

describe('shortfalls as events: stood still, for want of, a part not done', () => {
  it.each([
    ['en', 'The main lift stood idle for eleven days in February.'],
    ['en', 'Two trips were cancelled because the company did not have drivers on duty.'],
    ['en', 'We did not deliver 14 of the 200 orders on time.'],
    ['nb', 'Fyllelinja sto stille i tre dager i mars.'],
    ['nb', 'I januar ble 14 avganger innstilt fordi selskapet ikke hadde sjåfører på vakt.'],
    ['nb', 'Vi rakk ikke 11 av 160 bestillinger til kveldsbilen i oktober.'],
    ['sv', 'Förra vintern stod den stora liften still i elva dagar under sportlovet.'],
    ['sv', 'Tre turer ställdes in eftersom bolaget inte hade förare i tjänst.'],
    ['sv', 'Vi hann inte med 9 av 120 ärenden inom en vecka.'],
  ])('%s: %s', (lang, sentence) => {
    expect(fell(sentence)).toBe(true);
    expect(shownAlone(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    ['en', 'The offer was still open for two days.'],
    ['en', 'We did not lose 1 of our 40 customers last year.'],
    ['en', 'The ferry was cancelled because the council did not have the money.'],
    ['nb', 'Vi mistet ikke én av de 40 kundene i fjor.'],
    ['nb', 'Vi rakk 160 av 160 bestillinger til kveldsbilen i oktober.'],
    ['sv', 'Liften stod klar i tid till sportlovet.'],
    ['sv', 'Vi har inte haft en enda skada på två år.'],
  ])('%s, no shortfall: %s', (lang, sentence) => {
    expect(fell(sentence)).toBe(false);
    expect(shownAlone(sentence, lang)).toEqual([]);
  });
});
