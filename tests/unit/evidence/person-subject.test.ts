// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { personAsSubject } from '../../../core/evidence/people';
import { scoreBlocks } from '../../../core/evidence/score';
import type { TextBlock } from '../../../core/model';
import { getPrompt, type Prompt } from '../../../core/prompts';

/**
 * People: a named person as a sentence's subject, with a role or a doing that is one ("… is Head Nurse
 * at …", "… leads the support team", "… har jobbat natt i sex år"), a title of ownership before the name,
 * and a name the reader is asked to call. Not people: a company's two-word name as the subject, however
 * it is described, and a name that does nothing in the sentence.
 */

function prompt(id: string): Prompt {
  const found = getPrompt(id);
  if (!found) throw new Error(`No prompt ${id}`);
  return found;
}

const peopleHits = (text: string, lang: string, kind: 'company' | 'news' | 'job-ad' = 'company'): string[] => {
  const blocks: TextBlock[] = [
    { tag: 'h1', text: 'Om oss' },
    { tag: 'p', heading: 'Om oss', text },
  ];
  return scoreBlocks(blocks, lang, [prompt('people')], { clipKind: kind }).flatMap((h) => [h.sentence, ...(h.parts ?? [])]);
};

describe('people: a named person as the subject, with a role', () => {
  it.each([
    ['en', 'Fiona Maddox is Senior Engineer at our Leeds depot.'],
    ['en', 'Tomasz Nowak leads the night crew and has trained most of the new drivers.'],
    ['en', 'Please call Hannah Price at our Truro office to hear more about the role.'],
    ['nb', 'Ingrid Solbakken er daglig leder for begge butikkene.'],
    ['nb', 'Medeier Petter Aasen baker alt brødet selv hver morgen.'],
    ['nb', 'Sigrun Haugland har jobbet på lageret i Ålesund i tolv år.'],
    ['sv', 'Karin Lindqvist driver butiken i Luleå sedan 2019.'],
    ['sv', 'Delägare Omar Haddad tar emot alla beställningar till bröllop.'],
    ['sv', 'Elin Sandberg har arbetat som undersköterska på avdelningen i åtta år.'],
  ])('%s: %s', (lang, sentence) => {
    expect(peopleHits(sentence, lang), 'Should find the person').toContain(sentence);
  });

  it('reads a profile told in prose as one person: the name with a role, then what she did', () => {
    const first = 'Nadia Rahman is Head Pharmacist at our Bristol branch.';
    const second = 'She joined us as a trainee in 2016 and now runs a team of nine.';
    expect(peopleHits(`${first} ${second}`, 'en')).toEqual(expect.arrayContaining([first, second]));
  });
});

describe('people: what looks like a named subject but is not a person with a role', () => {
  it.each([
    ['en', 'Kestrel Analytics Ltd is an equal opportunity employer.'],
    ['en', 'Harbour Fisheries is authorised by the Marine Management Organisation.'],
    ['en', 'Green Valley Farms grows potatoes on 400 acres near the coast.'],
    ['nb', 'Nordvik Bakeri er en del av Bakehuset Gruppen.'],
    ['nb', 'Vi leverer til butikker over hele Vestlandet.'],
    ['sv', 'Blocket Jobb är en del av Blocket AB.'],
    ['sv', 'Granlunds Bageri har bakat i Umeå sedan 1962.'],
    ['en', 'Meanwhile, Bob Hansen has been working on the new van racks.'],
    ['en', 'Assess How Deep Is Your Content Before You Publish'],
  ])('%s: %s', (lang, sentence) => {
    expect(personAsSubject(sentence)).toBe(false);
    expect(peopleHits(sentence, lang)).toEqual([]);
  });
});
