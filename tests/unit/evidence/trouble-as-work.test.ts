// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { scoreBlocks } from '../../../core/evidence/score';
import type { TextBlock } from '../../../core/model';
import { prompt, shownAlone } from './do-better-alone';

/**
 * Not a shortfall of the company's, though a word of trouble or a do-better heading is there: a problem set as a task
 * ("a design problem to solve"), a mishap told as what sometimes happens and how it is then met, learning the company
 * pays for, learning told under a heading alone ("Å bli bedre i faget"), a route on offered to the reader, a condition
 * on the reader's own device. A shortfall told in the same words ("we had problems to …") still shows.
 */

const underHeading = (sentence: string, lang: string, heading: string): string[] => {
  const blocks: TextBlock[] = [{ tag: 'p', heading, text: sentence }];
  return scoreBlocks(blocks, lang, [prompt('do-better')], { clipKind: 'company' }).map((h) => h.sentence);
};

describe('trouble that is the work itself', () => {
  it.each([
    ['en', 'In the second interview you get a planning problem to solve and present to the site team.'],
    ['nb', 'Du får et konstruksjonsproblem å løse hjemme før du møter to av ingeniørene.'],
    ['sv', 'Du får ett logistikproblem att lösa och presentera för lagerchefen.'],
    ['en', 'Sometimes the labeller fails in the middle of the night, and then it takes twenty minutes to clear the fault.'],
    ['nb', 'Iblant blir det feil på pakkemaskinen midt på natta, og da tar det en halvtime å få den i gang igjen.'],
    ['sv', 'Ibland blir det fel på etiketteringen mitt i natten, och då tar det en kvart att starta om den.'],
    ['en', 'After two years you can apply for our leadership programme, where you lead a real improvement project for a year.'],
    ['nb', 'Etter to år kan du søke på lederprogrammet vårt, der du leder et forbedringsprosjekt i et år.'],
    ['sv', 'Efter ett år kan du söka till vårt ledarprogram, där du leder ett förbättringsprojekt under ett halvår.'],
    ['en', 'If your boiler shows fault code F2, check first that the pressure is above one bar.'],
    ['nb', 'Om din varmepumpe viser feilkode E3, sjekk først at filteret er rent.'],
    ['sv', 'Om din laddbox visar felkod 7, starta först om den med strömbrytaren.'],
    ['en', 'The site manager joins every start-up meeting and rings the customer himself when something is delayed.'],
    ['nb', 'Daglig leder er med på hvert oppstartsmøte og ringer kunden selv når noe er forsinket.'],
    ['sv', 'Vd:n är med på varje startmöte och ringer kunden själv när något är försenat.'],
  ])('%s: %s', (lang, sentence) => {
    expect(shownAlone(sentence, lang)).toEqual([]);
  });

  it.each([
    ['en', 'All electricians with a trade certificate can train as supervisors, and the firm pays the course and gives paid leave for the exam.'],
    ['nb', 'Alle rørleggere med fagbrev kan ta mesterbrev, og firmaet betaler kurset og gir fri med lønn til eksamen.'],
    ['sv', 'Alla snickare med gesällbrev kan gå mästarutbildningen, och företaget betalar kursen och ger ledigt med lön till provet.'],
    ['en', 'Four of our site leads have taken the construction management diploma that way.'],
    ['nb', 'Fire av basene våre har tatt fagskole i elkraft på den måten.'],
    ['sv', 'Tre av arbetsledarna har gått yrkeshögskolan på det sättet.'],
  ])('%s, learning under a do-better heading: %s', (lang, sentence) => {
    const heading = lang === 'en' ? 'Improving your skills' : lang === 'nb' ? 'Å bli bedre i faget' : 'Att bli bättre i yrket';
    expect(underHeading(sentence, lang, heading)).toEqual([]);
  });

  it.each([
    ['en', 'We had problems to solve the backlog of repairs all through the autumn, and tenants waited weeks.'],
    ['sv', 'Vi hade problem att lösa leveranserna i tid under hela hösten.'],
    ['nb', 'Vi hadde problemer med å løse køen av reparasjoner hele høsten.'],
  ])('%s, still a shortfall: %s', (lang, sentence) => {
    expect(shownAlone(sentence, lang)).toEqual([sentence]);
  });
});
