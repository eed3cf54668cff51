// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { scoreBlocks } from '../../../core/evidence/score';
import { namesUnitAsSubject } from '../../../core/evidence/unit-subject';
import type { TextBlock } from '../../../core/model';
import { getPrompt } from '../../../core/prompts';

/**
 * Department: a team told by its head count in the first person ("We are seven people who …", "Vi er ni
 * operatører som …"), and a unit named as "ours" before its place and what it does ("Vaskeriet vårt på Geilo
 * vasker …"). Not the company's size, a count without what the people do, nor a crew an ad asks you to join.
 */

const departmentHits = (sentence: string, lang: string): string[] => {
  const department = getPrompt('department');
  if (!department) throw new Error('No prompt department');
  const blocks: TextBlock[] = [{ tag: 'p', heading: 'Innlegg', text: sentence }];
  return scoreBlocks(blocks, lang, [department], { clipKind: 'company' }).map((h) => h.sentence);
};

describe('department: a team told by its head count, a unit named as ours', () => {
  it.each([
    ['en', 'We are nine engineers who keep the county’s bridges open through the winter.'],
    ['en', 'We are 14 people who answer every call to the helpline, from dawn until midnight.'],
    ['nb', 'Vi er seks sykepleiere og to hjelpepleiere som passer på 30 beboere døgnet rundt.'],
    ['nb', 'Vi er 12 elektrikere som holder strømmen på i hele dalen.'],
    ['nb', 'Bakeriet vårt på Voss baker 4 000 brød i uka til alle butikkene i kjeden.'],
    ['sv', 'Vi är elva undersköterskor som tar hand om avdelningens patienter dygnet runt.'],
    ['sv', 'Vi är 8 tekniker och en arbetsledare som sköter alla hissar i kommunen.'],
    ['sv', 'Tvätteriet vårt i Ånge tvättar lakan åt alla tre hotellen.'],
  ])('%s: %s', (lang, sentence) => {
    expect(namesUnitAsSubject(sentence)).toBe(true);
    expect(departmentHits(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    // The company's size, a count without what they do, a crew an ad asks for, a place.
    ['en', 'We are 400 people who build software for hospitals in twelve countries.'],
    ['en', 'We are seven, and we love what we do.'],
    ['en', 'We are looking for a student to join our weekend crew from February.'],
    ['nb', 'Vi er 350 ansatte som leverer strøm til hele fylket.'],
    ['nb', 'Vi er fem ansatte i Oslo og to i Bergen.'],
    ['nb', 'Kontoret vårt ligger i sentrum av byen.'],
    ['sv', 'Vi är 1 200 medarbetare som gör skillnad varje dag.'],
    ['sv', 'Vi är tolv, och vi trivs ihop.'],
    ['nb', 'Vi er 12 000 ansatte som bygger veier og bruer i hele Norden.'],
  ])('not %s: %s', (_lang, sentence) => {
    expect(namesUnitAsSubject(sentence)).toBe(false);
  });
});
