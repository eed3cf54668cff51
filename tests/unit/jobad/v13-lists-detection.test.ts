// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { extractJobAd } from '../../../core/jobad';
import { classifyHeading } from '../../../core/jobad/headings';
import { isNiceItem } from '../../../core/jobad/lists';
import type { JobAdInput } from '../../../core/jobad';
import type { TextBlock } from '../../../core/model';

/**
 * List and detection classes the thirteenth set showed, each in English, Norwegian and Swedish: lead-ins that wish or
 * hope for what the applicant has, that count something in the applicant's favour, that tell what the work will be,
 * and a small employer's own page whose only signs of an ad are its duties and its wishes.
 */

describe('lead-ins of the requirement lists', () => {
  test.each([
    ['en', 'Hopefully you have'],
    ['nb', 'Vi ønsker at'],
    ['nb', 'Vi håper du har'],
    ['sv', 'Vi hoppas att du har'],
    ['sv', 'Vi önskar att'],
    ['en', 'We hope that'],
    ['nb', 'Vi håper at'],
    ['sv', 'Vi hoppas att'],
  ])('%s: "%s" opens the must-haves', (_lang, heading) => {
    expect(classifyHeading(heading)).toBe('must');
  });

  test.each([
    ['en', 'Counts in your favour'],
    ['en', 'Handy to have'],
    ['nb', 'Det teller positivt med'],
    ['nb', 'Fint å ha'],
    ['nb', 'Ønskjeleg'],
    ['nb', 'Bonus om du har'],
    ['sv', 'Det räknas positivt om du har'],
    ['sv', 'Bra att ha'],
  ])('%s: "%s" opens the nice-to-haves', (_lang, heading) => {
    expect(classifyHeading(heading)).toBe('nice');
  });

  test.each([
    ['en', "You're going to"],
    ['en', 'What you do'],
    ['nb', 'Du kommer til å'],
    ['nb', 'Hva du gjør'],
    ['nb', 'Kva du gjer'],
    // Swedish had its form before this round; kept so the three languages stay side by side.
    ['sv', 'Det här gör du'],
  ])('%s: "%s" opens the duties', (_lang, heading) => {
    expect(classifyHeading(heading)).toBe('responsibilities');
  });
});

describe('a wish that calls a skill handy is a nice-to-have', () => {
  test.each([
    ['en', 'Forklift experience is handy, but we will train you'],
    ['nb', 'Barista-erfaring er kjekt, men vi lærer deg opp.'],
    ['sv', 'Truckkort är bra att ha'],
  ])('%s: "%s"', (_lang, item) => {
    expect(isNiceItem(item)).toBe(true);
  });

  test('a must that only mentions the word stays a must', () => {
    expect(isNiceItem('Du er kjekk med kunder og kolleger')).toBe(false);
  });
});

const block = (tag: string, text: string, heading?: string): TextBlock => (heading ? { tag, text, heading } : { tag, text });

/** A climbing gym's, a café's or a stable's own page: a heading, a line of facts, duties and wishes, no label or date. */
function ownSite(lang: string, title: string, facts: string, duties: [string, string[]], wishes: [string, string[]]): JobAdInput {
  const blocks: TextBlock[] = [
    block('h1', title),
    block('p', facts, title),
    block('h2', duties[0]),
    ...duties[1].map((d) => block('li', d, duties[0])),
    block('h2', wishes[0]),
    ...wishes[1].map((w) => block('li', w, wishes[0])),
  ];
  return { url: 'https://example.org/jobb', lang, title: `${title} – Example`, jsonLd: [], microdata: [], blocks, textContent: blocks.map((b) => b.text).join('\n') };
}

describe("a small employer's own page with duties and wishes is an ad", () => {
  test.each([
    ['en', 'Climbing Instructor, part-time', 'Carlisle · about 15 hours · evenings', ['What you do', ['Run taster sessions on the ropes', 'Keep the floor safe on evening shifts']], ['Bonus if you have', ['A first aid course', 'Experience with children']]],
    ['nb', 'Klatreinstruktør, deltid', 'Tromsø · ca. 40 % · kvelder', ['Hva du gjør', ['Holde introkurs i tauklatring', 'Ha ansvar for sikkerheten i hallen']], ['Bonus om du har', ['Førstehjelpskurs', 'Erfaring med barnegrupper']]],
    ['sv', 'Klätterinstruktör, deltid', 'Umeå · cirka 40 % · kvällar', ['Det här gör du', ['Håller introkurser i repklättring', 'Ansvarar för säkerheten i hallen']], ['Bra att ha', ['Utbildning i första hjälpen', 'Erfarenhet av barngrupper']]],
  ])('%s: "%s"', (lang, title, facts, duties, wishes) => {
    const ad = extractJobAd(ownSite(lang, title, facts, duties as [string, string[]], wishes as [string, string[]]));
    expect(ad).not.toBeNull();
    expect(ad!.responsibilities).toEqual((duties as [string, string[]])[1]);
    expect(ad!.requirements.nice).toEqual((wishes as [string, string[]])[1]);
  });
});
