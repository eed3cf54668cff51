// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { clipEvidence } from '../../../core/capture/analyse';
import { keepBest } from '../../../core/evidence/keep';
import { compileRules } from '../../../core/evidence/rules';
import type { EvidenceHit } from '../../../core/evidence/types';
import type { JobAd, TextBlock } from '../../../core/model';
import { PROMPTS } from '../../../core/prompts';

/**
 * A person's card can be so full of furniture (links, phone, separators) that its score rounds to 0. Such a hit
 * is no evidence, and the page is still scored: until this, the clip's analysis threw and the page showed nothing.
 */
describe('hits whose score rounds to nothing', () => {
  const rules = compileRules(PROMPTS, 'en', 'company');
  const hit = (promptId: string, sentence: string, score: number): EvidenceHit => ({ promptId, sentence, score, blockIndex: 0 });

  it('are dropped, and the other hits of the page are kept', () => {
    const card = 'Anna Berg – CEO | anna@example.com | +47 22 33 44 55';
    const plan = 'By 2028 we will run every bus on electricity.';
    const byPrompt = new Map([
      ['people', [hit('people', card, 0)]],
      ['strategy', [hit('strategy', plan, 3)]],
    ]);
    const kept = keepBest(byPrompt, rules, 5);
    expect(kept.map((h) => h.sentence)).toEqual([plan]);
  });

  it('do not take a weak hit of the same sentence for another prompt with them', () => {
    const sentence = 'Our team meets on Mondays.';
    const byPrompt = new Map([
      ['people', [hit('people', sentence, 0)]],
      ['department', [hit('department', sentence, 1)]],
    ]);
    expect(keepBest(byPrompt, rules, 5).map((h) => [h.promptId, h.score])).toEqual([['department', 1]]);
  });
});

describe('a fault in the scoring', () => {
  it('costs the clip its evidence, not the clip', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    // Blocks a stored capture lost (or a fault in a rule) make the scorer throw; the analysis goes on without evidence.
    const ad = { title: 'Bus driver', requirements: { must: ['A D licence'], nice: [] }, responsibilities: [] } as unknown as JobAd;
    const evidence = clipEvidence(null as unknown as TextBlock[], 'en', 'job-ad', ad);
    expect(evidence.length).toBeGreaterThan(0);
    expect(evidence.every((hit) => hit.sentence === 'A D licence')).toBe(true);
    expect(errors).toHaveBeenCalledOnce();
    errors.mockRestore();
  });
});
