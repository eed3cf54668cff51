// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { findDate, toIsoDate } from '../../../core/jobad/dates';
import { findDeadline, findPostedDate } from '../../../core/jobad/deadline';
import type { TextBlock } from '../../../core/model';

const p = (text: string): TextBlock => ({ tag: 'p', text });

describe('reading dates as ads write them', () => {
  test.each([
    ['1. desember 2026', '2026-12-01'],
    ['15 december 2026', '2026-12-15'],
    ['15:e december 2026', '2026-12-15'],
    ['2026-12-15', '2026-12-15'],
    ['15.12.2026', '2026-12-15'],
    ['15/12/26', '2026-12-15'],
    ['December 15, 2026', '2026-12-15'],
    ['3rd of March 2027', '2027-03-03'],
    ['fredag 12. april 2019', '2019-04-12'],
    ['31. jan. 2027', '2027-01-31'],
  ])('"%s" is %s', (text, iso) => {
    expect(findDate(text)).toBe(iso);
  });

  test('a numeric date that cannot be day-first is read month-first', () => {
    expect(findDate('12/15/2026')).toBe('2026-12-15');
  });

  test('impossible dates are not dates', () => {
    expect(findDate('31.02.2026')).toBeUndefined();
    expect(findDate('Ring 4000 7151')).toBeUndefined();
  });

  test('a date without a year takes the next such day after the reference', () => {
    expect(findDate('1. desember', '2026-11-02')).toBe('2026-12-01');
    expect(findDate('15 januar', '2026-11-02')).toBe('2027-01-15');
    expect(findDate('1. desember')).toBeUndefined();
  });

  test('schema.org dates keep the day as written, whatever the time zone', () => {
    expect(toIsoDate('2019-04-30T01:00:00+02:00')).toBe('2019-04-30');
    expect(toIsoDate('2026-11-15T23:59:59-08:00')).toBe('2026-11-15');
    expect(toIsoDate(20261115)).toBeUndefined();
  });
});

describe('finding the application deadline', () => {
  test.each([
    ['Søknadsfrist: 1. desember 2026', '2026-12-01'],
    ['Sista ansökningsdag: 15 december 2026', '2026-12-15'],
    ['Sista dag att ansöka är 31 januari 2018.', '2018-01-31'],
    ['Apply by 15 January 2027. Interviews start in February.', '2027-01-15'],
    ['Deadline: 2026-12-15', '2026-12-15'],
    ['Closing date 15.12.2026', '2026-12-15'],
    ['Søknadsfrist innen 12. april 2019.', '2019-04-12'],
  ])('"%s" → %s', (text, iso) => {
    expect(findDeadline([p('Vi søker en utvikler.'), p(text)]).date).toBe(iso);
  });

  test('the date may stand under its label, as in a fact box', () => {
    const blocks: TextBlock[] = [{ tag: 'dt', text: 'Frist' }, { tag: 'dd', text: '24.02.2019' }];
    expect(findDeadline(blocks)).toEqual({ labelled: true, date: '2019-02-24' });
  });

  test('"snarest" and "løpende" are a deadline label without a date', () => {
    expect(findDeadline([p('Søknadsfrist: Snarest')])).toEqual({ labelled: true });
    expect(findDeadline([p('Sista ansökningsdag: Löpande')])).toEqual({ labelled: true });
  });

  test('rolling selection after a real date does not hide the date', () => {
    expect(findDeadline([p('Sista ansökningsdag: 15 december 2017. Urvalet sker löpande.')]).date).toBe('2017-12-15');
  });

  test('a notice period is not a deadline', () => {
    expect(findDeadline([p('Oppsigelsesfrist 3 måneder fra 1. mars 2026')])).toEqual({ labelled: false });
  });

  test('the publishing date is read near "Publisert" or "Posted"', () => {
    expect(findPostedDate([p('Publisert: 2. november 2026')])).toBe('2026-11-02');
    expect(findPostedDate([p('Posted on March 3, 2026')])).toBe('2026-03-03');
  });
});
