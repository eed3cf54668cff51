/**
 * The learned judge: per prompt, a logistic regression over `sentenceFeatures`, its weights trained by
 * scripts/train-evidence-model.ts and stored in weights.json. Judging a sentence is one look-up per
 * feature and a sum (a dot product), then the logistic function.
 */
import { sentenceFeatures } from './features';
import shipped from './weights.json';

export interface PromptModel {
  bias: number;
  weights: Record<string, number>;
}

export interface EvidenceModel {
  /** Which fixture sets the weights were trained on, and how. */
  about: string;
  prompts: Record<string, PromptModel>;
}

let active: EvidenceModel | undefined = shipped as EvidenceModel;

/** Scripts measure the rules alone (`undefined`) or a model trained without a set; the app keeps the shipped one. */
export function useEvidenceModel(model: EvidenceModel | undefined): void {
  active = model;
}

export function activeModel(): EvidenceModel | undefined {
  return active;
}

export function probability(model: PromptModel, features: readonly string[]): number {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** How likely the sentence is evidence for the prompt, or undefined when no model judges that prompt. */
export function judge(promptId: string, sentence: string, features: readonly string[] = sentenceFeatures(sentence)): number | undefined {
  const model = active?.prompts[promptId];
  return model ? probability(model, features) : undefined;
}
