// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { scoreBlocks } from '../../../core/evidence/score';
import { namesUnitAsSubject } from '../../../core/evidence/unit-subject';
import type { TextBlock } from '../../../core/model';
import { prompt } from './do-better-alone';

/**
 * Department: a unit in its definite form told with its staff or at its place, also when two units open the sentence
 * together ("Sorteringen och manglingen har 42 medarbetare", "Kjøkkenet og resepsjonen har ni ansatte") and when a
 * Swedish unit's definite form follows a long vowel ("Depån i Borlänge har 34 lokförare", "Byrån har tolv konsulter").
 * Not two people ("Karin och Anders har tre barn"), a first name ("Johan i Borlänge har tre barn"), a season or a
 * place joined to a unit, nor English, where the unit's word is read as it always was.
 */

const departmentHits = (sentence: string, lang: string): string[] => {
  const blocks: TextBlock[] = [{ tag: 'h1', text: 'Om oss' }, { tag: 'p', heading: 'Om oss', text: sentence }];
  return scoreBlocks(blocks, lang, [prompt('department')], { clipKind: 'company' }).map((h) => h.sentence);
};

describe('department: units joined, and Swedish definite forms after a long vowel', () => {
  it.each([
    ['nb', 'Kjøkkenet og resepsjonen har ni ansatte som jobber i turnus.'],
    ['nb', 'Mottaket og lageret på Fosen har tolv operatører i to skift.'],
    ['sv', 'Sorteringen och manglingen har 42 medarbetare i två skift.'],
    ['sv', 'Depån i Borlänge har 34 lokförare och sex tågvärdar som kör malm till hamnen.'],
    ['sv', 'Byrån har tolv konsulter som arbetar med offentliga upphandlingar.'],
  ])('%s: %s', (lang, sentence) => {
    expect(namesUnitAsSubject(sentence)).toBe(true);
    expect(departmentHits(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    ['nb', 'Kari og Anders har fire barn og bor på Fosen.'],
    ['nb', 'Våren og sommeren har vært travle for alle.'],
    ['sv', 'Karin och Anders har tre barn och bor i Borlänge.'],
    ['sv', 'Johan i Borlänge har tre barn.'],
    ['sv', 'Hösten och vintern har varit kalla i Borlänge.'],
    ['en', 'Anna and Johan have three children and live in Borlänge.'],
  ])('%s, no unit: %s', (lang, sentence) => {
    expect(namesUnitAsSubject(sentence)).toBe(false);
    expect(departmentHits(sentence, lang)).toEqual([]);
  });
});
