// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { classifyHeading } from '../../../core/jobad/headings';
import { isNiceItem } from '../../../core/jobad/lists';
import { ad, type Lang } from './employer-pages';

/**
 * List classes the seventeenth set showed, in English, Norwegian and Swedish: a wish after a conjunction inside a must
 * item ("Båtførerbevis og gjerne kranførerbevis") leaves the item a must, "är en merit" marks a nice-to-have, the tasks'
 * heading in its definite form ("Arbetsuppgifterna omfattar"), and a board's credentials section as requirements, its
 * "is an asset" item the nice-to-have.
 */

describe('a wish after a conjunction wishes for the second thing only', () => {
  test.each([
    ['nb', 'Båtførerbevis og gjerne kranførerbevis', false],
    ['sv', 'Körkort B och gärna C', false],
    ['en', 'A forklift licence and preferably a crane ticket', false],
    ['nb', 'Gjerne erfaring fra havbruk', true],
    ['sv', 'Gärna erfarenhet av lantbruk', true],
    ['en', 'Preferably a degree in biology', true],
  ])('%s: "%s" nice: %s', (_lang, item, nice) => {
    expect(isNiceItem(item)).toBe(nice);
  });
});

describe('"en merit" marks a nice-to-have', () => {
  test.each([
    ['sv', 'Erfarenhet av tullfrågor är en merit.', true],
    ['nb', 'Truckførerbevis er meritterende', true],
    ['en', 'A forklift licence is an asset', true],
    ['sv', 'Goda kunskaper i svenska och finska', false],
  ])('%s: "%s" nice: %s', (_lang, item, nice) => {
    expect(isNiceItem(item)).toBe(nice);
  });
});

describe('headings', () => {
  test.each([
    ['sv', 'Arbetsuppgifterna omfattar bland annat:', 'responsibilities'],
    ['nb', 'Arbeidsoppgavene er blant annet:', 'responsibilities'],
    ['en', 'The main tasks include:', 'responsibilities'],
    ['en', 'Credentials', 'must'],
    ['en', 'Certificates, licences, memberships, and courses', 'must'],
    ['nb', 'Sertifikater', 'must'],
    ['sv', 'Certifikat och behörigheter', 'must'],
  ])('%s: "%s" is %s', (_lang, heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });

  const pages = {
    en: ['Education', 'Secondary school certificate', 'Credentials', 'Red Seal certification is an asset', 'Tasks', 'Build cabinets'],
    nb: ['Utdanning', 'Fagbrev som snekker', 'Sertifikater', 'Truckførerbevis er meritterende', 'Arbeidsoppgavene er blant annet:', 'Bygge kjøkken'],
    sv: ['Utbildning', 'Gymnasieexamen', 'Certifikat och behörigheter', 'Truckkort är en merit', 'Arbetsuppgifterna omfattar bland annat:', 'Bygga kök'],
  };
  test.each(['en', 'nb', 'sv'] as Lang[])('%s: a credentials section gives the must list and its nice-to-have', (lang) => {
    const [edu, must, creds, nice, tasks, task] = pages[lang];
    const html = `<html lang="${lang}"><head><title>Snekker</title></head><body><main><h1>Snekker</h1><h3>${tasks}</h3><ul><li>${task}</li></ul><h3>${edu}</h3><ul><li>${must}</li></ul><h3>${creds}</h3><ul><li>${nice}</li></ul><p>Apply now · Søk nå · Ansök nu</p></main></body></html>`;
    const got = ad(html, 'https://jobs.example/ad/31');
    expect(got?.requirements).toEqual({ must: [must], nice: [nice] });
    expect(got?.responsibilities).toEqual([task]);
  });
});
