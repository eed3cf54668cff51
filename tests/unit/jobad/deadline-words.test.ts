// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { findDate } from '../../../core/jobad/dates';
import { findDeadline } from '../../../core/jobad/deadline';
import { ordinalsAsFigures } from '../../../core/jobad/ordinals';
import type { TextBlock } from '../../../core/model';

const p = (text: string): TextBlock => ({ tag: 'p', text });

/** Deadlines written in words or without a year, as v7's pages and boards in the three languages write them. */
describe('a day of the month written as an ordinal word', () => {
  test.each([
    ['Noon, Thursday the fourteenth of January 2027', '2027-01-14'],
    ['the thirty-first of December 2026', '2026-12-31'],
    ['Monday the twenty-first of June 2027', '2027-06-21'],
    ['fredag den fjortende januar 2027', '2027-01-14'],
    ['innen den tjueførste februar 2027', '2027-02-21'],
    ['senast den fjortonde januari 2027', '2027-01-14'],
    ['senast tjugoförsta mars 2027', '2027-03-21'],
  ])('"%s" is %s', (text, iso) => {
    expect(findDate(text)).toBe(iso);
  });

  test.each([
    ['the second round of interviews in March 2027'],
    ['Vi søker en andre kokk til sesongen'],
    ['för första gången i januari'],
  ])('"%s" names no day', (text) => {
    expect(findDate(text, '2026-11-24')).toBeUndefined();
  });

  test('an ordinal not before a month stays a word', () => {
    expect(ordinalsAsFigures('the first day at work')).toBe('the first day at work');
    expect(ordinalsAsFigures('the first of May')).toBe('1. May');
  });
});

describe('a deadline without a year is the next such day after the ad was published', () => {
  test.each([
    ['Send ein kort søknad til Eirik på eirik@sykkel.no innan 1. februar. Publisert 24. november 2026.', '2027-02-01'],
    ['Send søknaden din innen 15. januar.', '2027-01-15'],
    ['Skicka in din ansökan senast den 20 januari.', '2027-01-20'],
    ['Send your application by 9 January.', '2027-01-09'],
  ])('"%s" is %s', (text, iso) => {
    expect(findDeadline([p(text)], '2026-11-24').date).toBe(iso);
  });

  test.each([
    // A sentence that ends before the date: the hire, not the application.
    ['Send søknad i dag. Vi tilsetter innan 1. mars.'],
    ['Skicka gärna din ansökan. Tillträde innan 1 mars.'],
    ['Send your application today. We start before 1 March.'],
  ])('"%s" has no deadline', (text) => {
    expect(findDeadline([p(text)], '2026-11-24').date).toBeUndefined();
  });
});

describe('a bare "Sista dag" property holds the deadline', () => {
  test('in the next cell, after a date mention\'s "@"', () => {
    expect(findDeadline([p('Sista dag'), p('@14 januari 2027')]).date).toBe('2027-01-14');
    expect(findDeadline([p('Sista dag: 14 januari 2027')]).date).toBe('2027-01-14');
  });

  test('"sista dag på jobbet" is no deadline', () => {
    expect(findDeadline([p('Sista dag på jobbet är 30 juni 2027.')]).date).toBeUndefined();
  });
});
