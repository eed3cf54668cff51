// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { personAsSubject } from '../../../core/evidence/people';
import { scoreBlocks } from '../../../core/evidence/score';
import type { TextBlock } from '../../../core/model';
import { getPrompt } from '../../../core/prompts';

/**
 * People: someone introducing themselves by first name in a post, with the role told as a doing ("I'm Graham,
 * and for nine years I have managed the estates team", "Jeg heter Kjell-Arne og har ledet anlegget …"), and a
 * quoted introduction ("”Jag heter … och började som …”"). Not an introduction without a role, nor an "I'm"
 * that opens a feeling.
 */

const peopleOf = (sentence: string, lang: string): string[] => {
  const people = getPrompt('people');
  if (!people) throw new Error('No prompt people');
  const blocks: TextBlock[] = [{ tag: 'p', text: sentence }];
  return scoreBlocks(blocks, lang, [people], { clipKind: 'company' }).map((h) => h.sentence);
};

describe('people: a first name introduced with a role told as a doing', () => {
  it.each([
    ['en', "I'm Fiona, and since 2018 I have managed the kitchen at the Harbour Hotel."],
    ['en', 'I’m Tariq and I ran the night desk for six years before I joined planning.'],
    ['nb', 'Jeg heter Oddvar og har ledet verkstedet på Sortland i tolv år.'],
    ['nb', 'Eg heiter Solveig og driver barnehagen på Nordfjordeid.'],
    ['sv', 'Jag heter Maja och började som lärling på sågen 2019.'],
    ['sv', '”Jag heter Elin Berg och arbetar som driftledare på värmeverket.”'],
  ])('%s: %s', (lang, sentence) => {
    expect(personAsSubject(sentence)).toBe(true);
    expect(peopleOf(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    ['en', "I'm Sam, and I love long walks by the sea."],
    ['en', "I'm Delighted to say that the new depot opened on Monday."],
    ['nb', 'Jeg heter Kari og er glad i fjellturer.'],
    ['sv', 'Jag heter Lisa.'],
  ])('not %s: %s', (_lang, sentence) => {
    expect(personAsSubject(sentence)).toBe(false);
  });
});
