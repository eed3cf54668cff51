// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { toLang } from '../../../core/prompts';
import { evaluateAll, loadFixtures, summarise, unreachableExpectations } from '../../fixtures/prompts/evaluate';

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
