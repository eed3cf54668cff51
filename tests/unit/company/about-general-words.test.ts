import { describe, expect, test } from 'vitest';
import { capturePage } from '../../../content/capture-page';
import { saveCapture } from '../../../core/capture/save-capture';
import { nameFromAboutTitle } from '../../../core/company/org-names';
import { useTestDb } from '../notes/db';

/**
 * An about page titled with its subject in general words ("About the station", "Om vår gård"): no name. Kept as one,
 * the word was stored as a key of the company ("station"), and any article that wrote the word was filed with it.
 */

const db = useTestDb();
const doc = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

describe('an about title in lower-case words or opening with "our"', () => {
  test.each([
    ['en', 'About the station'],
    ['en', 'About our workshop'],
    ['nb', 'Om stasjonen'],
    ['nb', 'Om vår gård'],
    ['sv', 'Om varvet'],
    ['sv', 'Om våra bagerier'],
  ])('%s: "%s" is no name', (_lang, title) => {
    expect(nameFromAboutTitle(title)).toBeUndefined();
  });

  test.each([
    ['en', 'About Corran Ferries', 'Corran Ferries'],
    ['en', 'About The Salt Loft', 'Salt Loft'],
    ['nb', 'Om Brekkestø Båtbyggeri', 'Brekkestø Båtbyggeri'],
    ['sv', 'Om Lövsta Kvarn AB', 'Lövsta Kvarn AB'],
  ])('%s: "%s" still names the company', (_lang, title, name) => {
    expect(nameFromAboutTitle(title)).toBe(name);
  });
});

describe('a bilingual site\'s about label in its other language', () => {
  test.each([
    ['sv', 'Om företaget | Yritys'],
    ['sv', 'Om oss – Meistä'],
    ['nb', 'Om oss | About us'],
    ['nb', 'Om selskapet | Om os'],
    ['en', 'About us | Om oss'],
  ])('%s: "%s" is no name', (_lang, title) => {
    expect(nameFromAboutTitle(title)).toBeUndefined();
  });

  test.each([
    ['sv', 'Om oss | Kvarnby Bageri', 'Kvarnby Bageri'],
    ['nb', 'Om oss – Brekkestø Båtbyggeri', 'Brekkestø Båtbyggeri'],
    ['en', 'Corran Ferries | About us', 'Corran Ferries'],
  ])('%s: "%s" still names the company', (_lang, title, name) => {
    expect(nameFromAboutTitle(title)).toBe(name);
  });
});

describe('a company page titled in general words does not catch news about another firm', () => {
  const cases = [
    {
      lang: 'en',
      page: ['About the yard', 'Corran Boatworks', 'Corran Boatworks Co. Ltd · Ardgour PH33 7AA', 'corranboatworks.co.uk'],
      headline: 'Battery maker picks new site',
      text: 'Kelmoor Cells will build its second plant beside the old yard on the river, the company said on Monday.',
    },
    {
      lang: 'nb',
      page: ['Om verftet', 'Brekkestø Båtbyggeri', 'Brekkestø Båtbyggeri AS · Brekkestø, 4780 Brekkestø', 'brekkestobat.no'],
      headline: 'Fiskeoppdretter utvider',
      text: 'Straumsvik Laks AS bygger nytt anlegg ved siden av verftet i bukta, opplyser selskapet mandag ettermiddag.',
    },
    {
      lang: 'sv',
      page: ['Om varvet', 'Lövsta Båtvarv', 'Lövsta Båtvarv AB · Hamnvägen 3, 742 93 Östhammar', 'lovstabatvarv.se'],
      headline: 'Bageri flyttar till hamnen',
      text: 'Kornboden Bageri AB flyttar in bredvid varvet i hamnen, uppger företaget på måndagen efter styrelsemötet.',
    },
  ];
  test.each(cases)('$lang: the article is not filed with the page\'s company', async ({ lang, page, headline, text }) => {
    const [title, logo, footer, domain] = page as [string, string, string, string];
    const about = `<html lang="${lang}"><head><title>${title}</title></head><body><header><img alt="${logo}" src="/logo.png"></header><main><h1>${title}</h1><p>${text.split(' ').slice(6).join(' ')}</p></main><footer><p>${footer}</p></footer></body></html>`;
    const saved = await saveCapture(db(), capturePage(doc(about), `https://www.${domain}/about`), 1);
    expect(saved.company.normNames.every((n) => n.includes(' ') || n.length > 10)).toBe(true);
    const news = `<html lang="${lang}"><head><title>${headline}</title><meta property="og:type" content="article"></head><body><main><article><h1>${headline}</h1><p>${text}</p></article></main></body></html>`;
    const filed = await saveCapture(db(), capturePage(doc(news), 'https://www.tradepaper.example/news/1'), 2);
    expect(filed.company.id).not.toBe(saved.company.id);
    expect(filed.clip.filedBecause).toBeUndefined();
  });
});
