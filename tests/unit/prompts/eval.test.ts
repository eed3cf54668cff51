// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { toLang } from '../../../core/prompts';
import { evaluateAll, evaluateHeldOut, HELDOUT_DIR, loadFixtures, summarise, unreachableExpectations } from '../../fixtures/prompts/evaluate';

const fixtures = loadFixtures();

describe('labelled evidence fixtures', () => {
  it('cover at least 12 cases in all three languages, job ads included', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(12);
    const langs = new Set(fixtures.map(({ fixture }) => toLang(fixture.lang)));
    expect([...langs].sort()).toEqual(['en', 'nb', 'sv']);
    const jobAdLangs = new Set(fixtures.filter(({ fixture }) => fixture.kind === 'job-ad').map(({ fixture }) => toLang(fixture.lang)));
    expect(jobAdLangs.size, 'Should have a job ad in every language').toBe(3);
  });

  it.each(fixtures.map(({ name, fixture }) => [name, fixture] as const))('%s labels only sentences the segmenter produces', (_, fixture) => {
    expect(fixture.source.trim()).not.toBe('');
    expect(fixture.blocks.length).toBeGreaterThan(0);
    expect(unreachableExpectations(fixture), 'Should be able to find every labelled sentence').toEqual([]);
  });
});

describe('evidence scoring regression guard', () => {
  it('keeps overall precision@3 at 0.7 or above', () => {
    const overall = summarise('overall', evaluateAll());
    expect(overall.precisionAt3 ?? 0).toBeGreaterThanOrEqual(0.7);
    // Recall is not the target, but a collapse means the scorer finds nothing.
    expect(overall.recallAt5 ?? 0).toBeGreaterThanOrEqual(0.6);
  });
});

describe('the tuned and held-out splits', () => {
  it('keeps the tuned cases at precision@3 0.9 or above (measured 0.92)', () => {
    const tuned = summarise('tuning', evaluateAll().filter((r) => r.split === 'tuning'));
    expect(tuned.precisionAt3 ?? 0).toBeGreaterThanOrEqual(0.9);
  });

  // Held-out cases were written apart and never tuned on. Measured once: 74 pairs, P@3 0.72,
  // below the 0.85 target (see the accuracy notes in the README); this floor only catches a collapse.
  it('measures at least 35 held-out pairs, with a loose precision floor', () => {
    expect(loadFixtures(HELDOUT_DIR).length).toBeGreaterThan(0);
    const heldOut = summarise('heldout', evaluateHeldOut());
    expect(heldOut.pairs).toBeGreaterThanOrEqual(35);
    expect(heldOut.precisionAt3 ?? 0).toBeGreaterThanOrEqual(0.65);
  });
});
