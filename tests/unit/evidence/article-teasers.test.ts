// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { scoreBlocks } from '../../../core/evidence/score';
import { fold, words } from '../../../core/evidence/stems';
import { announcesTopics } from '../../../core/evidence/teasers';
import type { TextBlock } from '../../../core/model';

/**
 * An article's teaser names whom it talks to and what about ("Trade Weekly talks to the founder of X about repairs and
 * growing slowly"): it lists topics the article tells, and is evidence of none of them, nor of a person. The company
 * talking to its own people about something ("We talk to every tenant about …") is no teaser.
 */

const teaser = (sentence: string): boolean => announcesTopics(words(fold(sentence)));
const anyHits = (sentence: string, lang: string): string[] => {
  const blocks: TextBlock[] = [{ tag: 'p', text: sentence }];
  return scoreBlocks(blocks, lang, undefined, { clipKind: 'news' }).map((h) => `${h.promptId}: ${h.sentence}`);
};

describe('an article teaser is evidence of nothing', () => {
  it.each([
    ['en', 'Bakery Trade Review talks to the founder of Kettleby Bakeries about growth, flour prices and a second shop.'],
    ['nb', 'Fagbladet møter gründeren av Fjordbakst om vekst, melpriser og planene for et nytt bakeri.'],
    ['sv', 'Branschtidningen pratar med grundaren av Kustbageriet om tillväxt, mjölpriser och planerna på ett nytt bageri.'],
    // The paper's place with "i" (the Nordic "in", which folds as the English "I" does) before the verb.
    ['nb', 'Lokalavisen i Sogndal møter daglig leder i Fjordtre om nye maskiner, lærlinger og eksport.'],
    ['sv', 'Tidningen i Umeå träffar grundaren av Norrsnickeriet om nya maskiner, lärlingar och export.'],
  ])('%s: "%s" is a teaser', (lang, sentence) => {
    expect(teaser(sentence)).toBe(true);
    expect(anyHits(sentence, lang)).toEqual([]);
  });

  it.each([
    ['en', 'We talk to every tenant about the repairs before the scaffolding goes up.'],
    ['nb', 'Vi snakker med hver leietaker om arbeidet før stillaset kommer opp.'],
    ['sv', 'Vi pratar med varje hyresgäst om arbetet innan ställningen kommer upp.'],
    ['en', 'Our founder Ruth Agnew still works one day a week on the sewing floor.'],
    ['en', 'Last week I spoke to every tenant on the estate about the new bins.'],
  ])('%s: "%s" is no teaser', (_lang, sentence) => {
    expect(teaser(sentence)).toBe(false);
  });
});
