// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tellsChosenWay } from '../../../core/evidence/chosen-way';
import { fold, words } from '../../../core/evidence/stems';

/**
 * Values, a class v17 showed: a way of working told as the company's choice of one thing over another, a habit with
 * its reason (core/evidence/chosen-way.ts). Sentences written for this test.
 */

const chosen = (sentence: string): boolean => tellsChosenWay(words(fold(sentence)));

describe('a way of working told as a choice', () => {
  it.each([
    ['en', 'We fix a fault on the spot rather than book a second visit.'],
    ['en', 'When a driver is ill, we share the rounds between us instead of cancelling them.'],
    ['nb', 'Vi spør heller én gang for mye enn én gang for lite.'],
    ['nb', 'Når noen er syke, fordeler vi pasientene mellom oss i stedet for å avlyse timene.'],
    ['sv', 'Vi besöker hellre en verksamhet en gång för mycket än en gång för lite.'],
    ['sv', 'När någon är sjuk fördelar vi patienterna mellan oss i stället för att boka om dem.'],
  ])('%s: %s', (_lang, sentence) => {
    expect(chosen(sentence)).toBe(true);
  });

  it.each([
    ['nb', 'Vi har heller ikke fått svar fra kommunen.'],
    ['sv', 'Vi har inte heller fått något svar från kommunen.'],
    ['en', 'In March 2025 we chose a new supplier rather than renew the old contract.'],
    ['en', 'They would rather wait than pay more.'],
  ])('not %s: %s', (_lang, sentence) => {
    expect(chosen(sentence)).toBe(false);
  });
});
