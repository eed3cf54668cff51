// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { personStartedAs } from '../../../core/evidence/apposition';
import { FIRST_CUE_WEIGHT } from '../../../core/evidence/rules';
import { scoreBlocks } from '../../../core/evidence/score';
import type { TextBlock } from '../../../core/model';
import { getPrompt } from '../../../core/prompts';

/**
 * People: a named colleague whose path is told from its start, as the sentence's subject ("Steve Irving started here as a
 * 16-year-old apprentice …, and has been production manager since 2019"): a person who works there, whatever role the
 * sentence names later. Not a company or a shop that started somewhere.
 */

/** The sentence's people hit, scored as a name with a role (more than one cue's weight), or nothing. */
const peopleHits = (sentence: string, lang: string): string[] => {
  const people = getPrompt('people');
  if (!people) throw new Error('No prompt people');
  const blocks: TextBlock[] = [{ tag: 'p', heading: 'Tjue år', text: sentence }];
  return scoreBlocks(blocks, lang, [people], { clipKind: 'company' })
    .filter((h) => h.score > FIRST_CUE_WEIGHT)
    .map((h) => h.sentence);
};

describe('people: a colleague told from where they started', () => {
  it.each([
    ['en', 'Hannah Cole started here as a school leaver on the packing line, took our forklift course in her first year and has been warehouse manager since 2021.'],
    ['en', 'Ravi Patel began as a trainee driver, moved to the planning desk in 2018 and now runs the transport office.'],
    ['nb', 'Kjersti Moen startet som lærling på verkstedet i 2004, tok fagbrev som bedriften betalte og er i dag verkstedleder.'],
    ['nb', 'Ole Brekke begynte her som sommervikar på lageret og har ledet innkjøpsavdelingen siden 2019.'],
    ['sv', 'Linnea Holm startade som springpojke på tryckeriet, gick vår arbetsledarutbildning och är i dag produktionschef.'],
    ['sv', 'Erik Dahl började här som lärling 1998 och har varit driftchef sedan 2015.'],
  ])('%s: %s', (lang, sentence) => {
    expect(personStartedAs(sentence)).toBe(true);
    expect(peopleHits(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    ['en', 'Calder Valley Cycles started in 2009 in a railway arch, fixing commuters\' bikes before the morning train.'],
    ['nb', 'Nordre Bakeri startet i 1987 i en kjeller i Storgata.'],
    ['sv', 'Norra Tryckeriet startade 1952 med en enda press i en källare.'],
  ])('%s, not a person: %s', (_lang, sentence) => {
    expect(personStartedAs(sentence)).toBe(false);
  });
});
