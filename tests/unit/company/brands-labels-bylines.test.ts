import { describe, expect, test } from 'vitest';
import { capturePage } from '../../../content/capture-page';
import { looksLikeNews } from '../../../core/capture/news-page';
import { saveCapture } from '../../../core/capture/save-capture';
import { extractJobAd } from '../../../core/jobad';
import { brandOfLegalName } from '../../../core/company/legal-brand';
import { pageInput } from '../jobad/page-input';
import { SECTIONS, type Lang } from '../jobad/employer-pages';
import { useTestDb } from '../notes/db';

/**
 * Classes the twelfth set showed (then moved into tuning), in English, Norwegian and Swedish: two labels joined by
 * a slash are one label ("Organisation/Company"); a board's brand for the employer gives way to the legal name an
 * imprint line closing the ad writes, when the brand's words are that name's in another language, and the brand
 * stays the name news finds it by; a reporter's dated byline with a newsroom's marks makes an article at any address.
 */

const db = useTestDb();
const doc = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const BOARD = 'https://www.research-jobs.example/job/4471';
const page = (lang: Lang, title: string, body: string, head = '') =>
  `<html lang="${lang}"><head><title>${title}</title>${head}</head><body><main>${body}${SECTIONS[lang]}</main></body></html>`;

describe('two labels joined by a slash are one label', () => {
  test.each([
    ['en', 'Organisation/Company', 'Harwick Institute for Marine Research'],
    ['nb', 'Arbeidsgiver / Virksomhet', 'Nesøya Havforskningsinstitutt'],
    ['sv', 'Organisation/Företag', 'Ljungdala Marinbiologiska Institut'],
  ] as const)('%s: "%s"', (lang, label, employer) => {
    const html = page(lang, 'PhD Position | Research Jobs', `<h1>PhD Position</h1><dl><dt>${label}</dt><dd>${employer}</dd><dt>Research Field</dt><dd>Oceanography</dd></dl>`);
    expect(extractJobAd(pageInput(html, BOARD).input)?.hiringOrganization?.name).toBe(employer);
  });
});

describe("a brand whose words are the imprint's legal name in another language", () => {
  const ld = (brand: string) => `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Data Engineer', datePosted: '2026-11-27', hiringOrganization: { '@type': 'Organization', name: brand } })}</script>`;
  test.each([
    ['en', 'Storch Logistics', 'Storch Logistik GmbH, Wiener Straße 12, 10999 Berlin'],
    ['nb', 'Nesøya Systems', 'Nesøya Systemer AS, Kaigata 4, 6090 Fosnavåg'],
    ['sv', 'Ljungdala Technologies', 'Ljungdala Teknologier AB, Storgatan 3, 341 30 Ljungby'],
  ] as const)('%s: "%s"', (lang, brand, imprint) => {
    const html = page(lang, `Data Engineer at ${brand}`, `<h1>Data Engineer</h1><p>${brand} plans deliveries for 1,200 shops.</p><p>${imprint}</p>`, ld(brand));
    const employer = extractJobAd(pageInput(html, BOARD).input)?.hiringOrganization;
    expect(employer).toEqual({ name: imprint.split(',')[0], alternateName: brand });
  });

  test('another firm in an imprint, or the same words, is no translation', () => {
    expect(brandOfLegalName('Storch Logistics', 'Storch Logistik GmbH')).toBe(true);
    expect(brandOfLegalName('Storch Logistics', 'Falke Logistik GmbH')).toBe(false);
    expect(brandOfLegalName('Storch Logistics', 'Storch Logistics GmbH')).toBe(false);
    expect(brandOfLegalName('Storch', 'Storch Logistik GmbH')).toBe(false);
  });

  test('news that calls the firm by its brand lands with the ad', async () => {
    const ad = page('en', 'Data Engineer at Storch Logistics', '<h1>Data Engineer</h1><p>Storch Logistics plans deliveries for 1,200 shops.</p><p>Storch Logistik GmbH, Wiener Straße 12, 10999 Berlin</p>', ld('Storch Logistics'));
    const saved = await saveCapture(db(), capturePage(doc(ad), BOARD), 1);
    const news = `<html lang="en"><head><title>Storch Logistics raises €40m</title><meta property="og:type" content="article"></head><body><article><h1>Storch Logistics raises €40m</h1><p>${'The Berlin delivery firm will add two cities next year, its founder said. '.repeat(2)}</p></article></body></html>`;
    const filed = await saveCapture(db(), capturePage(doc(news), 'https://www.startupwire.example/2026/11/storch-series-b'), 2);
    expect(filed.company.id).toBe(saved.company.id);
  });
});

describe("a reporter's dated byline with a newsroom's marks is news at any address", () => {
  const article = (lang: string, byline: string, quote: string, box: string) =>
    `<html lang="${lang}"><head><title>Nytt</title></head><body><main><article><h1>Nya planer för sommaren</h1><p>${byline}</p><p>Parken öppnar en ny del i maj efter två års arbete med tillstånden.</p><p>${quote}</p></article><aside><h2>${box}</h2><p>Annat nytt</p></aside></main></body></html>`;
  test.each([
    ['sv', 'Erik Lundh · 29 november 2026', '– Vi har byggt om hela gården, säger Petra Sahlin.', 'Läs också', 'https://www.ljungdalabladet.se/ljungby/nya-planer/a/2264811'],
    ['nb', 'Av Kari Nes, 3. desember 2026', '– Vi har bygd om hele gården, sier Per Dahl.', 'Les også', 'https://www.nesoyaposten.no/nesoya/nye-planer/a/99812'],
    ['en', 'By Jane Rowe | 2 December 2026', '"We rebuilt the whole yard," said Tom Hale.', 'Read more', 'https://www.harwickcourier.co.uk/harwick/new-plans-88121'],
  ])('%s: "%s"', (lang, byline, quote, box, url) => {
    expect(looksLikeNews(capturePage(doc(article(lang, byline, quote, box)), url))).toBe(true);
  });

  test('a dated byline without a newsroom mark is not enough', () => {
    const html = `<html lang="nb"><head><title>Blogg</title></head><body><main><article><h1>Nytt verksted</h1><p>Kari Nes · 3. desember 2026</p><p>Vi har flyttet verkstedet til nye lokaler på kaia i sentrum.</p></article></main></body></html>`;
    expect(looksLikeNews(capturePage(doc(html), 'https://www.nesoyabil.no/blogg/nytt-verksted'))).toBe(false);
  });
});
