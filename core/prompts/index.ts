import { doBetter } from './do-better';
import { questions } from './questions';
import type { Prompt, PromptSection } from './types';
import { visionStrategy } from './vision-strategy';

export * from './types';

/** Sections in the order the board shows them. A new section is one import and one entry here. */
export const PROMPT_SECTIONS: readonly PromptSection[] = [visionStrategy, doBetter, questions];

export const PROMPTS: readonly Prompt[] = PROMPT_SECTIONS.flatMap((section) => section.prompts);

const byId = new Map(PROMPTS.map((prompt) => [prompt.id, prompt]));

export function getPrompt(id: string): Prompt | undefined {
  return byId.get(id);
}
