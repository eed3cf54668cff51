import { describe, expect, test } from 'vitest';
import { capturePage } from '../../../content/capture-page';
import { readPageLines } from '../../../content/page-lines';
import { guessCompany } from '../../../core/company/identity';

/**
 * Company pages of the twenty-sixth held-out set, in English, Norwegian and Swedish: a footer the layout names in its own
 * words ("foot", "ftr") or not at all is the last block with the copyright line; a logo in a link to the site's home in
 * a language ("/en/") is the site's logo. Names written for this test.
 */

const doc = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

const PAGES = {
  en: { url: 'https://www.siamlamai.example/en/careers', logo: 'SIAM LAMAI', h1: 'Grow with Siam Lamai', footer: '© 2026 Siam Lamai Foods. All rights reserved.', name: 'Siam Lamai Foods' },
  nb: { url: 'https://www.fjordlys.example/no/karriere', logo: 'FJORDLYS', h1: 'Bli med i Fjordlys', footer: '© 2026 Fjordlys Bakeri. Alle rettigheter forbeholdt.', name: 'Fjordlys Bakeri' },
  sv: { url: 'https://www.vastbro.example/sv/jobb', logo: 'VÄSTBRO', h1: 'Jobba med Västbro', footer: '© 2026 Västbro Bageri. Alla rättigheter förbehållna.', name: 'Västbro Bageri' },
};

const html = (lang: keyof typeof PAGES, footerClass: string) => {
  const p = PAGES[lang];
  return `<html lang="${lang}"><head><title>Fresh bread since 1982</title></head><body>
    <div class="top"><a href="/${lang === 'nb' ? 'no' : lang}/"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="${p.logo}"></a><div><a href="/about">About</a></div></div>
    <div class="hero"><h1>${p.h1}</h1><p>From one oven to 240,000 loaves a day.</p></div>
    <div class="wrap"><p>More than 1,100 people work with us.</p><p>Our flour comes from Golden Mill Ltd.</p></div>
    <div class="${footerClass}"><p>${p.footer}</p></div></body></html>`;
};

describe('a footer the layout names in its own words is the last block with the copyright line', () => {
  test.each(['en', 'nb', 'sv'] as const)('%s', (lang) => {
    for (const footerClass of ['foot', 'ftr']) {
      const lines = readPageLines(doc(html(lang, footerClass)));
      expect(lines.footer).toEqual([PAGES[lang].footer]);
      expect(lines.logos).toEqual([PAGES[lang].logo]);
      const captured = capturePage(doc(html(lang, footerClass)), PAGES[lang].url);
      expect(guessCompany(PAGES[lang].url, captured.metadata, captured.jsonLd, undefined, captured.lines).name).toBe(PAGES[lang].name);
    }
  });

  test('en: a wrapper round the whole page, the heading in it, is no footer', () => {
    const page = '<html><head><title>Jobs</title></head><body><div class="page"><h1>Policy Adviser</h1><p>Brenvale Public Affairs SRL · Rue Belliard 40</p><p>© 2026 EuroJobs – Terms</p></div></body></html>';
    expect(readPageLines(doc(page)).footer).toEqual([]);
  });

  test('en: a link to a page in the site, not its home, makes no logo', () => {
    const page = '<html><head><title>Jobs</title></head><body><a href="/en/products"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Sandwich bread"></a><h1>Our breads</h1></body></html>';
    expect(readPageLines(doc(page)).logos).toEqual([]);
  });
});
