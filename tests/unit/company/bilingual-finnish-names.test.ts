// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { guessCompany } from '../../../core/company/identity';
import { organisationIn } from '../../../core/company/org-names';
import { parallelNames } from '../../../core/company/registered-name';
import type { PageMetadata } from '../../../core/model';
import { extractJobAd, type JobAd } from '../../../core/jobad';
import { pageInput } from '../jobad/page-input';

/**
 * A bilingual Finnish firm (v15): its Finnish form written before its name as well as its Swedish form after ("Oy
 * Vitsand Fönster Ab"), one name; its two registered names ("Vasklot Elmaskin Ab – Vaskiluodon Sähkökone Oy"), of
 * which the ad's language picks the employer's, while its own site answers to both. English, Swedish and Norwegian
 * pages: the class is Finnish firms', read wherever they are written about; a Norwegian or Swedish firm is untouched.
 */

const ad = (html: string, url: string): JobAd | null => extractJobAd(pageInput(html, url).input);
const SECTIONS = '<h2>Arbetsuppgifter</h2><ul><li>Planera</li></ul><h2>Kvalifikationer</h2><ul><li>Yrkesbevis</li></ul><p>Sista ansökningsdag: 20.1.2027</p>';

describe('the Finnish form written before the name', () => {
  test.each([
    ['sv', 'Oy Strandby Plåt Ab är ett familjeföretag i Jakobstad.', 'Oy Strandby Plåt Ab'],
    ['en', 'Oy Strandby Plåt Ab is a family firm in Jakobstad.', 'Oy Strandby Plåt Ab'],
    ['nb', 'Oy Strandby Plåt Ab er et familieselskap i Jakobstad.', 'Oy Strandby Plåt Ab'],
    // A Swedish firm's form after the name only, or "Ab" closing a sentence before another name, is not the case.
    ['sv', 'Strandby Plåt AB är ett familjeföretag i Gävle.', 'Strandby Plåt AB'],
    ['nb', 'Vi jobber for Kvalsund Bygg AS i Hammerfest.', 'Kvalsund Bygg AS'],
  ])('%s: "%s"', (_lang, text, name) => {
    expect(organisationIn(text)).toBe(name);
  });

  test('sv: a short name in the facts takes the full bilingual name the ad writes', () => {
    const html = `<html lang="sv-FI"><head><title>Planerare | Strandby</title></head><body><h1>Planerare</h1><p>Arbetsgivare: Strandby Plåt</p>${SECTIONS}<p>Oy Strandby Plåt Ab är ett familjeägt företag grundat 1958.</p></body></html>`;
    expect(ad(html, 'https://strandby.reachmee.example/ext/I001/job/1')?.hiringOrganization?.name).toBe('Oy Strandby Plåt Ab');
  });
});

describe('the two registered names: the ad\'s language picks', () => {
  const page = (lang: string, stated: string, text: string, logo: string) =>
    `<html lang="${lang}"><head><title>Lindare</title><script type="application/ld+json">${JSON.stringify({ '@type': 'JobPosting', title: 'Lindare', hiringOrganization: { '@type': 'Organization', name: stated }, datePosted: '2026-12-03', description: 'Lindare' })}</script></head><body><header><a href="/"><img src="x.gif" alt="${logo}"></a></header><h1>Lindare</h1><p>${text}</p>${SECTIONS}</body></html>`;

  test('sv: the Finnish name in the data, the Swedish one in the text and the logo → the Swedish one', () => {
    const found = ad(page('sv-FI', 'Vaskiluodon Sähkökone Oy', 'Vasklot Elmaskin Ab tillverkar elmotorer i Vasa.', 'Vasklot Elmaskin'), 'https://jobs.vasklot.fi/careers/job/1?hl=sv');
    expect(found?.hiringOrganization?.name).toBe('Vasklot Elmaskin Ab');
    expect(found?.hiringOrganization?.alternateName).toBe('Vaskiluodon Sähkökone Oy');
  });

  test('en: a firm named in the text that neither logo nor address spells is someone else', () => {
    const found = ad(page('en', 'Vaskiluodon Sähkökone Oy', 'We deliver generators to Merituuli Ab wind parks.', 'VEM'), 'https://jobs.vem.fi/careers/job/1?hl=en');
    expect(found?.hiringOrganization?.name).toBe('Vaskiluodon Sähkökone Oy');
  });

  test('nb: a Norwegian ad of a Norwegian firm is untouched', () => {
    const found = ad(page('nb', 'Fjordsund Ferjer AS', 'Fjordsund Ferjer AS driver ferjene i fjorden.', 'Fjordsund Ferjer'), 'https://jobs.fjordsund.no/job/1');
    expect(found?.hiringOrganization?.name).toBe('Fjordsund Ferjer AS');
  });
});

describe('the firm\'s own site answers to both names', () => {
  test.each([
    ['sv', 'Vasklot Elmaskin Ab – Vaskiluodon Sähkökone Oy · FO-nummer 0789456-3 · Vasklotvägen 21, 65170 Vasa', ['Vasklot Elmaskin Ab', 'Vaskiluodon Sähkökone Oy']],
    ['en', 'Strandby Plåt Oy / Strandby Plåt Ab · Business ID 0789456-3', ['Strandby Plåt Oy', 'Strandby Plåt Ab']],
    ['nb', 'Fjordsund Ferjer AS – Org.nr 912 345 678', []],
  ])('%s: "%s"', (_lang, line, names) => {
    expect(parallelNames([line])).toEqual(names);
  });

  test('sv: the Swedish page is stored under the Finnish name too', () => {
    const footer = ['Vasklot Elmaskin Ab – Vaskiluodon Sähkökone Oy · FO-nummer 0789456-3 · Vasklotvägen 21, 65170 Vasa, Finland'];
    const guess = guessCompany('https://www.vasklot.fi/sv/foretaget/', { title: 'Företaget | VEM' } as PageMetadata, [], undefined, { header: [], footer, logos: ['VEM'] });
    expect(guess.name).toBe('Vasklot Elmaskin Ab');
    expect(guess.aliases).toContain('Vaskiluodon Sähkökone Oy');
  });
});
