import type { EvidenceHit } from '../evidence/types';
import { sentenceKey } from '../evidence/stems';
import type { OwnQuestion, QuestionSource } from './types';

/** A clipped sentence worth asking about, and what kind of question it suggests. */
export interface QuestionSuggestion {
  source: QuestionSource;
  sentence: string;
  clipId: string;
}

/** Which prompt's evidence feeds which kind of question. */
const SOURCES: ReadonlyArray<[promptId: string, source: QuestionSource]> = [
  ['strategy', 'strategy'],
  ['do-better', 'challenge'],
  ['department', 'team'],
];

/**
 * Up to `perSource` suggestions of each kind (a strategy goal, a challenge the company
 * admits, the team), best evidence first, leaving out sentences the user already asks about.
 */
export function suggestQuestions(
  clips: ReadonlyArray<{ clipId: string; hits: readonly EvidenceHit[] }>,
  existing: readonly OwnQuestion[],
  perSource = 2,
): QuestionSuggestion[] {
  const used = new Set(existing.map((q) => sentenceKey(q.basis ?? '')));
  const suggestions: QuestionSuggestion[] = [];
  for (const [promptId, source] of SOURCES) {
    const hits = clips
      .flatMap(({ clipId, hits: all }) => all.filter((hit) => hit.promptId === promptId).map((hit) => ({ ...hit, clipId })))
      .sort((a, b) => b.score - a.score);
    const seen = new Set<string>();
    for (const hit of hits) {
      const key = sentenceKey(hit.sentence);
      if (used.has(key) || seen.has(key)) continue;
      seen.add(key);
      suggestions.push({ source, sentence: hit.sentence, clipId: hit.clipId });
      if (seen.size >= perSource) break;
    }
  }
  return suggestions;
}

export function newOwnQuestion(text: string, suggestion?: QuestionSuggestion): OwnQuestion {
  return {
    id: crypto.randomUUID(),
    text,
    asked: false,
    answered: false,
    ...(suggestion ? { basis: suggestion.sentence, source: suggestion.source } : {}),
  };
}
