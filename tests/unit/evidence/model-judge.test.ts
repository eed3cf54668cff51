// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ADD_AT } from '../../../core/evidence/model/hook';
import { activeModel, judge, useEvidenceModel } from '../../../core/evidence/model/judge';
import { scoreBlocks } from '../../../core/evidence/score';
import type { TextBlock } from '../../../core/model';

/**
 * The learned judge for career-goals and values (core/evidence/model), on sentences written for this test and in no
 * fixture: a path the company pays for or a habit of everyone surfaces without a cue word, in all three languages; a
 * customer's training, a course sold to clients and a rule for visitors do not.
 */

const hitsFor = (sentence: string, lang: string): string[] => {
  const blocks: TextBlock[] = [{ tag: 'p', text: sentence }];
  return scoreBlocks(blocks, lang, undefined, { clipKind: 'company' })
    .filter((h) => h.sentence === sentence)
    .map((h) => h.promptId);
};

const shipped = activeModel();

const withoutJudge = <T>(run: () => T): T => {
  useEvidenceModel(undefined);
  try {
    return run();
  } finally {
    useEvidenceModel(shipped);
  }
};

describe('evidence judge: what it adds to the rules', () => {
  it.each([
    ['en', 'career-goals', 'The company pays for an evening course in logistics, and several of our team leaders started as pickers.'],
    ['nb', 'career-goals', 'Ansatte på lageret kan ta fagskole i logistikk på deltid med betalt permisjon.'],
    ['sv', 'career-goals', 'Företaget betalar truckkortet under första månaden, och efter ett år kan du söka till arbetsledare.'],
    ['en', 'values', 'Any cook can stop the pass if a plate is not right, and nobody argues.'],
    ['nb', 'values', 'Hos oss går ingen nyansatt alene på nattevakt de første to ukene.'],
    ['sv', 'values', 'Varje fredag äter hela lagret lunch tillsammans, och chefen bjuder.'],
  ])('%s: surfaces for %s: %s', (lang, promptId, sentence) => {
    expect(hitsFor(sentence, lang), `Should surface for ${promptId}`).toContain(promptId);
  });

  it('adds what the rules alone would not show', () => {
    // Not the Friday lunch above: a routine kept together on a day that comes round is the rules' own since v27 (routines-of-all.ts).
    const sentence = 'Hos oss går ingen nyanställd ensam på nattpass de första två veckorna.';
    expect(withoutJudge(() => hitsFor(sentence, 'sv')), 'Should be missed by the rules alone').not.toContain('values');
    expect(hitsFor(sentence, 'sv')).toContain('values');
  });
});

describe('evidence judge: look-alikes stay out', () => {
  it.each([
    ['en', 'We train our customers’ staff to use the scanner in a two-hour course.'],
    ['en', 'We sell a forklift course to other companies in the region.'],
    ['en', 'Visitors must sign in at reception and wear a hard hat at all times.'],
    ['nb', 'Vi holder kurs i førstehjelp for kundene våre, og kurset koster 900 kroner.'],
    ['nb', 'Besøkende får ikke gå inn i produksjonen uten følge.'],
    ['sv', 'Kunderna kan köpa en utbildning i programmet för 2 000 kronor per deltagare.'],
    ['sv', 'Besökare ska anmäla sig i receptionen och bära skyddsglasögon.'],
  ])('%s: %s', (lang, sentence) => {
    const hits = hitsFor(sentence, lang);
    expect(hits, 'Should not be a development path').not.toContain('career-goals');
    expect(hits, 'Should not be a value').not.toContain('values');
    // Below the point where the judge adds a hit of its own (hook.ts). Retrained with v44 in, the judge rates the Swedish
    // course sold to customers 0.525 for career-goals (0.482 before): "kan" and "utbildning" lean that way, the price does
    // not yet weigh against it; the rules never show it. The others stay under 0.17.
    expect(judge('career-goals', sentence)!).toBeLessThan(ADD_AT);
    expect(judge('values', sentence)!).toBeLessThan(ADD_AT);
  });
});
