// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { activeModel, useEvidenceModel, type EvidenceModel } from '../../../core/evidence/model/judge';
import { sentenceFeatures } from '../../../core/evidence/model/features';
import { scoreBlocks } from '../../../core/evidence/score';
import type { TextBlock } from '../../../core/model';

/**
 * A sentence the learned judge rates highly for a prompt stays that prompt's evidence even when another prompt holds it
 * by a cue or a heading (keep.ts, answeredElsewhere): the judge weighs a hit at most one cue, so it could never stand
 * beside another prompt's hit, and a route the company offers under "How we work" was lost to values. A rule's weak
 * hit still goes when another prompt holds the sentence more strongly. A small model written here, not the shipped
 * weights, so the test reads the ranking rule and not what the judge happened to learn.
 */

const shipped = activeModel();
afterEach(() => useEvidenceModel(shipped));

/** A career-goals judge that is sure of exactly the given sentences (their features, each with a large weight). */
function sureOf(...sentences: string[]): EvidenceModel {
  const weights = Object.fromEntries(sentences.flatMap((s) => sentenceFeatures(s).filter((f) => !f.startsWith('#')).map((f) => [f, 3])));
  return { about: 'test', prompts: { 'career-goals': { bias: -4, weights } } };
}

const page = (heading: string, sentence: string): TextBlock[] => [
  { tag: 'h2', text: heading },
  { tag: 'p', text: sentence, heading },
];

const promptsOf = (blocks: TextBlock[], lang: string, sentence: string): string[] =>
  scoreBlocks(blocks, lang, undefined, { clipKind: 'company' })
    .filter((h) => h.sentence === sentence)
    .map((h) => h.promptId);

const ROUTES = [
  ['en', 'How we work', 'Two of us study part time to become network technicians, and whoever wants to can move on to our operations group.'],
  ['nb', 'Slik jobber vi', 'To av oss studerer på deltid til nettverkstekniker, og den som vil, kan gå videre til driftsgruppa vår.'],
  ['sv', 'Så jobbar vi', 'Två av oss läser på halvtid till nätverkstekniker, och den som vill kan gå vidare till vår driftgrupp.'],
] as const;

describe('a judged hit stands beside another prompt’s hit of the same sentence', () => {
  it.each(ROUTES)('%s: under “%s” the route stays career-goals evidence', (lang, heading, sentence) => {
    useEvidenceModel(sureOf(sentence));
    const prompts = promptsOf(page(heading, sentence), lang, sentence);
    expect(prompts, 'The judge is sure of it: a development path').toContain('career-goals');
    expect(prompts, 'The heading still makes it a value too').toContain('values');
  });

  it.each(ROUTES)('%s: a judge that does not rate the sentence adds nothing under “%s”', (lang, heading, sentence) => {
    useEvidenceModel(sureOf('Something else entirely, about lorries and tyres.'));
    expect(promptsOf(page(heading, sentence), lang, sentence)).not.toContain('career-goals');
  });
});

const BACKED = [
  ['en', 'How we work', 'After a year on the tills you can apply for our store management course.'],
  ['nb', 'Slik jobber vi', 'Etter to år kan du søke på lederutviklingsprogrammet vårt.'],
  ['sv', 'Så jobbar vi', 'Efter tre år kan du söka till vår traineeutbildning för blivande arbetsledare.'],
] as const;

describe('a rule’s weak hit the judge backs stays too', () => {
  it.each(BACKED)('%s: under “%s”, backed by the judge, the route stays career-goals evidence', (lang, heading, sentence) => {
    useEvidenceModel(sureOf(sentence));
    expect(promptsOf(page(heading, sentence), lang, sentence)).toContain('career-goals');
  });

  it.each(BACKED)('%s: under “%s”, without the judge’s backing, the heading’s prompt holds it', (lang, heading, sentence) => {
    useEvidenceModel(sureOf('Something else entirely, about lorries and tyres.'));
    const prompts = promptsOf(page(heading, sentence), lang, sentence);
    expect(prompts).toContain('values');
    expect(prompts).not.toContain('career-goals');
  });
});

describe('a rule’s weak hit still goes to the prompt that holds the sentence best', () => {
  it.each([
    ['en', 'Our support team of nine answered 94 per cent of calls within two minutes last year.'],
    ['nb', 'Kundeservice, ni medarbeidere i Hamar, svarte på 94 prosent av samtalene innen to minutter i fjor.'],
    ['sv', 'Kundtjänst, nio medarbetare i Gävle, svarade på 94 procent av samtalen inom två minuter i fjol.'],
  ])('%s: %s', (lang, sentence) => {
    useEvidenceModel(undefined);
    const prompts = promptsOf([{ tag: 'p', text: sentence }], lang, sentence);
    expect(prompts, 'A record of a unit is no plan').not.toContain('strategy');
  });
});
