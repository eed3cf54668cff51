// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { scoreBlocks } from '../../../core/evidence/score';
import { namesUnitAsSubject } from '../../../core/evidence/unit-subject';
import type { TextBlock } from '../../../core/model';
import { getPrompt } from '../../../core/prompts';

/**
 * Department: a unit or a workplace told by the people who staff it: the place first and who works there after it
 * ("På lageret har vi 14 truckførere …"), the unit with its people set off by "with" ("Verkstedet på Moa, med seks
 * mekanikere, …"), or run by them ("Mottaket bemannes av tre sykepleiere …"). Not a time before "we have", a count
 * of things or years, nor a person with what they have.
 */

const departmentHits = (sentence: string, lang: string): string[] => {
  const department = getPrompt('department');
  if (!department) throw new Error('No prompt department');
  const blocks: TextBlock[] = [{ tag: 'p', heading: 'Nyheter', text: sentence }];
  return scoreBlocks(blocks, lang, [department], { clipKind: 'company' }).map((h) => h.sentence);
};

describe('department: a unit told by the people who staff it', () => {
  it.each([
    ['en', 'At the Hull depot we have nine drivers and two planners who deliver to 300 shops.'],
    ['en', 'The Carlisle print room, with six operators and a planner, prints every label we sell.'],
    ['en', 'The quay is staffed by four loaders who fill the feed boats day and night.'],
    ['nb', 'På lageret har vi 14 truckførere som laster ut til butikkene hver natt.'],
    ['nb', 'Verkstedet på Moa, med seks mekanikere og en egen servicebil, reparerer alle bussene i fylket.'],
    ['nb', 'Mottaket bemannes av tre sykepleiere som tar imot pasientene døgnet rundt.'],
    ['sv', 'I Borlänge har vi 22 montörer och en arbetsledare som bygger om växlar i hela regionen.'],
    ['sv', 'På bygget jobbar nu ett lag på nio snickare och två lärlingar.'],
    ['sv', 'Receptionen bemannas av fem värdar som tar emot gäster dygnet runt.'],
  ])('%s: %s', (lang, sentence) => {
    expect(namesUnitAsSubject(sentence)).toBe(true);
    expect(departmentHits(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    // A time before "we have", things or years counted, a person with what they have.
    ['en', 'In 2026 we have 12 new customers in the north.'],
    ['en', 'Karen, with 30 years behind her, knows every press.'],
    ['nb', 'I dag har vi 40 ansatte og tre kontorer.'],
    ['nb', 'I Norge har vi 3 000 kunder.'],
    ['sv', 'Hansen, med tre barn hemma, jobbar deltid.'],
    ['sv', 'I år har vi 12 lärlingar.'],
  ])('%s, not a unit by its crew: %s', (_lang, sentence) => {
    expect(namesUnitAsSubject(sentence)).toBe(false);
  });
});
