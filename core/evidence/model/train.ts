/**
 * Training of the judge's per-prompt logistic regression: deterministic full-batch gradient descent with
 * an L2 penalty, positives weighted up (they are few), then pruned to the strongest features so the
 * weights file stays small. Used by scripts/train-evidence-model.ts only; nothing here runs in the app.
 */
import { probability, type PromptModel } from './judge';

export interface Example {
  features: readonly string[];
  positive: boolean;
}

export interface TrainOptions {
  epochs: number;
  rate: number;
  l2: number;
  /** Features kept after training, by the size of their weight. */
  keep: number;
  /** Positives weigh (negatives / positives) to this power: 0 as they come, 1 as much in all as the negatives. */
  balance: number;
}

export const TRAIN_DEFAULTS: TrainOptions = { epochs: 300, rate: 0.1, l2: 0.001, keep: 700, balance: 0.5 };

const EPSILON = 1e-8;
const DECIMALS = 1000;
const round = (n: number): number => Math.round(n * DECIMALS) / DECIMALS;

export function train(examples: readonly Example[], options: TrainOptions = TRAIN_DEFAULTS): PromptModel {
  const positives = examples.filter((e) => e.positive).length;
  const negatives = examples.length - positives;
  // Positives count more, by how much rarer they are (to the power `balance`).
  const positiveWeight = positives === 0 ? 1 : (negatives / positives) ** options.balance;
  const index = new Map<string, number>();
  const rows = examples.map((e) => e.features.map((f) => index.get(f) ?? index.set(f, index.size).get(f)!));
  const w = new Float64Array(index.size);
  const grad = new Float64Array(index.size);
  const total = examples.reduce((sum, e) => sum + (e.positive ? positiveWeight : 1), 0);
  // AdaGrad: a rare feature (one compound's inside) learns at its own pace, not at the pace of "we".
  const seen = new Float64Array(index.size);
  let biasSeen = 0;
  let bias = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    grad.fill(0);
    let biasGrad = 0;
    rows.forEach((row, i) => {
      let z = bias;
      for (const f of row) z += w[f]!;
      const p = 1 / (1 + Math.exp(-z));
      const weight = examples[i]!.positive ? positiveWeight : 1;
      const err = (p - (examples[i]!.positive ? 1 : 0)) * weight;
      biasGrad += err;
      for (const f of row) grad[f]! += err;
    });
    const b = biasGrad / total;
    biasSeen += b * b;
    bias -= (options.rate * b) / (Math.sqrt(biasSeen) + EPSILON);
    for (let f = 0; f < w.length; f++) {
      const g = grad[f]! / total + options.l2 * w[f]!;
      seen[f]! += g * g;
      w[f]! -= (options.rate * g) / (Math.sqrt(seen[f]!) + EPSILON);
    }
  }
  const names = [...index.keys()];
  const strongest = names
    .map((name, f) => [name, w[f]!] as const)
    .filter(([, weight]) => round(weight) !== 0)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || a[0].localeCompare(b[0]))
    .slice(0, options.keep)
    .sort((a, b) => a[0].localeCompare(b[0]));
  return { bias: round(bias), weights: Object.fromEntries(strongest.map(([name, weight]) => [name, round(weight)])) };
}

/** Share of examples on the right side of 0.5: a sanity figure for the script's log, not a measure of carrying. */
export function trainingAccuracy(model: PromptModel, examples: readonly Example[]): number {
  const right = examples.filter((e) => probability(model, e.features) >= 0.5 === e.positive).length;
  return examples.length === 0 ? 0 : right / examples.length;
}
