// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { findDeadline } from '../../../core/jobad/deadline';
import { rangeEnd } from '../../../core/jobad/deadline-period';
import { afterLeadIn, beforeNextLabel } from '../../../core/jobad/labels';
import { locationsFromText } from '../../../core/jobad/location';
import { mergeDrafts } from '../../../core/jobad/merge';
import { locationFacts } from '../../../core/jobad/page-facts';
import type { JobLocation, SourceDraft } from '../../../core/jobad/types';
import type { TextBlock } from '../../../core/model';
import { townInLanguage } from '../../../core/places/finland-names';

/**
 * Place and deadline classes the fourteenth set showed, in English, Norwegian and Swedish (German where only a German
 * board writes it): a deadline at the end of a period, "soon, and at the latest …", "apply before …", a fact row run on
 * into the next, a region the structured data gives as a code, and Germany's states.
 */

const p = (text: string): TextBlock => ({ tag: 'p', text });

describe('a period label gives its last day', () => {
  test.each([
    ['en', ['Open & closing dates', '11/30/2026 to 01/15/2027'], '2027-01-15'],
    ['nb', ['Søknadsperiode: 1.12.2026 – 15.1.2027'], '2027-01-15'],
    ['sv', ['Ansökningsperiod: 2026-12-01 till 2027-01-15'], '2027-01-15'],
  ])('%s: %j', (_lang, lines, want) => {
    expect(findDeadline(lines.map(p), undefined, true).date).toBe(want);
  });

  test('one date, or an end before the start, is no range', () => {
    expect(rangeEnd('15 January 2027')).toBeUndefined();
    expect(rangeEnd('15.1.2027 – 1.12.2026')).toBeUndefined();
    expect(rangeEnd('Monday to Friday')).toBeUndefined();
  });
});

describe('"as soon as possible, and at the latest" gives the latest day', () => {
  test.each([
    ['en', ['Closing date: as soon as possible, and no later than 5 March 2027'], '2027-03-05'],
    ['nb', ['Søknadsfrist', 'snarest, og senest 8. februar 2027'], '2027-02-08'],
    ['nb', ['Søknadsfrist: snarast, og seinast 8. februar 2027'], '2027-02-08'],
    ['sv', ['Sista ansökningsdag: snarast, dock senast 3 mars 2027'], '2027-03-03'],
  ])('%s: %j', (_lang, lines, want) => {
    expect(findDeadline(lines.map(p))).toEqual({ labelled: true, date: want });
  });

  test('"as soon as possible" alone gives no date', () => {
    expect(findDeadline(['Søknadsfrist: snarest'].map(p))).toEqual({ labelled: true });
    expect(findDeadline(['Closing date: rolling'].map(p))).toEqual({ labelled: true });
  });
});

describe('"apply before" in a sentence is the deadline', () => {
  test.each([
    ['en', 'Apply before 31 January 2027. Interviews are held in February.', '2027-01-31'],
    ['nb', 'Søk før 31.01.2027. Vi intervjuer fortløpende.', '2027-01-31'],
    ['sv', 'Ansök före 31 januari 2027. Intervjuer hålls löpande.', '2027-01-31'],
  ])('%s: "%s"', (_lang, line, want) => {
    expect(findDeadline([p(line)]).date).toBe(want);
  });

  test('"søk før fristen" without a date gives none', () => {
    expect(findDeadline([p('Husk å søke før fristen går ut.')]).date).toBeUndefined();
  });
});

describe("a labelled place ends where the next fact's label starts", () => {
  test.each([
    ['en', 'Location: Keswick Hours: Full time', [{ city: 'Keswick' }]],
    ['nb', 'Arbeidssted: Førde Omfang: Heltid, dagtid', [{ city: 'Førde' }]],
    ['sv', 'Ort: Ljungby Omfattning: Heltid, dagtid', [{ city: 'Ljungby' }]],
  ])('%s: "%s"', (_lang, line, want) => {
    expect(locationFacts([p(line)]).locations).toEqual(want);
  });

  test('a value without another label stays whole', () => {
    expect(beforeNextLabel('Oslo, Norway')).toBe('Oslo, Norway');
    expect(beforeNextLabel('Site B: the north yard')).toBe('Site B: the north yard');
  });
});

const draft = (source: SourceDraft['source'], locations: JobLocation[]): SourceDraft => ({ source, fields: { title: 'Tekniker', locations }, weak: new Set() });

describe("the page's region over a structured code for it", () => {
  test.each([
    ['en', { city: 'Springfield', region: 'MO', country: 'US' }, { city: 'Springfield', region: 'Missouri' }, { city: 'Springfield', region: 'Missouri', country: 'US' }],
    ['sv', { city: 'Luleå', region: 'BD', country: 'SE' }, { city: 'Luleå', region: 'Norrbottens län', country: 'Sverige' }, { city: 'Luleå', region: 'Norrbottens län', country: 'SE' }],
  ])('%s: %j and the page %j', (_lang, structured, page, want) => {
    expect(mergeDrafts([draft('json-ld', [structured]), draft('heuristic', [page])], 'Tekniker').locations).toEqual([want]);
  });

  test("a name in the structured data, a code on the page or another town's region stay", () => {
    const keep = { city: 'Bergen', region: 'Vestland', country: 'NO' };
    expect(mergeDrafts([draft('json-ld', [keep]), draft('heuristic', [{ city: 'Bergen', region: 'VL' }])], 'Tekniker').locations).toEqual([keep]);
    const code = { city: 'Luleå', region: 'BD', country: 'SE' };
    expect(mergeDrafts([draft('json-ld', [code]), draft('heuristic', [{ city: 'Piteå', region: 'Norrbottens län' }])], 'Tekniker').locations).toEqual([code]);
  });
});

describe("Germany's states are regions", () => {
  test.each([
    ['de', '04109 Leipzig, Sachsen', [{ city: 'Leipzig', region: 'Sachsen' }]],
    ['de', 'Kassel, Hessen', [{ city: 'Kassel', region: 'Hessen' }]],
  ])('%s: "%s"', (_lang, value, want) => {
    expect(locationsFromText(value)).toEqual(want);
  });

  test('a German label names the place of work; a city state stays a town', () => {
    expect(locationFacts([p('Arbeitsort: Rostock, Mecklenburg-Vorpommern')]).locations).toEqual([{ city: 'Rostock', region: 'Mecklenburg-Vorpommern' }]);
    expect(locationsFromText('Hamburg')).toEqual([{ city: 'Hamburg' }]);
  });
});

describe("a place's value after a lead-in, a numbered postal district and a US state", () => {
  test.each([
    ['en', 'Location: 2 openings in the following place: Bend, Oregon', [{ city: 'Bend', region: 'Oregon' }]],
    ['nb', 'Arbeidssted: Stillingen er knyttet til dette stedet: Førde, Vestland', [{ city: 'Førde', region: 'Vestland' }]],
    ['sv', 'Ort: Tjänsten är placerad på följande ort: Lund, Skåne', [{ city: 'Lund', region: 'Skåne' }]],
    ['en', 'Location: Dublin 8, Ireland', [{ city: 'Dublin', country: 'Ireland' }]],
    ['en', 'Location: Harlow, Essex Schedule: Full-time Posted: today', [{ city: 'Harlow', region: 'Essex' }]],
  ])('%s: "%s"', (_lang, line, want) => {
    expect(locationFacts([p(line)]).locations).toEqual(want);
  });

  test('a short name before a colon, a number after an unknown name and a town named like a state stay', () => {
    expect(afterLeadIn('Site B: the north yard')).toBe('Site B: the north yard');
    expect(locationsFromText('Gate 4')).toEqual([]);
    expect(locationsFromText('New York, NY')).toEqual([{ city: 'New York', region: 'NY' }]);
  });
});

describe("a bilingual Finnish town as the ad's language names it", () => {
  test.each([
    ['sv', 'Vaasa', 'Vasa'],
    ['sv-FI', 'Turku', 'Åbo'],
    ['sv', 'Kaarina', 'S:t Karins'],
  ])('%s: "%s" is "%s"', (lang, town, want) => {
    expect(townInLanguage(town, lang)).toBe(want);
  });

  test('an English or Norwegian page, a Swedish name already, and a town of one name stay', () => {
    expect(townInLanguage('Vaasa', 'en')).toBe('Vaasa');
    expect(townInLanguage('Parainen', 'nb')).toBe('Parainen');
    expect(townInLanguage('Pargas', 'sv')).toBe('Pargas');
    expect(townInLanguage('Jyväskylä', 'sv')).toBe('Jyväskylä');
    expect(townInLanguage('Umeå', 'sv')).toBe('Umeå');
  });
});
