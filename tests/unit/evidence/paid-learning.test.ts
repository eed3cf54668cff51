// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tellsPaidLearning } from '../../../core/evidence/paid-learning';
import { scoreBlocks } from '../../../core/evidence/score';
import { fold, words } from '../../../core/evidence/stems';
import { structuresFound } from '../../../core/evidence/structures';
import type { TextBlock } from '../../../core/model';
import { prompt } from './do-better-alone';

/**
 * Career goals: learning the company pays for is a path it offers, a structure of its own: a certificate, a course, a
 * school or an exam, with the fees paid or the days off with pay ("gir fri med lønn til eksamen", "med lön under
 * kursdagarna", "on full pay for the exam days"). Not a course the reader pays for, nor pay without any learning.
 */

const paidLearning = (sentence: string): boolean => tellsPaidLearning(words(fold(sentence)));
const careerPath = (sentence: string): number => structuresFound(['career-path'], sentence, words(fold(sentence)));
const careerGoals = (sentence: string, lang: string): string[] => {
  const blocks: TextBlock[] = [{ tag: 'p', heading: 'Om oss', text: sentence }];
  return scoreBlocks(blocks, lang, [prompt('career-goals')], { clipKind: 'company' }).map((h) => h.sentence);
};

describe('learning the company pays for', () => {
  it.each([
    ['en', 'Warehouse staff can take the forklift instructor certificate, with full pay on the course days and the exam.'],
    ['nb', 'Lagerarbeidere kan ta fagbrev i logistikk, med lønn under kursdagene og eksamen.'],
    ['sv', 'Lagerpersonalen kan ta truckinstruktörsbeviset, med lön under kursdagarna och examen.'],
  ])('%s: %s', (lang, sentence) => {
    expect(paidLearning(sentence)).toBe(true);
    expect(careerPath(sentence)).toBe(1);
    expect(careerGoals(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    ['en', 'The exam is held in the spring and takes a full day.'],
    ['nb', 'Du tar selv kurset i førstehjelp på kveldstid.'],
    ['sv', 'Lönen betalas ut den 25:e varje månad.'],
    ['en', 'You pay the course fee yourself when you sign up.'],
    ['nb', 'Kursavgiften for fagbrevet betaler du selv.'],
    ['sv', 'Utbildningen betalar du själv.'],
  ])('%s, no paid learning: %s', (_, sentence) => {
    expect(paidLearning(sentence)).toBe(false);
  });
});
