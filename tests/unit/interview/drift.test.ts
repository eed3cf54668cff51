// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { answerDrift, stemCosine } from '../../../core/interview/drift';

const roundOne = 'I want to lead a small team that keeps wind turbines running, using operational data to plan maintenance before things break.';

describe('answer drift (cosine over word-stem sets)', () => {
  it('the same answer in other words does not drift', () => {
    const now = 'I would like to lead a small team keeping the turbines running, and use operations data to plan maintenance before anything breaks.';
    expect(answerDrift(roundOne, now)?.drifts).toBe(false);
  });

  it('an answer about something else drifts, with a low similarity', () => {
    const now = 'My goal is to move into sales and work with large customers across Europe, travelling a lot and closing deals.';
    const drift = answerDrift(roundOne, now);
    expect(drift?.drifts).toBe(true);
    expect(drift!.similarity).toBeLessThan(0.3);
  });

  it('says nothing about answers too short to judge', () => {
    expect(answerDrift(roundOne, 'Sales.')).toBeUndefined();
    expect(answerDrift('', roundOne)).toBeUndefined();
  });

  it('is symmetric and 1 for identical texts', () => {
    expect(stemCosine(roundOne, roundOne)).toBeCloseTo(1);
    expect(stemCosine('vindkraft og driftsdata', 'driftsdata og vindkraft')).toBeCloseTo(1);
    const a = 'planlegge vedlikehold av turbiner';
    const b = 'analysere driftsdata for turbiner';
    expect(stemCosine(a, b)).toBeCloseTo(stemCosine(b, a));
  });
});
