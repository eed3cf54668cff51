// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tellsPurpose } from '../../../core/evidence/habits-norms';
import { scoreBlocks } from '../../../core/evidence/score';
import { fold, words } from '../../../core/evidence/stems';
import type { TextBlock } from '../../../core/model';
import { prompt } from './do-better-alone';

/**
 * Vision: a purpose told without its words — being there for something ("The harbour is here so that …", "Vi er her for
 * å …", "Biblioteket finns här för att …"), making something easier for people ("Vi skal gjøre det enklere å la bilen
 * stå", "We make it easier for …"), being the place where people can do something ("Biblioteken ska vara platsen där
 * alla … kan …"). Not "here to stay", a target with its year, one more measure in a list ("Vi skal også gjøre det
 * enklere …"), someone else making something easier, or a place where something is.
 */

const purpose = (sentence: string): boolean => tellsPurpose(words(fold(sentence)));
const visionHits = (sentence: string, lang: string): string[] => {
  const blocks: TextBlock[] = [{ tag: 'p', heading: 'Året som gikk', text: sentence }];
  return scoreBlocks(blocks, lang, [prompt('vision')], { clipKind: 'company' }).map((h) => h.sentence);
};

describe('vision: a purpose told in shapes without its words', () => {
  it.each([
    ['en', 'The harbour is here so that boats can keep working out of the village.'],
    ['en', 'We make it easier for small farms to sell what they grow close to home.'],
    ['en', 'The hall should be the place where anyone in the valley can meet, whatever they earn.'],
    ['nb', 'Vi skal gjøre det enklere å la bilen stå, også for dem som bor langt fra holdeplassen.'],
    ['nb', 'Vi er her for å gi eldre i bygda et trygt sted å bo.'],
    ['nb', 'Biblioteket skal være stedet der alle kan lese og lære, uansett lommebok.'],
    ['sv', 'Biblioteken ska vara platsen där alla i kommunen kan läsa, lära och mötas.'],
    ['sv', 'Vi vill göra det möjligt för alla barn att lära sig simma.'],
    ['sv', 'Föreningen finns här för att ge unga en plats att träna på.'],
    // Existing for something, and being there for it (the nineteenth set's annual letter and quarterly report).
    ['en', 'Haverlund Biologics exists to turn good protein science into medicines that patients can actually get.'],
    ['en', 'Aldersund Water Trust is there so that a village pump that breaks is fixed within a week, not abandoned.'],
    ['nb', 'Stiftelsen finnes for å gi barn i distriktene samme tilbud som barna i byene.'],
    ['sv', 'Föreningen finns till för att ge äldre i socknen ett tryggt boende.'],
  ])('%s: %s', (lang, sentence) => {
    expect(purpose(sentence)).toBe(true);
    expect(visionHits(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    ['en', 'The new timetable is here to stay.'],
    ['en', 'The old pump house still exists to this day.'],
    ['en', 'By 2028 we will make it easier to book a berth online.'],
    ['en', 'The new booking system made it easier to plan the shifts.'],
    ['nb', 'Vi skal også gjøre det enklere og raskere for industri og havner å få tilknytning.'],
    ['nb', 'Møtet skal være i kantina der vi spiste i fjor.'],
    ['sv', 'Appen gör det enklare att boka tid.'],
    ['sv', 'Nyckeln ska vara på platsen vid dörren.'],
  ])('%s, no purpose: %s', (lang, sentence) => {
    expect(purpose(sentence)).toBe(false);
  });
});
