// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { scoreBlocks } from '../../../core/evidence/score';
import { namesUnitAsSubject } from '../../../core/evidence/unit-subject';
import type { TextBlock } from '../../../core/model';
import { getPrompt } from '../../../core/prompts';

/**
 * Department: a unit named as the company's own workplace at work ("Vårt bageri bakar …", "Vårt verksted reparerer
 * …"), a Bokmål feminine definite unit with its staff counted ("Pakkelinja har fire operatører"), a room named by the
 * work done in it ("The dispatch room in Leeds sends …"), and a place told with where it lies before who works there
 * ("I verkstaden bakom de två hallarna arbetar tre mekaniker …"). Not "our" before a goal or a value, a first name with
 * her family, a meeting room, or a place with no people counted.
 */

const departmentHits = (sentence: string, lang: string): string[] => {
  const department = getPrompt('department');
  if (!department) throw new Error('No prompt department');
  const blocks: TextBlock[] = [{ tag: 'p', heading: 'Innlegg', text: sentence }];
  return scoreBlocks(blocks, lang, [department], { clipKind: 'company' }).map((h) => h.sentence);
};

describe('department: an own workplace at work, a unit with its staff, a room of work', () => {
  it.each([
    ['en', 'The dispatch room at Harrogate sends out every crane and lorry in the county.'],
    ['nb', 'Vårt verksted reparerer alle bussene i fylket, også om natta.'],
    ['nb', 'Pakkelinja har fire operatører og går i to skift.'],
    ['nb', 'I vaskehallen bak de to verkstedene jobber tre vaskere som klargjør bilene før levering.'],
    ['sv', 'Vårt bageri bakar allt bröd till de fyra kaféerna varje morgon.'],
    ['sv', 'I verkstaden bakom de två hallarna arbetar tre mekaniker som turas om att ha jour.'],
  ])('%s: %s', (lang, sentence) => {
    expect(namesUnitAsSubject(sentence)).toBe(true);
    expect(departmentHits(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    ['en', 'The meeting room at Harrogate seats twenty people.'],
    ['nb', 'Vår visjon bygger på at alle skal kunne reise kollektivt.'],
    ['nb', 'Marita har tre barn og bor på Voss.'],
    ['nb', 'Pakkelinja har fire hastigheter og en egen vekt.'],
    ['sv', 'Vårt mål är att baka allt bröd själva.'],
    ['sv', 'I verkstaden bakom de två hallarna står tre gamla svarvar.'],
  ])('%s, no unit: %s', (_lang, sentence) => {
    expect(namesUnitAsSubject(sentence)).toBe(false);
  });
});
