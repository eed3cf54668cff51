// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { findDeadline } from '../../../core/jobad/deadline';
import { locationsFromText } from '../../../core/jobad/location';
import { readSections } from '../../../core/jobad/sections';
import type { TextBlock } from '../../../core/model';
import { ad, SECTIONS } from './employer-pages';

/**
 * Fact classes the nineteenth set showed, each in English and Norwegian or Swedish (or both): a deadline in a passive
 * sentence ("Søknad sendes … innen"), a town with its state's or country's code without a comma ("Canberra ACT"), a
 * country the list lacked after its town ("Nairobi, Kenya"), a page title that opens with the site's own name, an
 * internship beside the hours on a header line, a heading's place tail that the line under it writes with its region,
 * a nice-to-have sentence that the must list's candidate would be "highly regarded" for, and "Desirable criteria".
 */

const p = (text: string): TextBlock => ({ tag: 'p', text });
const li = (text: string): TextBlock => ({ tag: 'li', text });

describe('a deadline in a passive sentence that sends the application', () => {
  test.each([
    ['nb', 'Søknad sendes via vår nettside innen søndag 10. januar 2027. Kontaktperson: Kari Nordmann.', '2027-01-10'],
    ['sv', 'Ansökan skickas via vår webbplats senast fredag 15 januari 2027.', '2027-01-15'],
    ['en', 'Applications should be submitted through our portal by Friday 8 January 2027.', '2027-01-08'],
  ])('%s: "%s"', (_lang, text, want) => {
    expect(findDeadline([p(text)], '2026-12-01').date).toBe(want);
  });

  test('"submitted by email" names no date', () => {
    expect(findDeadline([p('Applications should be submitted by email to the hiring manager.')], '2026-12-01').date).toBeUndefined();
  });
});

describe("a town and its state's or country's code without a comma is one place", () => {
  test.each([
    ['en', 'Canberra ACT; Adelaide SA', [{ city: 'Canberra', region: 'ACT' }, { city: 'Adelaide', region: 'SA' }]],
    ['en', 'Gold Coast QLD', [{ city: 'Gold Coast', region: 'QLD' }]],
    ['nb', 'Trondheim NO', [{ city: 'Trondheim', country: 'NO' }]],
    ['sv', 'Göteborg SE; Malmö SE', [{ city: 'Göteborg', country: 'SE' }, { city: 'Malmö', country: 'SE' }]],
  ])('%s: "%s"', (_lang, value, want) => {
    expect(locationsFromText(value)).toEqual(want);
  });
});

describe('a country after its town is no second place', () => {
  test.each([
    ['en', 'Nairobi, Kenya', [{ city: 'Nairobi', country: 'Kenya' }]],
    ['nb', 'Kampala, Uganda', [{ city: 'Kampala', country: 'Uganda' }]],
    ['sv', 'Hanoi, Vietnam', [{ city: 'Hanoi', country: 'Vietnam' }]],
  ])('%s: "%s"', (_lang, value, want) => {
    expect(locationsFromText(value)).toEqual(want);
  });
});

describe("a page title that opens with the site's own name: the job after it", () => {
  const page = (title: string, heading: string, lang: 'en' | 'nb' | 'sv') =>
    `<html lang="${lang}"><head><title>${title}</title></head><body><main><div class="job_title">${heading}</div>${SECTIONS[lang]}</main></body></html>`;
  test.each([
    ['en', 'Policylink - Policy Officer for the Water Team', 'Policy Officer for the Water Team', 'https://www.policylink.example/job/42', 'Policy Officer for the Water Team'],
    ['nb', 'Fjordjobb – Helsesekretær', 'Helsesekretær', 'https://fjordjobb.no/stilling/991', 'Helsesekretær'],
    ['sv', 'Jobbkanalen – Lagerarbetare', 'Lagerarbetare', 'https://www.jobbkanalen.se/jobb/77', 'Lagerarbetare'],
  ])('%s: "%s"', (lang, title, heading, url, want) => {
    expect(ad(page(title, heading, lang as 'en' | 'nb' | 'sv'), url)?.title).toBe(want);
  });
});

describe('an internship beside the hours on a header line gives both', () => {
  const page = (heading: string, line: string, lang: 'en' | 'nb' | 'sv') =>
    `<html lang="${lang}"><head><title>${heading}</title></head><body><main><h1>${heading}</h1><div>${line}</div>${SECTIONS[lang]}</main></body></html>`;
  test.each([
    ['en', 'Data Analyst Intern', 'Internship · Full-time', ['INTERN', 'FULL_TIME']],
    ['nb', 'Lærling i elektrofag', 'Lærling · Heltid', ['INTERN', 'FULL_TIME']],
    ['sv', 'Praktikant inom ekonomi', 'Praktikant · Heltid', ['INTERN', 'FULL_TIME']],
  ])('%s: "%s"', (lang, heading, line, want) => {
    expect(ad(page(heading, line, lang as 'en' | 'nb' | 'sv'), 'https://www.regional-jobs.example/job/7741')?.employmentType).toEqual(want);
  });
});

describe("a heading's place tail that the line under it writes with its region", () => {
  const page = (heading: string, line: string, about: string, lang: 'en' | 'nb' | 'sv') =>
    `<html lang="${lang}"><head><title>${heading}</title></head><body><main><h1>${heading}</h1><div>${line}</div>${SECTIONS[lang]}<h2>Company profile</h2><p>${about}</p></main></body></html>`;
  test.each([
    ['en', 'Quality Assurance Executive (Shah Alam)', 'Shah Alam, Selangor', 'Our head office is in Borås. Our sales office is in Singapore.', 'Quality Assurance Executive', { city: 'Shah Alam', region: 'Selangor' }],
    ['nb', 'Lagermedarbeider (Skarvnesvika)', 'Skarvnesvika, Nordland', 'Hovedkontoret vårt ligger i Bergen.', 'Lagermedarbeider', { city: 'Skarvnesvika', region: 'Nordland' }],
    ['sv', 'Lagerarbetare – Ödekullavik', 'Ödekullavik, Västra Götalands län', 'Vårt huvudkontor ligger i Malmö.', 'Lagerarbetare', { city: 'Ödekullavik', region: 'Västra Götalands län' }],
  ])('%s: "%s" over "%s"', (lang, heading, line, about, title, place) => {
    const got = ad(page(heading, line, about, lang as 'en' | 'nb' | 'sv'), 'https://my.jobstreet.com/job/81220945');
    expect(got?.locations).toEqual([place]);
    expect(got?.title).toBe(title);
  });
});

describe('a sentence after the must list that the candidate would be highly regarded for is a nice-to-have', () => {
  test.each([
    ['en', 'A Certificate IV in Warehousing Operations would be highly regarded.'],
    ['en', 'Candidates with ISO 9001 auditor certification will have an added advantage.'],
    ['nb', 'Erfaring fra næringsmiddelindustrien vil telle positivt.'],
    ['nb', 'Truckførerbevis er et ekstra pluss.'],
    ['sv', 'Erfarenhet av lagersystem värderas högt.'],
  ])('%s: "%s"', (_lang, sentence) => {
    const got = readSections([{ tag: 'h2', text: 'Requirements' }, li('Two years in a warehouse'), li('A forklift licence'), p(sentence)]);
    expect(got.must).toEqual(['Two years in a warehouse', 'A forklift licence']);
    expect(got.nice).toEqual([sentence]);
  });
});

describe('"Desirable criteria" beside the essential ones heads the nice-to-haves', () => {
  test.each([
    ['en', 'Essential criteria', 'Desirable criteria'],
    ['nb', 'Kvalifikasjoner', 'Ønskelige krav'],
    ['sv', 'Kvalifikationer', 'Önskvärda krav'],
  ])('%s: "%s" then "%s"', (_lang, must, nice) => {
    const got = readSections([p(must), li('Three years managing people'), li('A food safety qualification'), p(nice), li('A degree in food science')]);
    expect(got.must).toEqual(['Three years managing people', 'A food safety qualification']);
    expect(got.nice).toEqual(['A degree in food science']);
  });
});

describe("a sentence that seats the employer's head office or another office in a town names no place of the job", () => {
  const page = (heading: string, about: string, lang: 'en' | 'nb' | 'sv') =>
    `<html lang="${lang}"><head><title>${heading}</title></head><body><main><h1>${heading}</h1><div>Full time</div><p>${about}</p>${SECTIONS[lang]}</main></body></html>`;
  test.each([
    ['en', 'Quality Assurance Executive', 'Tuvesson Packaging is part of a Swedish packaging group with its head office in Borås. Our sales office is in Singapore.', []],
    ['nb', 'Lagermedarbeider', 'Selskapet er en del av et svensk konsern med hovedkontor i Borås. Salgskontoret vårt ligger i Bergen.', []],
    ['sv', 'Lagerarbetare', 'Företaget ingår i en norsk koncern med huvudkontor i Bergen. Vårt säljkontor ligger i Malmö.', []],
    ['en', 'Payroll Officer', 'The role is based at our head office in Leeds.', [{ city: 'Leeds' }]],
    ['nb', 'Lønnsmedarbeider', 'Stillingen er plassert ved hovedkontoret vårt i Bergen.', [{ city: 'Bergen' }]],
  ])('%s: "%s"', (lang, heading, about, want) => {
    expect(ad(page(heading, about, lang as 'en' | 'nb' | 'sv'), 'https://my.jobstreet.com/job/81220945')?.locations).toEqual(want);
  });
});
