import { describe, expect, test } from 'vitest';
import { capturePage } from '../../../content/capture-page';
import { saveCapture } from '../../../core/capture/save-capture';
import { normalizeCompanyName } from '../../../core/company/names';
import { nameFromAboutTitle, nameFromLegalLine } from '../../../core/company/org-names';
import { pageName } from '../../../core/company/page-name';
import { useTestDb } from '../notes/db';

/**
 * How company sites and papers name a company, as seen on the third held-out set (then moved into
 * tuning): a footer line that gives the name before the address, a municipality's name alone in
 * capitals, about titles in general words or slogans, and a paper that drops the trade word.
 */

const db = useTestDb();
const doc = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

describe('a footer gives the name before the address', () => {
  test.each([
    ['nb', 'Haaland og Aas Regnskap · Breigata 7, 4006 Stavanger · 51 89 22 10', 'Haaland og Aas Regnskap'],
    ['sv', 'Ekbladh och Söner · Torsviksvägen 18, 553 03 Jönköping · 036-710 44 00', 'Ekbladh och Söner'],
    ['en', 'Penrose Bakery · Threemilestone Industrial Estate, Truro TR4 9LD', 'Penrose Bakery'],
  ])('%s: "%s"', (_lang, line, name) => {
    expect(nameFromLegalLine(line)).toBe(name);
  });

  test.each([
    ['Kontakt · Storgata 4, 9008 Tromsø'],
    ['Besöksadress · Hamngatan 4, 411 05 Göteborg'],
    ['Storgata 4 · 9008 Tromsø'],
  ])('"%s" names nobody', (line) => {
    expect(nameFromLegalLine(line)).toBeUndefined();
  });

  test('a municipality writes its name alone on a footer line, in capitals', () => {
    expect(nameFromLegalLine('FJELLSUND KOMMUNE')).toBe('FJELLSUND KOMMUNE');
    expect(nameFromLegalLine('Personvern')).toBeUndefined();
  });
});

describe('an about page titled in general words or with a slogan', () => {
  test.each([['Om kommunen'], ['Om företaget'], ['Om bedriften'], ['About the company']])('"%s" is no name', (title) => {
    expect(nameFromAboutTitle(title)).toBeUndefined();
  });

  test.each([
    ['nb', 'Regnskap for små bedrifter i Rogaland – Om oss'],
    ['sv', 'Om oss | Ost och smör från gårdar i Skåne'],
    ['en', 'Billing that just works for small firms | About'],
  ])('%s: a slogan beside "about" is no name', (_lang, title) => {
    expect(nameFromAboutTitle(title)).toBeUndefined();
  });

  test('"Om oss – Tverrå Sag" still names the company', () => {
    expect(nameFromAboutTitle('Om oss – Tverrå Sag')).toBe('Tverrå Sag');
  });

  test.each([
    ['nb', 'Om kommunen', '<footer><p>FJELLSUND KOMMUNE</p><p>Rådhusvegen 2, 6180 Fjellsund</p></footer>', 'Fjellsund kommune', 'fjellsund.kommune.no'],
    ['nb', 'Regnskap for små bedrifter i Rogaland – Om oss', '<footer><p>Haaland og Aas Regnskap · Breigata 7, 4006 Stavanger</p></footer>', 'Haaland og Aas Regnskap', 'haalandaas.no'],
    ['sv', 'Om företaget', '<footer><p>Ekbladh och Söner · Torsviksvägen 18, 553 03 Jönköping</p></footer>', 'Ekbladh och Söner', 'ekbladh.se'],
  ])('%s: the page "%s" is named by its footer', (_lang, title, footer, name, domain) => {
    const page = capturePage(doc(`<html><head><title>${title}</title></head><body><h1>${title}</h1><p>Tekst om oss.</p>${footer}</body></html>`), `https://${domain}/om`);
    expect(normalizeCompanyName(pageName(title, page.lines, domain) ?? '')).toBe(normalizeCompanyName(name));
  });
});

describe('a paper names the company without its trade word', () => {
  const ad = `<html lang="nb"><head><title>Regnskapsmedarbeider</title></head><body><h1>Regnskapsmedarbeider</h1><p>Arbeidsgiver: Håland &amp; Aas Regnskap AS</p>
    <h2>Arbeidsoppgaver</h2><ul><li>Bokføring</li></ul><h2>Kvalifikasjoner</h2><ul><li>Bachelor</li></ul><p>Søknadsfrist: 15.01.2027</p></body></html>`;
  const news = (lead: string) =>
    `<html lang="nb"><head><title>Kjeden kjøper seg opp</title></head><body><article><h1>Kjeden kjøper seg opp i Stavanger</h1>` +
    `<p>Henrik Sæle · Publisert 30.11.2026 kl. 07:31</p><p>${lead}</p><p>${'Mer tekst om saken følger her. '.repeat(6)}</p></article></body></html>`;

  test.each([
    ['nb', 'Kjeden går inn med 40 prosent i Håland og Aas, og partnerne får opsjon på resten.'],
    ['sv', 'Kedjan köper 40 procent av Håland och Aas, och delägarna får option på resten.'],
    ['en', 'The chain is buying 40 per cent of Håland and Aas, and the partners may sell the rest.'],
  ])('%s: the article is filed with the company its first words name', async (_lang, lead) => {
    const saved = await saveCapture(db(), capturePage(doc(ad), 'https://www.karrierestart.no/jobb/1'), 1);
    const article = await saveCapture(db(), capturePage(doc(news(lead)), 'https://www.finansavisen.no/naeringsliv/1'), 2);
    expect(article.company.id).toBe(saved.company.id);
    expect(article.clip.filedBecause?.name).toBe(saved.company.name);
  });

  test('one word of the name is not enough', async () => {
    const saved = await saveCapture(db(), capturePage(doc(ad), 'https://www.karrierestart.no/jobb/1'), 1);
    const article = await saveCapture(db(), capturePage(doc(news('Kjeden kjøper et byrå i Håland, sier daglig leder.')), 'https://www.finansavisen.no/naeringsliv/2'), 2);
    expect(article.company.id).not.toBe(saved.company.id);
  });
});

describe('names as the fourth set wrote them', () => {
  test.each([
    ['en', 'Saint Aldhelms Hospice, Yeovil Road, Sherborne, Dorset DT9 4LB · Registered charity no. 1104478', 'Saint Aldhelms Hospice'],
    ['da', 'Brovang Medico · Skejby Vænge 21 · 8200 Aarhus N · Denmark', 'Brovang Medico'],
    ['nn', 'Sunnfjord folkehøgskule · Naustdalsvegen 310, 6817 Naustdal', 'Sunnfjord folkehøgskule'],
  ])('%s: the footer names "%3$s" before its address', (_lang, line, name) => {
    expect(nameFromLegalLine(line)).toBe(name);
  });

  test('a copyright line with only a year names nobody', () => {
    expect(nameFromLegalLine('© 2026 · Accessibility · Privacy')).toBeUndefined();
  });

  test.each([['Om skulen'], ['Om sjukehuset'], ['Om föreningen']])('"%s" is no name', (title) => {
    expect(nameFromAboutTitle(title)).toBeUndefined();
  });

  test('furniture words after a logo\'s name go, however many', () => {
    const page = capturePage(doc('<html><head><title>About us</title></head><body><header><a href="/"><img alt="Rowan Tree logo – home" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></a></header><h1>About us</h1><p>Text.</p></body></html>'), 'https://rowantree.example/about');
    expect(page.lines?.logos).toEqual(['Rowan Tree']);
  });

  test('a place that opens a company\'s name does not file news with it ("Calder Valley" is a valley)', async () => {
    const ad = `<html lang="en"><head><title>Workshop Lead</title></head><body><h1>Workshop Lead</h1><p>Employer: Calder Valley Cycles Ltd</p>
      <h2>Responsibilities</h2><ul><li>Run the workshop</li></ul><h2>Requirements</h2><ul><li>Cytech 2</li></ul><p>Closing date: 15.01.2027</p></body></html>`;
    const news = `<html lang="en"><head><title>Night team</title></head><body><article><h1>Cold store adds a night team</h1><p>By Sam Holt · Published 2 December 2026</p>
      <p>A cold store in the Calder Valley is hiring twelve people for a fourth night team.</p><p>${'More about the story follows here. '.repeat(6)}</p></article></body></html>`;
    const saved = await saveCapture(db(), capturePage(doc(ad), 'https://www.cv-library.co.uk/job/1'), 1);
    const article = await saveCapture(db(), capturePage(doc(news), 'https://www.westridingbusiness.example/news/1'), 2);
    expect(article.company.id).not.toBe(saved.company.id);
  });
});
