// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tellsPaidLearning } from '../../../core/evidence/paid-learning';
import { scoreBlocks } from '../../../core/evidence/score';
import { fold, words } from '../../../core/evidence/stems';
import type { TextBlock } from '../../../core/model';
import { prompt } from './do-better-alone';

/**
 * Career goals: learning taken in working hours is paid by the employer as much as a fee is ("får ta fagbrev i
 * arbeidstiden", "går kursen på arbetstid", "in working hours", "on company time"). Not working hours without any
 * learning, nor a course taken in one's own time.
 */

const paidLearning = (sentence: string): boolean => tellsPaidLearning(words(fold(sentence)));
const careerGoals = (sentence: string, lang: string): string[] => {
  const blocks: TextBlock[] = [{ tag: 'p', heading: 'Om oss', text: sentence }];
  return scoreBlocks(blocks, lang, [prompt('career-goals')], { clipKind: 'company' }).map((h) => h.sentence);
};

describe('learning in working hours', () => {
  it.each([
    ['en', 'Drivers who want to can take the passenger transport certificate in working hours.'],
    ['en', 'Our fitters take the welding course on company time, and most finish it within a year.'],
    ['nb', 'Sjåfører som ønsker det, får ta fagbrev i yrkessjåførfaget i arbeidstiden.'],
    ['nb', 'Du tar driftsoperatørkurset i arbeidstiden, og etter tre år kan du ta fagbrev.'],
    ['sv', 'Förarna får gå utbildningen till yrkesförare på arbetstid.'],
    ['sv', 'Truckförarna tar certifikatet under arbetstiden, och ingen behöver ta ledigt.'],
  ])('%s: %s', (lang, sentence) => {
    expect(paidLearning(sentence)).toBe(true);
    expect(careerGoals(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    ['en', 'Phones stay in the lockers in working hours.'],
    ['en', 'Staff can take the evening course in their own time.'],
    ['nb', 'Det er ikke lov å røyke i arbeidstiden.'],
    ['nb', 'Kurset i førstehjelp tar du på kveldstid.'],
    ['sv', 'Vi svarar i telefon under hela arbetstiden.'],
    ['sv', 'Kursen går på kvällstid och du anmäler dig själv.'],
  ])('%s, no paid learning: %s', (lang, sentence) => {
    expect(paidLearning(sentence)).toBe(false);
  });
});
