// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isGreeting } from '../../../core/evidence/greetings';
import { scoreBlocks } from '../../../core/evidence/score';
import { fold, words } from '../../../core/evidence/stems';
import type { TextBlock } from '../../../core/model';
import { PROMPTS } from '../../../core/prompts';

/**
 * A greeting, a thank-you or a see-you line ("Thanks for a good season, see you at the open day in March", "Takk til
 * alle som stilte opp!", "Tack för i år, och väl mött på stämman i april") is no evidence of a plan, a value or a
 * trouble, though a month or "alle" in it may look so. A sentence that only holds "thanks" later, or a plan told after
 * a greeting in a sentence of its own, still counts.
 */

const greeting = (sentence: string): boolean => isGreeting(words(fold(sentence)));
const shown = (sentences: string[], lang: string): string[] => {
  const blocks: TextBlock[] = sentences.map((text) => ({ tag: 'p', heading: 'Nytt', text }));
  return scoreBlocks(blocks, lang, PROMPTS, { clipKind: 'company' })
    .filter((h) => h.promptId !== 'people')
    .map((h) => h.sentence);
};

describe('greetings tell nothing of plans, values or troubles', () => {
  it.each([
    ['en', 'Thanks for a good season, and see you all at the open day in March.'],
    ['en', 'Thank you to everyone who turned out on the night, and see you at the next drill in April.'],
    ['nb', 'Takk til alle som stilte opp og tok øvelsen på alvor!'],
    ['nb', 'Vel møtt på årsmøtet i mars, der vi legger fram planene for neste år.'],
    ['sv', 'Tack för i år, och väl mött på stämman i april.'],
    ['sv', 'Stort tack till alla som ställde upp, vi ses på kräftskivan i augusti.'],
  ])('%s: %s', (lang, sentence) => {
    expect(greeting(sentence)).toBe(true);
    expect(shown([sentence], lang)).toEqual([]);
  });

  it.each([
    ['en', 'In March we open a second shop in Penrith, thanks to the loan from the county.'],
    ['nb', 'I mars åpner vi en ny butikk på Hamar, takket være lånet fra kommunen.'],
    ['sv', 'I april öppnar vi en ny butik i Ånge, tack vare lånet från kommunen.'],
  ])('%s, no greeting: %s', (lang, sentence) => {
    expect(greeting(sentence)).toBe(false);
    expect(shown([sentence], lang)).toContain(sentence);
  });
});
