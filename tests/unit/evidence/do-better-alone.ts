import { scoreBlocks } from '../../../core/evidence/score';
import { tellsShortfall } from '../../../core/evidence/shortfall';
import { fold, words } from '../../../core/evidence/stems';
import type { TextBlock } from '../../../core/model';
import { getPrompt, type Prompt } from '../../../core/prompts';

/** Shared by the do-better tests: one sentence scored alone on a page, and the shortfall detector on its own. */

export function prompt(id: string): Prompt {
  const found = getPrompt(id);
  if (!found) throw new Error(`No prompt ${id}`);
  return found;
}

/** What do-better shows for a page of one sentence under a neutral heading. */
export function shownAlone(sentence: string, lang: string, kind: 'company' | 'news' = 'company'): string[] {
  const blocks: TextBlock[] = [{ tag: 'p', heading: 'Året som gikk', text: sentence }];
  return scoreBlocks(blocks, lang, [prompt('do-better')], { clipKind: kind }).map((h) => h.sentence);
}

export const tellsShortfallIn = (sentence: string): boolean => tellsShortfall(words(fold(sentence)));
