// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { scoreBlocks } from '../../../core/evidence/score';

/**
 * Prompt classes of the twenty-fourth held-out set, continued (see v24-prompt-classes.test.ts and -2): an ad's title of a
 * role and a part of the business ("Data Engineer – Cloud Infrastructure") is no person card. Sentences written for
 * this test, none copied from the fixtures.
 */

const peopleOf = (lang: string, heading: string, text: string): string[] =>
  scoreBlocks([{ tag: 'h1', text: heading }, { tag: 'p', text }], lang, undefined, { clipKind: 'job-ad' })
    .filter((hit) => hit.promptId === 'people')
    .map((hit) => hit.sentence);

describe('people: an ad\'s title of a role and a part of the business is no person card', () => {
  it.each([
    ['en', 'Data Engineer – Cloud Infrastructure', 'You will build the pipelines that feed our pricing models.'],
    ['nb', 'Driftsingeniør – Digital Plattform', 'Du skal drifte appen som 300 000 kunder bruker hver uke.'],
    ['sv', 'Systemutvecklare – Digital Plattform', 'Du kommer att utveckla appen som 300 000 kunder använder varje vecka.'],
  ])('%s: %s', (lang, heading, text) => {
    expect(peopleOf(lang, heading, text)).toEqual([]);
  });

  it.each([
    ['en', 'Amira Haddad – Head of Data', 'Amira leads the eight engineers of the data team.'],
    ['nb', 'Kari Nordmann – driftssjef', 'Kari leder de tolv driftsingeniørene.'],
    ['sv', 'Lena Hjort – driftschef', 'Lena leder de tolv driftteknikerna.'],
  ])('%s: a name and a role stays a person: %s', (lang, heading, text) => {
    expect(peopleOf(lang, heading, text)).toHaveLength(1);
  });
});
