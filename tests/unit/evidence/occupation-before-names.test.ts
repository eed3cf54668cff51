// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { occupationBeforeName } from '../../../core/evidence/occupation-names';
import { scoreBlocks } from '../../../core/evidence/score';
import type { TextBlock } from '../../../core/model';
import { getPrompt } from '../../../core/prompts';

/**
 * People: in Bokmål and Swedish a person named after their trade in its definite form at the opening of a sentence
 * ("Dirigenten Anna Moberg lät …", "Regissøren Kari Holm satte …") is the one the sentence is about, whatever the trade.
 * Not a place or a firm with a two-word name, a trade in "-eren" that names firms as often, nor an English capitalised
 * "-er" word before a firm's name (left out: "Calder Valley Cycles started …").
 */

const peopleHits = (sentence: string, lang: string): string[] => {
  const people = getPrompt('people');
  if (!people) throw new Error('No prompt people');
  const blocks: TextBlock[] = [{ tag: 'p', heading: 'Från turnén', text: sentence }];
  return scoreBlocks(blocks, lang, [people], { clipKind: 'company' }).map((h) => h.sentence);
};

describe('people: a person named after their trade at the opening', () => {
  it.each([
    ['nb', 'Regissøren Kari Holm satte opp hele stykket på tre uker.'],
    ['nb', 'Fotografen Jonas Brekke tok bildene fra taket på rådhuset.'],
    ['sv', 'Dirigenten Anna Moberg lät kören sjunga psalmen en gång till.'],
    ['sv', 'Producenten Nils Forsgren hade bokat alla hotell i förväg.'],
    ['sv', 'Läraren Maja Lindqvist tog med klassen till bryggeriet.'],
  ])('%s: %s', (lang, sentence) => {
    expect(occupationBeforeName(sentence)).toBe(true);
    expect(peopleHits(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    ['en', 'Calder Valley Cycles started in a railway arch in 2009.'],
    ['en', 'Conductor Anna Moberg let the choir sing the hymn once more.'],
    ['nb', 'Oppdretteren Nordvik Havbruk må betale en stor bot.'],
    ['nb', 'Restauranten Grand Central ligger ved stasjonen.'],
    ['sv', 'Dirigenten var sjuk, så kören sjöng utan honom.'],
    ['sv', 'Traktoren Massey Ferguson står kvar i ladan.'],
  ])('%s, not a person by trade: %s', (_lang, sentence) => {
    expect(occupationBeforeName(sentence)).toBe(false);
  });
});
