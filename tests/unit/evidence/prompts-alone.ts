import { activeModel, useEvidenceModel } from '../../../core/evidence/model/judge';
import { scoreBlocks } from '../../../core/evidence/score';

/** Shared by the held-out sets' prompt-class tests: the prompts one sentence reaches by the rules alone (no learned judge). */
export function promptsOf(sentence: string, lang: string, kind: 'company' | 'news' | 'job-ad' = 'company'): string[] {
  const shipped = activeModel();
  useEvidenceModel(undefined);
  try {
    return scoreBlocks([{ tag: 'p', text: sentence }], lang, undefined, { clipKind: kind }).map((h) => h.promptId);
  } finally {
    useEvidenceModel(shipped);
  }
}
