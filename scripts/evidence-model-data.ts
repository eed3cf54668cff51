/**
 * Training data for the evidence judge, read from the labelled prompt cases: for each case that labels a
 * prompt, its sentences as the scorer sees them (segmented per block, headings aside), positive when
 * labelled for the prompt. Each case's set comes from tests/fixtures/prompt-sets.json (unlisted: v1–v2).
 */
import { readFileSync } from 'node:fs';
import { sentenceFeatures } from '../core/evidence/model/features';
import type { Example } from '../core/evidence/model/train';
import { splitSentences } from '../core/evidence/segment';
import { sentenceKey } from '../core/evidence/stems';
import { loadFixtures, type PromptFixture } from '../tests/fixtures/prompts/evaluate';

export const EARLY_SET = 'v1–v2';

export interface Case {
  name: string;
  set: string;
  fixture: PromptFixture;
}

export function loadCases(): Case[] {
  const sets = JSON.parse(readFileSync(new URL('../tests/fixtures/prompt-sets.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  const setOf = new Map(Object.entries(sets).flatMap(([set, names]) => (Array.isArray(names) ? names.map((name) => [String(name), set] as const) : [])));
  return loadFixtures().map(({ name, fixture }) => ({ name, set: setOf.get(name) ?? EARLY_SET, fixture }));
}

/** The examples of one prompt from the given cases: every sentence of a case that labels the prompt, once. */
export function examplesFor(promptId: string, cases: readonly Case[]): Example[] {
  const out: Example[] = [];
  for (const { fixture } of cases) {
    const labelled = fixture.expected[promptId];
    if (!labelled) continue;
    const positive = new Set(labelled.map(sentenceKey));
    const seen = new Set<string>();
    for (const block of fixture.blocks) {
      if (/^h[1-6]$/i.test(block.tag)) continue;
      for (const sentence of splitSentences(block.text, fixture.lang)) {
        const key = sentenceKey(sentence);
        if (key === '' || seen.has(key)) continue;
        seen.add(key);
        out.push({ features: sentenceFeatures(sentence), positive: positive.has(key) });
      }
    }
  }
  return out;
}
