import { describe, expect, test } from 'vitest';
import { capturePage } from '../../../content/capture-page';
import { looksLikeNews } from '../../../core/capture/news-page';

/**
 * A local paper's article without data saying so, in its culture or sports section, or at an address ending in the
 * article number of a Nordic paper's publishing system ("…-1.88412"): with a newsroom's marks, it is news. A
 * municipality's culture page without them is not.
 */

const doc = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const page = (lang: string, headline: string, text: string, footer: string) =>
  `<html lang="${lang}"><head><title>${headline}</title></head><body><main><article><h1>${headline}</h1><p>${text}</p><p>Mer om saken kommer senare i veckan, när alla avtal är klara.</p></article></main><footer><p>${footer}</p></footer></body></html>`;

describe('a culture or sports section, or an article number, with a newsroom\'s marks', () => {
  test.each([
    ['sv', 'Kören åker på turné', 'Turnén börjar i februari, säger körens ordförande Eva Lind.', 'Ljungbyposten ges ut av Smålandsmedia AB', 'https://www.ljungbyposten.se/kultur/koren-aker-pa-turne'],
    ['sv', 'Kören åker på turné', 'Turnén börjar i februari, säger körens ordförande Eva Lind.', 'Ljungbyposten ges ut av Smålandsmedia AB', 'https://www.ljungbyposten.se/ljungby/koren-aker-pa-turne-1.774512'],
    ['nb', 'Klubben får ny hall', 'Hallen står klar til høsten, sier styreleder Per Dahl.', 'Nesøyposten utgis av Kystmedier AS', 'https://www.nesoyposten.no/sport/klubben-far-ny-hall'],
    // A Norwegian paper's business section written without its first syllable ("/naering/", "/næring/"; v21).
    ['nb', 'Verftet vil ansette tjue', 'Ny hall skal stå klar til sommeren, sier verftssjefen.', 'Fosenposten utgis av Trøndermedier AS', 'https://www.fosenposten.no/naering/verftet-vil-ansette-tjue/1-4-3312'],
    ['en', 'Choir heads out on tour', 'The tour starts in February, said the choir\'s chair, Ella Lind.', 'The Wyvern Courier is published by Wyvern Media Ltd', 'https://www.wyverncourier.co.uk/culture/choir-heads-out-on-tour'],
  ])('%s: "%s"', (lang, headline, text, footer, url) => {
    expect(looksLikeNews(capturePage(doc(page(lang, headline, text, footer)), url))).toBe(true);
  });

  test.each([
    ['nb', 'https://www.nesoy.kommune.no/kultur/kulturskolen', 'Kulturskolen tilbyr undervisning i musikk, dans og teater for barn og unge.', 'Nesøy kommune · Rådhusveien 1, 8700 Nesøy'],
    ['sv', 'https://www.ljungby.se/uppleva/konserthuset-1.2', 'Konserthuset har plats för 400 personer och en scen för orkester.', 'Ljungby kommun · Olofsgatan 9, 341 83 Ljungby'],
    ['en', 'https://www.wyvern.gov.uk/culture/libraries', 'Our libraries lend books, music and films, and run reading groups for children.', 'Wyvern District Council · Town Hall, Wyvern WY1 1AA'],
  ])('%s: a public body\'s page at %s is no article', (lang, url, text, footer) => {
    expect(looksLikeNews(capturePage(doc(page(lang, 'Kultur', text, footer)), url))).toBe(false);
  });
});
