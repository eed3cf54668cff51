// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { TextBlock } from '../../../core/model';
import { scoreBlocks } from '../../../core/evidence/score';
import type { ClipKind } from '../../../core/prompts/types';

/** The prompts a sentence is shown for, with its score for each, when it stands (under a heading) on a page of its kind. */
function promptsFor(sentence: string, lang: string, clipKind: ClipKind, heading?: string): Record<string, number> {
  const blocks: TextBlock[] = heading
    ? [
        { tag: 'h2', text: heading },
        { tag: 'p', text: sentence, heading },
      ]
    : [{ tag: 'p', text: sentence }];
  const hits = scoreBlocks(blocks, lang, undefined, { clipKind }).filter((hit) => hit.sentence === sentence);
  return Object.fromEntries(hits.map((hit) => [hit.promptId, hit.score]));
}

describe('a sentence is evidence for the question it answers best', () => {
  // A habit of everyone under "How we work" is the place's values; the one cue "team" does not make it the department.
  it.each([
    ['en', 'Everyone in the team, including the owners, does a Saturday on the shop floor once a month.', 'How we work'],
    ['nb', 'Når noe går galt i en jobb, skriver vi ned hva vi lærte og deler det på neste avdelingsmøte.', 'Slik jobber vi'],
    ['sv', 'Alla i teamet svarar på supportärenden en förmiddag i veckan, även grundaren.', 'Så jobbar vi'],
  ])('%s: a weak hit goes when the same sentence holds more strongly for another prompt', (lang, sentence, heading) => {
    const shown = promptsFor(sentence, lang, 'company', heading);
    expect(shown.values).toBeGreaterThan(1.5);
    expect(shown.department).toBeUndefined();
    expect(shown.people).toBeUndefined();
  });

  it('keeps weak hits that are the sentence’s best, side by side; a role without a name is no person to meet', () => {
    // Without the heading nothing says "values": the team and the founder are all the sentence holds.
    const shown = promptsFor('Alla i teamet svarar på supportärenden en förmiddag i veckan, även grundaren Anna Berg.', 'sv', 'company');
    expect(shown.department).toBe(1);
    expect(shown.people).toBeGreaterThanOrEqual(1);
    // "grundaren" alone names nobody: the sentence is the team's (keep.ts, NAMELESS_WEIGHT).
    const nameless = promptsFor('Alla i teamet svarar på supportärenden en förmiddag i veckan, även grundaren.', 'sv', 'company');
    expect(nameless.department).toBe(1);
    expect(nameless.people).toBeUndefined();
  });

  // What a named person says may tell of a shortfall as well: people evidence takes nothing from the others.
  it.each([
    ['nb', 'Driftssjef Kari Holm sier at selskapet kom for sent i gang med vedlikeholdet i fjor.'],
    ['sv', 'Vd Anna Berg säger att bolaget var för sent ute med att anställa fler svetsare i fjol.'],
  ])('%s: a weak hit stays when the stronger one is a named person', (lang, sentence) => {
    const shown = promptsFor(sentence, lang, 'news', 'Nyheter');
    expect(shown.people).toBeGreaterThan(shown['do-better'] ?? 0);
    expect(shown['do-better']).toBeGreaterThan(0);
  });

  it('en: a strong hit stays whatever else the sentence holds', () => {
    const shown = promptsFor(
      'Managing director Helen Okafor said the firm had learned from the Esholt project, where late deliveries of stainless plate held up commissioning.',
      'en',
      'news',
      'Ashby & Crane wins water order',
    );
    expect(shown['do-better']).toBeGreaterThanOrEqual(1.5);
    expect(shown.people).toBeGreaterThan(0);
  });
});
