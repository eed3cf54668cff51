// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { findDeadline } from '../../../core/jobad/deadline';
import type { TextBlock } from '../../../core/model';

/**
 * Deadline classes the sixteenth set showed, in English, Norwegian and Swedish: a sentence that says when the employer
 * wants the application ("Vi ønsker søknaden din innen …"), and a list of other ads, each row with its own deadline,
 * that says nothing of this ad's.
 */

const p = (text: string): TextBlock => ({ tag: 'p', text });
const li = (text: string): TextBlock => ({ tag: 'li', text });

describe('when the employer wants the application', () => {
  test.each([
    ['en', 'We would like your application by Sunday 17 January 2027.', '2027-01-17'],
    ['nb', 'Vi ønsker søknaden din innen søndag 17. januar 2027, og intervjuene holdes i uke 4.', '2027-01-17'],
    ['sv', 'Vi vill ha din ansökan senast söndag 17 januari 2027.', '2027-01-17'],
  ])('%s: "%s"', (_lang, line, want) => {
    expect(findDeadline([p(line)]).date).toBe(want);
  });
});

describe("other ads' deadlines in a list are not this ad's", () => {
  test.each([
    ['en', ['Leeds · Closing date 03/01/2027', 'York · Closing date 20/12/2026'], 'Closing date: 15 January 2027'],
    ['nb', ['Bodø · Frist 03.01.2027', 'Alta · Frist 20.12.2026'], 'Søknadsfrist: 15. januar 2027'],
    ['sv', ['Umeå · Sista ansökningsdag 2027-01-03', 'Luleå · Sista ansökningsdag 2026-12-20'], 'Sista ansökningsdag: 2027-01-15'],
  ])('%s: %j before "%s"', (_lang, rows, own) => {
    expect(findDeadline([...rows.map(li), p(own)]).date).toBe('2027-01-15');
  });

  test('one row with a dot is still read', () => {
    expect(findDeadline([p('Heltid · Frist 15.01.2027')]).date).toBe('2027-01-15');
  });
});
