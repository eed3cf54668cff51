// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tellsHabit } from '../../../core/evidence/habits-norms';
import { tellsRoutineOfAll } from '../../../core/evidence/routines-of-all';
import { fold, words } from '../../../core/evidence/stems';

/**
 * Not values shown as habits:
 * - a unit told by its make-up ("is a crew of eleven who … every bolt before …"): what it does to every piece is its
 *   work, the department's, not a routine of the house;
 * - thanks to each and every one ("takk til hver og en av dere"): thanks to all, not a habit kept for each.
 * A routine told of everyone without the make-up, and a habit "for every" without thanks, still count.
 */

describe('a unit’s work told with its make-up', () => {
  it.each([
    ['en', 'The paint shop is a team of nine on two shifts who sand and prime every panel before it goes to the booth.'],
    ['nb', 'Lakkeringen er et lag på åtte som sliper og grunner hver plate før den går til lakkboksen.'],
    ['sv', 'Lackeringen är ett lag på åtta som slipar och grundar varje skiva innan den går till sprutboxen.'],
  ])('%s: %s', (_, sentence) => {
    expect(tellsRoutineOfAll(sentence)).toBe(false);
  });

  it.each([
    ['en', 'Our painters sand and prime every panel before it goes to the booth.'],
    ['nb', 'Lakkererne sliper og grunner hver plate før den går til lakkboksen.'],
    ['sv', 'Lackerarna slipar och grundar varje skiva innan den går till sprutboxen.'],
  ])('%s, a routine: %s', (_, sentence) => {
    expect(tellsRoutineOfAll(sentence)).toBe(true);
  });
});

describe('thanks to each and every one', () => {
  const habit = (sentence: string): boolean => tellsHabit(words(fold(sentence)));

  it.each([
    ['en', 'We sold more boats than ever, with thanks for every hour you put in.'],
    ['nb', 'Vi solgte flere båter enn noen gang, og takk til hver og en av dere for jobben.'],
    ['sv', 'Vi sålde fler båtar än någonsin, och tack till varje medarbetare för insatsen.'],
  ])('%s: %s', (_, sentence) => {
    expect(habit(sentence)).toBe(false);
  });

  it.each([
    ['en', 'We set aside two training days a year for every operator.'],
    ['nb', 'Vi betaler fagbrevet for hver lærling.'],
    ['sv', 'Vi avsätter två utbildningsdagar om året till varje operatör.'],
  ])('%s, a habit: %s', (_, sentence) => {
    expect(habit(sentence)).toBe(true);
  });
});
