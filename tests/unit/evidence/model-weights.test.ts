// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { activeModel, judge } from '../../../core/evidence/model/judge';
import { JUDGED_PROMPTS, loadCases, shippedAbout, trainModel, WEIGHTS_FILE, weightsText } from '../../../scripts/evidence-model-data';

describe('evidence judge weights', () => {
  const text = readFileSync(WEIGHTS_FILE, 'utf8');

  it('are small and judge the prompts they were trained for', () => {
    expect(Buffer.byteLength(text), 'Should stay under 60 KB').toBeLessThan(60_000);
    const model = activeModel()!;
    expect(Object.keys(model.prompts).sort()).toEqual([...JUDGED_PROMPTS].sort());
    for (const id of JUDGED_PROMPTS) expect(Object.keys(model.prompts[id]!.weights).length).toBeLessThanOrEqual(700);
    expect(judge('strategy', 'By 2030 we will run forty electric buses.'), 'Should leave other prompts to the rules').toBeUndefined();
  });

  it('are what `npm run train:evidence` writes from the prompt cases', { timeout: 60_000 }, () => {
    const cases = loadCases();
    expect(weightsText(trainModel(cases, shippedAbout(cases))), 'Should be retrained: npm run train:evidence').toBe(text);
  });
});
