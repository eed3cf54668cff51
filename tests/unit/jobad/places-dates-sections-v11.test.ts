// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { extractJobAd } from '../../../core/jobad';
import { findDate } from '../../../core/jobad/dates';
import { locationsFromText } from '../../../core/jobad/location';
import { readSections } from '../../../core/jobad/sections';
import { townsInLine } from '../../../core/places';
import { pageInput } from './page-input';

/**
 * Fact classes the eleventh held-out set showed, in English, Norwegian and Swedish: a label of several words, a work
 * mode after a town, a page naming the structured place and more, a town before its municipality, a day and month
 * without a year, and the headings and prose of requirement sections.
 */

const ad = (body: string, jsonLd = '') =>
  extractJobAd(
    pageInput(
      `<!doctype html><html><head><title>Job</title>${jsonLd ? `<script type="application/ld+json">${jsonLd}</script>` : ''}</head><body><main><h1>Tekniker</h1>${body}
<dl><dt>Omfang</dt><dd>Heltid</dd></dl>
<p>Vi er et lite team som trenger flere hender fra februar, og vi håper du vil være med oss videre.</p>
<h2>Kvalifikasjoner</h2><ul><li>Relevant utdanning</li><li>Førerkort klasse B</li></ul></main></body></html>`,
      'https://example.org/jobb/1',
      '2026-12-01',
    ).input,
  );

describe('a label of several words is read whole', () => {
  test.each([
    ['nn', 'Stad for oppmøte', 'Florø ferjekai', 'Florø'],
    ['nb', 'Sted for oppmøte', 'Bodø kai', 'Bodø'],
    ['sv', 'Tjänstgöringsort', 'Umeå', 'Umeå'],
    ['en', 'Reporting location', 'Leeds depot', 'Leeds'],
  ])('%s: "%s"', (_lang, label, value, city) => {
    expect(ad(`<table><tr><td>${label}</td><td>${value}</td></tr></table>`)?.locations).toEqual([{ city }]);
  });
});

describe('a town before a work mode in brackets', () => {
  test.each([
    ['en', 'Kestrel Rewilding Trust · Bristol (hybrid)', ['Bristol']],
    ['nb', 'Fjellkraft AS · Tromsø (delvis hjemmekontor)', ['Tromsø']],
    ['sv', 'Nordlager AB · Umeå (distans)', ['Umeå']],
    ['en', 'Kestrel Rewilding Trust · (hybrid)', []],
  ])('%s: "%s"', (_lang, line, towns) => {
    expect(townsInLine(line)).toEqual(towns);
  });
});

describe('the page names the structured place and more', () => {
  const ld = (city: string, country: string) =>
    JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Tekniker', jobLocation: { '@type': 'Place', address: { addressLocality: city, addressCountry: country } } });
  // Since v52, as the settled convention has it: the JSON-LD's country belongs to the town it names, not the page's second town.
  test.each([
    ['nb', 'Kongsvinger eller Elverum', 'Kongsvinger', 'NO', [{ city: 'Kongsvinger', country: 'NO' }, { city: 'Elverum' }]],
    ['sv', 'Umeå eller Luleå', 'Umeå', 'SE', [{ city: 'Umeå', country: 'SE' }, { city: 'Luleå' }]],
    ['en', 'Leeds or York', 'Leeds', 'GB', [{ city: 'Leeds', country: 'GB' }, { city: 'York' }]],
  ])('%s: "%s" over a JSON-LD naming one', (_lang, shown, city, country, want) => {
    expect(ad(`<dl><dt>Location</dt><dd>${shown}</dd></dl>`, ld(city, country))?.locations).toEqual(want);
  });

  test('en: a district and its town is no second place (the structured town stands)', () => {
    expect(ad(`<dl><dt>Location</dt><dd>Walton-le-Dale, Preston</dd></dl>`, ld('Preston', 'GB'))?.locations).toEqual([{ city: 'Preston', country: 'GB' }]);
  });
});

describe('a town before the municipality it lies in', () => {
  test.each([
    ['nb', 'Rognan, Saltdal', [{ city: 'Rognan' }]],
    ['nb', 'Langhus, Nordre Follo', [{ city: 'Langhus' }]],
    ['nb', 'Ulsteinvik, Ulstein', [{ city: 'Ulsteinvik' }]],
  ])('%s: "%s" is the town', (_lang, text, want) => {
    expect(locationsFromText(text)).toEqual(want);
  });

  test.each([
    ['nb', 'Hamar, Gjøvik', 2],
    ['sv', 'Ljusdal, Järvsö', 2],
  ])('%s: "%s" are two towns', (_lang, text, count) => {
    expect(locationsFromText(text)).toHaveLength(count);
  });
});

describe('a day and month without a year', () => {
  test.each([
    ['sv', '17/1', false, '2027-01-17'],
    ['nb', '8/1', false, '2027-01-08'],
    ['en', '1/15', true, '2027-01-15'],
    ['en', '2/1', true, '2027-02-01'],
  ])('%s: "%s" after 1 December 2026', (_lang, text, us, want) => {
    expect(findDate(text, '2026-12-01', us)).toBe(want);
  });

  test.each([['24/7 support'], ['3/4 stilling'], ['50/50'], ['1/2 dag']])('"%s" is no date', (text) => {
    expect(findDate(text, '2026-12-01')).toBeUndefined();
  });

  test('sv: "Ansök senast 17/1" in a fact table is the deadline', () => {
    expect(ad('<table><tr><th>Ansök senast</th><td>17/1</td></tr></table>')?.validThrough).toBe('2027-01-17');
  });
});

const li = (heading: string, items: string[]) => [{ tag: 'p', text: heading }, ...items.map((text) => ({ tag: 'li', text }))];

describe('requirement sections', () => {
  test.each([
    ['sv', 'Vi vill att', ['Du har fyllt 18 år', 'Du har körkort']],
    ['nb', 'Vi vil at du', ['Har fagbrev', 'Har førerkort klasse B']],
    ['en', "We'd like you to", ['Hold a forklift licence', 'Work weekends']],
  ])('%s: "%s" over a list asks for it', (_lang, heading, items) => {
    expect(readSections(li(heading, items)).must).toEqual(items);
  });

  test.each([
    ['nb', 'Dette blir du med på', ['Utvikle tjenestene', 'Skrive tester']],
    ['sv', 'Det här får du vara med om', ['Bygga nya tjänster', 'Skriva tester']],
    ['en', "What you'll be involved in", ['Building services', 'Writing tests']],
  ])('%s: "%s" over a list names the duties', (_lang, heading, items) => {
    expect(readSections(li(heading, items)).responsibilities).toEqual(items);
  });

  test.each([
    ['en', 'Desirable', 'Knowledge of the Port Marine Safety Code is desirable.', 'Interviews will be held in the week of 1 February 2027.'],
    ['nb', 'Fordel', 'Erfaring fra ferje er en fordel.', 'Intervjuer holdes i uke 6, og vi ringer alle som søker.'],
    ['sv', 'Meriterande', 'Erfarenhet av golfbanor är meriterande.', 'Intervjuer hålls löpande under januari och februari.'],
  ])('%s: prose under "%s" keeps the sentence that wishes for something', (_lang, heading, wish, other) => {
    const blocks = [{ tag: 'h2', text: 'Krav' }, { tag: 'li', text: 'Sertifikat' }, { tag: 'h2', text: heading }, { tag: 'p', text: wish }, { tag: 'p', text: other }];
    expect(readSections(blocks).nice).toEqual([wish.replace(/\.$/, '')].map((w) => expect.stringContaining(w)));
  });
});
