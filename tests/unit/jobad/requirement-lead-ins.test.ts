import { describe, expect, test } from 'vitest';
import { extractTextBlocks } from '../../../content/text-blocks';
import { readSections } from '../../../core/jobad/sections';

/**
 * Requirement classes the eighth held-out set showed, each in English, Norwegian and Swedish: a nice-to-have
 * list under a lead-in that says it is a plus or an advantage; a wish ("Vi ser gjerne at du har") that is the
 * nice-to-haves beside a must list and the must-haves alone; a must list under a longer lead-in ("You might
 * be a fit if you have").
 */

const read = (html: string) => readSections(extractTextBlocks(new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body));
const must = (heading: string) => `<h2>${heading}</h2><ul><li>Erfaring fra butikk</li><li>Førerkort klasse B</li></ul>`;

describe('a lead-in that calls the list a plus or an advantage: the nice-to-haves', () => {
  test.each([
    ['sv', 'Vem är du?', 'Det är plus om du har:'],
    ['sv', 'Vem är du?', 'Det är en fördel om du har'],
    ['nb', 'Hvem er du?', 'Det er et pluss hvis du har:'],
    ['en', 'We expect', 'It is an advantage if you have'],
    ['en', 'About you', 'A plus if you have:'],
  ])('%s: "%s" then "%s"', (_lang, mustHeading, niceLead) => {
    const got = read(`${must(mustHeading)}<p>${niceLead}</p><ul><li>Utdanning innen hagebruk</li></ul>`);
    expect(got.must).toEqual(['Erfaring fra butikk', 'Førerkort klasse B']);
    expect(got.nice).toEqual(['Utdanning innen hagebruk']);
  });

  test('"Plussmeny" and "Advantage Club" are not such lead-ins', () => {
    const got = read(`${must('Hvem er du?')}<h2>Fordelsprogram: Advantage Club</h2><ul><li>Rabatt på trening</li></ul>`);
    expect(got.nice).toEqual([]);
  });
});

describe('a wish is the nice-to-haves beside a must list, and the must-haves alone', () => {
  test.each([
    ['nb', 'Hvem er du?', 'Vi ser gjerne at du har:'],
    ['sv', 'Vem är du?', 'Vi ser gärna att du har:'],
    ['en', "What you'll need", 'Ideally you also have:'],
  ])('%s: "%s" then "%s"', (_lang, mustHeading, wish) => {
    const got = read(`${must(mustHeading)}<p>${wish}</p><ul><li>Kjennskap til Opera PMS</li><li>Tysk</li></ul>`);
    expect(got.must).toEqual(['Erfaring fra butikk', 'Førerkort klasse B']);
    expect(got.nice).toEqual(['Kjennskap til Opera PMS', 'Tysk']);
  });

  test.each([['nb', 'Vi ser gjerne at du har:'], ['sv', 'Vi ser gärna att du har:'], ['en', 'Ideally you have:']])('%s: "%s" alone is the must list', (_lang, wish) => {
    const got = read(`<h2>Arbeidsoppgaver</h2><ul><li>Ta imot gjester</li></ul><p>${wish}</p><ul><li>Erfaring fra resepsjon</li></ul>`);
    expect(got.must).toEqual(['Erfaring fra resepsjon']);
    expect(got.nice).toEqual([]);
  });
});

describe('a must list under a longer lead-in', () => {
  test.each([
    ['en', 'You might be a fit if you have'],
    ['sv', 'Du passar för jobbet om du har'],
    ['nb', 'Du passer til stillingen hvis du har'],
  ])('%s: "%s"', (_lang, lead) => {
    const got = read(`<p><strong>In this role you will</strong></p><ul><li>Own a portfolio of customers</li></ul><p><strong>${lead}</strong></p><ul><li>Three years in customer success</li><li>Excellent written English</li></ul>`);
    expect(got.responsibilities).toEqual(['Own a portfolio of customers']);
    expect(got.must).toEqual(['Three years in customer success', 'Excellent written English']);
  });

  test('a sentence of ten words or more before a list is prose, and its list is not the requirements', () => {
    const got = read(`<h2>Arbeidsoppgaver</h2><ul><li>Ta imot gjester</li></ul><p>Her er noen av kundene vi jobber med og som du vil møte i hverdagen din</p><ul><li>Hotell Fjordheim</li></ul>`);
    expect(got.must).toEqual([]);
  });
});
