// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { namesByRelation } from '../../../core/evidence/people';
import { scoreBlocks } from '../../../core/evidence/score';

const peopleHits = (text: string, lang: string) =>
  scoreBlocks(
    [
      { tag: 'h2', text: 'Contact' },
      { tag: 'p', text, heading: 'Contact' },
    ],
    lang,
    undefined,
    { clipKind: 'job-ad' },
  ).filter((hit) => hit.promptId === 'people');

describe('a contact an ad labels, with no role beside the name', () => {
  it.each([
    ['en', 'Contact: Oliver Grant, Michael Page Leeds, quoting JN-112026-6610421.', 'Oliver Grant'],
    ['nb', 'Kontaktperson: Siri Dahl, Uniflex Lillestrøm, tlf. 900 00 000.', 'Siri Dahl'],
    ['sv', 'Kontakt: Elin Berg, Proffice Västerås, 021-12 34 56.', 'Elin Berg'],
  ])('%s: is someone to talk to', (lang, line, name) => {
    expect(namesByRelation(line)).toEqual([name]);
    expect(peopleHits(line, lang).map((hit) => hit.sentence)).toEqual([line]);
  });

  it.each([
    ['nb', 'Kontakt: Kundeservice Bergen, tlf. 55 00 00 00.'],
    ['sv', 'Kontakt: Kundtjänst Umeå, 090-10 20 30.'],
    ['en', 'Contact: Customer Services, 0113 496 0000.'],
  ])('%s: a desk or a service is no person', (_lang, line) => {
    expect(namesByRelation(line)).toEqual([]);
  });
});
