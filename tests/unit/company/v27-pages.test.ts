import { describe, expect, test } from 'vitest';
import { capturePage } from '../../../content/capture-page';
import { guessCompany } from '../../../core/company/identity';

/**
 * A company page of the twenty-seventh held-out set, in English, Norwegian and Swedish: the logo's brand whose last word
 * opens a word of the footer's name ("Himal Tara Hydro" → "Himal Tara Hydropower Company") names the company by the
 * footer's fuller form. Names written for this test.
 */

const doc = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

describe("a logo's brand whose last word opens the footer name's word", () => {
  test.each([
    ['en', 'https://www.himaltarahydro.example/about-us', 'Himal Tara Hydro', '© 2026 Himal Tara Hydropower Company. All Rights Reserved.', 'Himal Tara Hydropower Company'],
    ['nb', 'https://www.fjellkraft.example/om-oss', 'Fjell Kraft', '© 2026 Fjell Kraftverk Gruppen. Alle rettigheter forbeholdt.', 'Fjell Kraftverk Gruppen'],
    ['sv', 'https://www.norrvatten.example/om-oss', 'Norr Vatten', '© 2026 Norr Vattenkraft. Alla rättigheter förbehållna.', 'Norr Vattenkraft'],
  ] as const)('%s: %s', (lang, url, logo, footer, name) => {
    const html = `<html lang="${lang}"><head><title>Clean energy from the hills</title></head><body><header><a href="/"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="${logo}"></a></header>
      <main><h1>About Us</h1><p>We run two plants.</p></main><footer><p>${footer}</p></footer></body></html>`;
    const captured = capturePage(doc(html), url);
    expect(guessCompany(url, captured.metadata, captured.jsonLd, undefined, captured.lines).name).toBe(name);
  });

  test('en: one word that another name merely starts with is not its short form', () => {
    const url = 'https://www.nord.example/about';
    const html = `<html lang="en"><head><title>About</title></head><body><header><a href="/"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Nord"></a></header><main><h1>About Us</h1></main><footer><p>© 2026 Nordic Widgets. All rights reserved.</p></footer></body></html>`;
    const captured = capturePage(doc(html), url);
    expect(guessCompany(url, captured.metadata, captured.jsonLd, undefined, captured.lines).name).not.toBe('Nordic Widgets');
  });
});
