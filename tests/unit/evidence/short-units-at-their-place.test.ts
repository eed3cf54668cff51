// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { scoreBlocks } from '../../../core/evidence/score';
import { namesUnitAsSubject } from '../../../core/evidence/unit-subject';
import type { TextBlock } from '../../../core/model';
import { getPrompt } from '../../../core/prompts';

/**
 * Department: a unit named by a short word in its definite form at its place, at work ("Köket i Åre by lagar mat åt alla
 * tre hotellen …", "Lagret i Umeå skickar …"), or keeping its hours ("Butikken i Hamar sentrum har åpent fra halv sju",
 * "has open" is no perfect). English names such a unit with "our"/"the" and its place ("Our depot in Hull opens at six …"),
 * read before. Not a surname, a season, nor what happened to the place ("Lageret i Mo har fått …").
 */

const departmentHits = (sentence: string, lang: string): string[] => {
  const department = getPrompt('department');
  if (!department) throw new Error('No prompt department');
  const blocks: TextBlock[] = [{ tag: 'p', heading: 'Om oss', text: sentence }];
  return scoreBlocks(blocks, lang, [department], { clipKind: 'company' }).map((h) => h.sentence);
};

describe('department: a short unit name at its place', () => {
  it.each([
    ['en', 'Our depot in Hull opens at six and loads forty vans before eight.'],
    ['nb', 'Kjøkkenet i Bodø lager mat til alle fire sykehjemmene i kommunen.'],
    ['nb', 'Butikken på Moa har åpent fra sju om morgenen, så håndverkerne rekker å handle før jobb.'],
    ['nb', 'Lagret i Narvik sender deler til hele Nord-Norge samme dag.'],
    ['sv', 'Köket i Sälen lagar mat åt alla fem restaurangerna och har 14 kockar.'],
    ['sv', 'Butiken i Luleå har öppet från sju på morgonen för hantverkarna.'],
  ])('%s: %s', (lang, sentence) => {
    expect(namesUnitAsSubject(sentence)).toBe(true);
    expect(departmentHits(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    ['nb', 'Lageret i Mo har fått ny sjef.'],
    ['nb', 'Hansen i Bodø har åpnet egen butikk.'],
    ['sv', 'Våren i Umeå kommer sent.'],
  ])('%s, no unit at work: %s', (_lang, sentence) => {
    expect(namesUnitAsSubject(sentence)).toBe(false);
  });
});
