// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { mentionsPerson, namesByRelation, personAsSubject, rolesBeforeNames } from '../../../core/evidence/people';
import { scoreBlocks } from '../../../core/evidence/score';
import type { TextBlock } from '../../../core/model';
import { getPrompt } from '../../../core/prompts';

/**
 * People: a name with its role where the role was not read, and names that are no person.
 * - Swedish roles in "-ledare" ("skiftledare", "arbetsledare", "projektledare"), as the Bokmål "-leder" already were.
 * - Becoming a role is holding it: "Lina Berg blir arbetsledare för …", "Tom Reed becomes site manager at …".
 * - After a verb of saying, a role in its definite form before the name ("säger truckföraren Leila Nyström", "sier
 *   sjåføren Ola Hansen"); an indefinite one ("sier gårdbruker …") is as often a bystander's.
 * - A signature with a title in title case and the company ("Jonathan Pell, Chief Executive Officer, Aldbury plc") is
 *   no menu for its capitals.
 * - Not a person: what a role is "of" ("the founder of Fellside Outdoor Clothing"), a road "under" which a main burst.
 */

const peopleHits = (sentence: string, lang: string): string[] => {
  const people = getPrompt('people');
  if (!people) throw new Error('No prompt people');
  const blocks: TextBlock[] = [{ tag: 'p', text: sentence }];
  return scoreBlocks(blocks, lang, [people], { clipKind: 'company' }).map((h) => h.sentence);
};

describe('people: a Swedish role in -ledare, and becoming a role', () => {
  it.each([
    ['sv', 'Karin Lund är skiftledare på linje 2 och har jobbat här i nio år.'],
    ['sv', 'Lina Berg blir arbetsledare för kvällsskiftet efter fem år som operatör hos oss.'],
    ['nb', 'Kari Lund blir ny avdelingsleder for kundesenteret etter seks år som rådgiver.'],
    ['en', 'Tom Reed becomes site manager at the Hull depot after six years as a driver.'],
  ])('%s: "%s" names a person with a role', (lang, sentence) => {
    expect(personAsSubject(sentence)).toBe(true);
    expect(peopleHits(sentence, lang)).toContain(sentence);
  });
});

describe("people: a speaker's role in its definite form after a verb of saying", () => {
  it.each([
    ['sv', '– Jag har kört truck i tolv år, så jag tackade ja direkt, säger truckföraren Leila Nyström.', 'Leila Nyström'],
    ['nb', '– Jeg har kjørt buss i tolv år, så jeg takket ja med en gang, sier sjåføren Ola Hansen.', 'Ola Hansen'],
  ])('%s: "%s" names the speaker', (lang, sentence, name) => {
    expect(rolesBeforeNames(sentence).map((p) => p.name)).toContain(name);
    expect(peopleHits(sentence, lang)).toContain(sentence);
  });

  it.each([
    ['nb', 'Det holder ikke, sier gårdbruker Ola Ingebrigtsen, som måtte hente aggregat til fjøset.'],
    ['sv', 'Det räcker inte, säger lantbrukare Per Olsson, som fick hämta ett aggregat.'],
    ['en', 'It is not good enough, says farmer Ola Ingebrigtsen, who had to fetch a generator.'],
  ])('%s: "%s" names a bystander, not a role read after the verb', (_lang, sentence) => {
    expect(rolesBeforeNames(sentence)).toEqual([]);
  });
});

describe('people: a signature with a title in title case', () => {
  it.each([
    ['en', 'Jonathan Pell, Chief Executive Officer, Aldbury Diagnostics plc'],
    ['en', 'Harriet Vane, Finance Director, Shrewsbury Foods Ltd'],
    ['nb', 'Anders Gran, administrerende direktør, Fjordkraft Vest AS'],
    ['sv', 'Anders Gahnström, verkställande direktör, Slite Kalk AB'],
  ])('%s: "%s" is people evidence', (lang, sentence) => {
    expect(peopleHits(sentence, lang)).toContain(sentence);
  });
});

describe('people: what a role is of, and a road, are no person', () => {
  it.each([
    ['en', 'Trade Weekly talks to the founder of Fellside Outdoor Clothing about repairs and wool.'],
    ['en', 'We spoke to the managing director of Northgate Steel Works about the new furnace.'],
  ])('%s: "%s" names no person after "of"', (_lang, sentence) => {
    expect(rolesBeforeNames(sentence)).toEqual([]);
  });

  it.each([
    ['en', 'Supply was restored after the trunk main burst under Shap Road on Tuesday.'],
    ['en', 'Traffic was stopped under Tower Bridge for an hour.'],
  ])('%s: "%s" names a road, not a person', (lang, sentence) => {
    expect(namesByRelation(sentence)).toEqual([]);
    expect(mentionsPerson(sentence)).toBe(false);
    expect(peopleHits(sentence, lang)).not.toContain(sentence);
  });

  it.each([
    ['en', 'The transport office under Sunil Mistry plans every delivery.', 'Sunil Mistry'],
    ['nb', 'Verkstedet ledes av Kari Dahl og har seks mekanikere.', 'Kari Dahl'],
    ['sv', 'Verkstaden leds av Karin Dahl och har sex mekaniker.', 'Karin Dahl'],
  ])('%s: "%s" still names %s', (_lang, sentence, name) => {
    expect(namesByRelation(sentence)).toContain(name);
  });
});
