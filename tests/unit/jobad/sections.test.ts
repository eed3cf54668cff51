// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { classifyHeading } from '../../../core/jobad/headings';
import { htmlToBlocks } from '../../../core/jobad/html';
import { isNiceItem } from '../../../core/jobad/lists';
import { readSections } from '../../../core/jobad/sections';

describe('section headings in three languages', () => {
  test.each([
    ['Arbeidsoppgaver', 'responsibilities'],
    ['Ansvarsområder', 'responsibilities'],
    ['Dine oppgaver:', 'responsibilities'],
    ['Sentrale arbeidsoppgåver', 'responsibilities'],
    ['Dina arbetsuppgifter', 'responsibilities'],
    ['Ansvarsområden', 'responsibilities'],
    ["What you'll do", 'responsibilities'],
    ['What you’ll do', 'responsibilities'],
    ['Your role', 'responsibilities'],
    ['Responsibilities', 'responsibilities'],
    ['Kvalifikasjoner', 'must'],
    ['Krav', 'must'],
    ['Vi søker deg som', 'must'],
    ['Vi ser etter', 'must'],
    ['Personlige egenskaper', 'must'],
    ['Kvalifikationer', 'must'],
    ['Vi söker dig som', 'must'],
    ['Personliga egenskaper', 'must'],
    ['Vem är du?', 'must'],
    ['Requirements', 'must'],
    ['Qualifications', 'must'],
    ["What we're looking for", 'must'],
    ['Who we are looking for', 'must'],
    ['Det er en fordel om du har', 'nice'],
    ['Meriterande', 'nice'],
    ['Det är meriterande om du har', 'nice'],
    ['Nice to have', 'nice'],
    ['Bonus points', 'nice'],
    ['Preferred qualifications', 'nice'],
    ['Ønskede kvalifikasjoner', 'soft-nice'],
    ['Vi tilbyr', 'other'],
    ['Hva vi tilbyr', 'other'],
    ['What we offer', 'other'],
    ['Om oss', 'other'],
    ['Who we are', 'other'],
    // Headings in natural phrasing, as boards nobody here wrote put them.
    ['Dette blir jobben din', 'responsibilities'],
    ['Det här kommer du att göra', 'responsibilities'],
    ["You'll be", 'responsibilities'],
    ['Job description', 'responsibilities'],
    ['Vi tror att du', 'must'],
    ['Dette må du ha', 'must'],
    ['What we need from you', 'must'],
    ['Fint om du har', 'nice'],
    ['Ønskede egenskaper', 'soft-nice'],
  ])('"%s" opens %s', (heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });

  test('headings that announce nothing known are left alone', () => {
    expect(classifyHeading('Är du en vass utvecklare som gillar utmaningar?')).toBeUndefined();
    expect(classifyHeading('Kontorene våre')).toBeUndefined();
    // Indeed's "Full job description" holds the whole ad; Platsbanken's "Om jobbet" too.
    expect(classifyHeading('Full job description')).toBeUndefined();
    expect(classifyHeading('Om jobbet')).toBeUndefined();
  });
});

describe('nice-to-have items inside a requirements list', () => {
  test.each([
    'Erfaring med Kotlin er en fordel',
    'Gjerne også mobilutvikling.',
    'Certifiering som OSCP är meriterande',
    'Experience with Kafka is a plus',
    'Preferred: a degree in design',
    'Har du erfaring med Volvo eller Hitachi, er det et pluss.',
    'Orbital welding experience would be useful but is not essential.',
    "It would help if you've worked on Bosch e-bike systems.",
    'Bonus: you have worked on a regulated product',
  ])('"%s" is a nice-to-have', (item) => {
    expect(isNiceItem(item)).toBe(true);
  });

  test.each([
    'Utvikling for web, først og fremst frontend, men gjerne også backend.',
    'You write clearly in English; Norwegian is an advantage',
    'Minst tre års erfaring med drift av Linux',
    'Førerkort klasse B, gjerne BE',
    'B-körkort, gärna C',
  ])('"%s" stays a must-have', (item) => {
    expect(isNiceItem(item)).toBe(false);
  });
});

describe('reading the sections of an ad', () => {
  const read = (html: string) => readSections(htmlToBlocks(html));

  test('lists under headings become tasks, must-haves and nice-to-haves', () => {
    const sections = read(`
      <h2>Arbeidsoppgaver</h2><ul><li>Drifte servere</li><li>Automatisere oppsett</li></ul>
      <h2>Kvalifikasjoner</h2><ul><li>Erfaring med Linux</li><li>Kjennskap til Go er en fordel</li></ul>
      <h2>Det er en fordel om du har</h2><ul><li>Erfaring fra energi</li></ul>
      <h2>Vi tilbyr</h2><ul><li>Fleksitid</li></ul>`);
    expect(sections).toEqual({
      responsibilities: ['Drifte servere', 'Automatisere oppsett'],
      must: ['Erfaring med Linux'],
      nice: ['Kjennskap til Go er en fordel', 'Erfaring fra energi'],
    });
  });

  test('bold paragraphs ending in a colon act as headings', () => {
    const sections = read(`<p><strong>Hovedansvarsområder:</strong></p><ul><li>Personalansvar</li></ul>
      <p><strong>VI TILBYR:</strong></p><ul><li>God pensjon</li></ul>`);
    expect(sections.responsibilities).toEqual(['Personalansvar']);
    expect(sections.must).toEqual([]);
  });

  test('a known heading without a colon counts only when a list follows it', () => {
    expect(read('<p>Krav</p><ul><li>Førerkort</li></ul>').must).toEqual(['Førerkort']);
    expect(read('<h2>Om stillingen</h2><p>Krav</p><p>Vi har få krav.</p>').must).toEqual([]);
  });

  test('"Ønskede kvalifikasjoner" alone is the requirements; next to "Kvalifikasjoner" it is the nice-to-haves', () => {
    expect(read('<h3>Ønskede kvalifikasjoner</h3><ul><li>Barnehagelærer</li></ul>')).toMatchObject({ must: ['Barnehagelærer'], nice: [] });
    expect(
      read('<h3>Kvalifikasjoner</h3><ul><li>Barnehagelærer</li></ul><h3>Ønskede kvalifikasjoner</h3><ul><li>Ledererfaring</li></ul>'),
    ).toMatchObject({ must: ['Barnehagelærer'], nice: ['Ledererfaring'] });
  });

  test('short paragraphs are items when a section has no list', () => {
    expect(read('<h2>Kvalifikationer</h2><p>Du har arbetat med React i tre år. Du trivs i team.</p>').must).toEqual([
      'Du har arbetat med React i tre år.',
      'Du trivs i team.',
    ]);
  });

  test('a later list under the same heading, after other text, is not taken', () => {
    const sections = read('<h2>Requirements</h2><ul><li>Go</li></ul><p>© 2026 Example Ltd</p><ul><li>Privacy</li><li>Imprint</li></ul>');
    expect(sections.must).toEqual(['Go']);
  });

  test('fact boxes under a tasks heading are not tasks', () => {
    const sections = read('<h2>Om stillingen</h2><dl><dt>Stillingstittel</dt><dd>Fysioterapeut</dd></dl>');
    expect(sections.responsibilities).toEqual([]);
  });
});
