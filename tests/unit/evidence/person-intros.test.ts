// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { inlinePerson, personAsSubject } from '../../../core/evidence/people';
import { scoreBlocks } from '../../../core/evidence/score';
import type { TextBlock } from '../../../core/model';
import { getPrompt, type Prompt } from '../../../core/prompts';

/**
 * People in the forms blogs, portraits, newsletters and letters use: a first-person introduction ("Jag
 * heter …"), an age in brackets after the name ("… (46) var …"), a relative clause with the role ("…, som
 * ansvarar för …"), one of the founders, and a letter signed by the chief executive. Not people: a unit
 * with a capitalised name that is responsible for something, and "my name is" without a name.
 */

function prompt(id: string): Prompt {
  const found = getPrompt(id);
  if (!found) throw new Error(`No prompt ${id}`);
  return found;
}

const peopleHits = (text: string, lang: string, kind: 'company' | 'news' = 'company'): string[] => {
  const blocks: TextBlock[] = [
    { tag: 'h1', text: 'Nytt' },
    { tag: 'p', heading: 'Nytt', text },
  ];
  return scoreBlocks(blocks, lang, [prompt('people')], { clipKind: kind }).flatMap((h) => [h.sentence, ...(h.parts ?? [])]);
};

describe('people: how blogs, portraits and newsletters name someone', () => {
  it.each([
    ['sv', 'Jag heter Elin Borg och har arbetat i mätgruppen i Borlänge i sex år.'],
    ['nb', 'Jeg heter Ola Strand og har jobbet på verkstedet i Molde siden 2019.'],
    ['en', 'My name is Priya Nair and I have worked in the records team for three years.'],
    ['nb', 'Hilde Aasen (52) var sykepleier i tjue år før hun startet bakeriet.'],
    ['sv', 'Anders Lind (38) var lärare i Falun innan han tog över gården.'],
    ['sv', 'Maria Ek, som ansvarar för butiken, har redan beställt vårens fröer.'],
    ['nb', 'Jonas Vik, som leder verkstedet, har bygget om linje to i høst.'],
    ['en', 'Sam Hollis, who runs the nursery, has already sown the first tomatoes.'],
    ['sv', 'Lina Holm är en av grundarna och leder i dag arbetet med skolorna.'],
    ['nb', 'Kari Moe er en av grunnleggerne og har ansvar for alle kundene.'],
    ['en', 'Tom Reyes is one of the founders and leads our work with councils.'],
  ])('%s: %s', (lang, sentence) => {
    expect(personAsSubject(sentence)).toBe(true);
    expect(peopleHits(sentence, lang)).toContain(sentence);
  });

  it('reads a letter signed with a title and "Chief Executive"', () => {
    expect(inlinePerson('Dr Helen Marsh, Chief Executive')?.role).toBe('Chief Executive');
    // The person is shown as name and role.
    expect(peopleHits('Dr Helen Marsh, Chief Executive', 'en')).toEqual(['Dr Helen Marsh – Chief Executive.']);
  });
});

describe('people: what looks like one of them but is no person', () => {
  it.each([
    // A business area with a capitalised name, responsible for something; a name without a role or doing;
    // "my name is" with no name; an age with nothing after it that is a role.
    ['sv', 'Affärsområdet Elnät ansvarar för drift och utbyggnad av ledningarna.'],
    ['sv', 'Maria Ek, som kom hit i fjol, tycker om vårblommor.'],
    ['en', 'My name is on the list for the next course.'],
    ['nb', 'Hilde Aasen (52) liker å gå tur i marka.'],
  ])('%s: %s', (_, sentence) => {
    expect(personAsSubject(sentence)).toBe(false);
  });
});
