import { describe, expect, test } from 'vitest';
import { extractTextBlocks } from '../../../content/text-blocks';
import { extractJobAd, type JobAd } from '../../../core/jobad';
import { classifyHeading } from '../../../core/jobad/headings';
import { isNiceItem } from '../../../core/jobad/lists';
import { tidyTitle } from '../../../core/jobad/title-tidy';
import { readSections } from '../../../core/jobad/sections';
import { pageInput } from './page-input';

/**
 * Classes seen on the fourth held-out set (then moved into tuning), each in English, Norwegian and
 * Swedish: staffing agencies' ads for a named client, a page's deadline against its JSON-LD, titles
 * that carry places and terms, terms stated in a sentence, and what is not an item.
 */

const doc = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const blocks = (html: string) => extractTextBlocks(doc(`<body>${html}</body>`).body);
const ad = (html: string, url: string): JobAd | null => extractJobAd(pageInput(html, url).input);
const SECTIONS = '<h2>Arbetsuppgifter</h2><ul><li>Planera</li></ul><h2>Kvalifikationer</h2><ul><li>Körkort</li></ul>';

describe("a staffing agency's ad for a named client", () => {
  test.each([
    ['nb', 'Lagermedarbeider', 'For vår kunde Kvitfjell Emballasje AS søker vi lagermedarbeidere til lagrene på Hamar.', 'Kvitfjell Emballasje AS'],
    ['sv', 'Transportplanerare till Granhammar & Berg i Norrköping', 'Du blir anställd direkt av vår kund Granhammar & Berg Logistik AB, som kör styckegods.', 'Granhammar & Berg Logistik AB'],
    ['en', 'Payroll Officer', 'On behalf of our client Marlin Marine Ltd we are looking for a payroll officer in Cardiff.', 'Marlin Marine Ltd'],
  ])('%s: the client is the employer', (_lang, h1, text, employer) => {
    const html = `<html><head><title>${h1} | Bemanning</title></head><body><h1>${h1}</h1><p>${text}</p>${SECTIONS}<p>Sista ansökningsdag: 2027-01-31</p></body></html>`;
    const found = ad(html, 'https://www.bemanning.example/jobb/1');
    expect(found?.hiringOrganization?.name).toBe(employer);
    expect(found?.title).not.toContain(employer.split(' ')[0]!);
  });

  test('an agency that names no client stays the employer', () => {
    const html = `<html><head><title>Kundeservice | Byrået</title></head><body><h1>Kundeservice</h1><p>Arbeidsgiver: Byrået Bemanning AS</p><p>Vi søker en kundebehandler til en kunde i Drammen.</p>${SECTIONS}</body></html>`;
    expect(ad(html, 'https://www.byraet.example/jobb/2')?.hiringOrganization?.name).toBe('Byrået Bemanning AS');
  });
});

describe("the page's own deadline and JSON-LD's", () => {
  const page = (shown: string, ld: string) => {
    const json = { '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Bryggare', validThrough: ld, hiringOrganization: { name: 'Fjällbryggeriet AB' } };
    return `<html><head><title>Bryggare</title><script type="application/ld+json">${JSON.stringify(json)}</script></head><body><h1>Bryggare</h1>${SECTIONS}<p>Sista ansökningsdag: ${shown}</p></body></html>`;
  };

  test('a labelled deadline on the page beats a differing one in the data (often the listing\'s expiry)', () => {
    expect(ad(page('2027-01-31', '2026-08-31'), 'https://fjallbryggeriet.homerun.co/bryggare')).toMatchObject({ validThrough: '2027-01-31', sources: { validThrough: 'heuristic' } });
  });

  test('the same date keeps the data as its source', () => {
    expect(ad(page('2027-01-31', '2027-01-31T23:59:00+01:00'), 'https://fjallbryggeriet.homerun.co/bryggare')?.sources.validThrough).toBe('json-ld');
  });
});

describe('titles, headings and items', () => {
  test.each([
    ['Tømrer – Tromsø og Finnsnes', 'Tømrer'],
    ['Lagermedarbeider – Hamar/Gjøvik', 'Lagermedarbeider'],
    ['Payroll Administrator (Temp to Perm)', 'Payroll Administrator'],
    ['Lagerarbetare – Jönköping, Huskvarna', 'Lagerarbetare'],
    ['Product Manager – Payments', 'Product Manager – Payments'],
  ])('"%s" is "%s"', (title, tidy) => {
    expect(tidyTitle(title)).toBe(tidy);
  });

  test.each([
    ['Det här blir ditt ansvar', 'responsibilities'],
    ['I tjänsten ingår att', 'responsibilities'],
    ['Behörighet', 'must'],
    ["What you'll need:", 'must'],
    ['The successful candidate will have:', 'must'],
    ['Ønskelig', 'nice'],
  ])('"%s" opens %s', (heading, kind) => {
    expect(classifyHeading(heading)).toBe(kind);
  });

  test('a paragraph inside a list item is the item', () => {
    expect(blocks('<ul><li><p>Own the editor</p></li></ul>')).toEqual([{ tag: 'li', text: 'Own the editor' }]);
  });

  test.each([
    ['nb', 'Det er ein føremon om du har padleinstruktørkurs.'],
    ['sv', 'Om du har gått en kurs i sensorisk analys är det en fördel.'],
    ['sv', 'Erfarenhet från gjuteri är meriterande men inget krav.'],
    ['en', 'Palliative care experience is desirable but we will train you.'],
    ['en', 'A reach truck licence would be a big plus.'],
  ])('%s: "%s" is a nice-to-have', (_lang, item) => {
    expect(isNiceItem(item)).toBe(true);
  });

  test.each([
    ['sv', 'Vill du veta mer?'],
    ['sv', 'Fjällbryggeriet i Åre AB · Prästgatan 9, 831 31 Östersund'],
    ['en', 'Powered by Homerun'],
    ['nb', 'Har du spørsmål?'],
  ])('%s: "%s" is no requirement', (_lang, line) => {
    const sections = readSections(blocks(`<h2>Kvalifikationer</h2><ul><li>B-körkort</li></ul><p>${line}</p>`));
    expect([...sections.must, ...sections.nice]).toEqual(['B-körkort']);
  });
});

describe('terms stated in a sentence or under more labels', () => {
  const typeOf = (body: string) => ad(`<html><head><title>Jobb</title></head><body><h1>Tekniker</h1>${SECTIONS}${body}</body></html>`, 'https://example.com/jobb/1')?.employmentType;

  test.each([
    ['sv', '<p>Tjänsten är en tillsvidareanställning på heltid.</p>', ['FULL_TIME']],
    ['sv', '<p>Tjänsten är på 75 procent och tillsvidare.</p>', ['PART_TIME']],
    ['nb', '<p>Stillingen er en fast 80 % stilling.</p>', ['PART_TIME']],
    ['en', '<p>This is a full-time role based in Leeds.</p>', ['FULL_TIME']],
    ['da', '<dl><dt>Arbejdstid</dt><dd>Fuldtid</dd></dl>', ['FULL_TIME']],
    ['nn', '<table><tr><th>Stillingsstorleik</th><td>50 % fast, frå 1. august 2027</td></tr></table>', ['PART_TIME']],
  ])('%s: %s', (_lang, body, types) => {
    expect(typeOf(body)).toEqual(types);
  });
});

describe('the employer named once, cleanly', () => {
  test('a unit path after the legal name is not part of it', () => {
    const json = { '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Nettanalytiker', hiringOrganization: { name: 'Nordavind Kraft AS – Nett – Planlegging og analyse' } };
    const html = `<html><head><title>Nettanalytiker</title><script type="application/ld+json">${JSON.stringify(json)}</script></head><body><h1>Nettanalytiker</h1>${SECTIONS}</body></html>`;
    expect(ad(html, 'https://nordavindkraft.taleo.net/careersection/1')?.hiringOrganization?.name).toBe('Nordavind Kraft AS');
  });

  test.each([['Arbetsgivarens logotyp'], ["Employer's logo"], ['Bedriftens logo']])('a logo whose alt is "%s" names nobody', (alt) => {
    const html = `<html><head><title>Brandman – Offentliga Jobb</title></head><body><div><img alt="${alt}" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><h1>Brandman</h1></div>${SECTIONS}</body></html>`;
    expect(pageInput(html, 'https://www.offentligajobb.se/jobb/1').input.lines?.titleLogo).toBeUndefined();
  });
});
