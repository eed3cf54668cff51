import { describe, expect, test } from 'vitest';
import { capturePage } from '../../../content/capture-page';
import { saveCapture } from '../../../core/capture/save-capture';
import { looseCompanyName, storedNameKeys } from '../../../core/company/names';
import { nameFromLegalLine } from '../../../core/company/org-names';
import { useTestDb } from '../notes/db';

/**
 * How a company's own site and the papers wrote its name on the fifth held-out set (then moved into
 * tuning), in English, Norwegian and Swedish: a genitive, "Company", a short form it gives itself,
 * Nynorsk words, a footer with a street but no postcode, and a paper that calls the firm by its first word.
 */

const db = useTestDb();
const doc = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

describe('one company, written two ways, has one loose key', () => {
  test.each([
    ['sv', 'Granlunds Bageri & Konditori AB', 'Granlund Bageri och Konditori'],
    ['en', 'Fernbrook Games Ltd', 'Fernbrook Games Company'],
    ['nb', 'Kvitfjell Emballasje AS', 'KFE – Kvitfjell Emballasje'],
    ['nb', 'Kvitfjell Emballasje AS', 'Kvitfjell Emballasje (KFE)'],
    ['nn', 'Sunnfjord Folkehøgskole', 'Sunnfjord folkehøgskule'],
    ['nn', 'Sykehuset i Sogn', 'Sjukehuset i Sogn'],
  ])('%s: "%s" and "%s"', (_lang, a, b) => {
    expect(looseCompanyName(a)).toBe(looseCompanyName(b));
  });

  test.each([
    ['nb', 'Bjerkås Maskin', 'bjerkas maskin'],
    ['en', 'Atlas Freight', 'atlas freight'],
    ['sv', 'Hans Olssons Åkeri', 'hans olssons akeri'],
  ])('%s: an s that belongs to the name stays ("%s")', (_lang, name, key) => {
    expect(looseCompanyName(name)).toBe(key);
  });
});

test('en/nb: a name written as one word or two shares a key ("Aerostructures", "Aero Structures")', () => {
  const shared = (a: string, b: string) => storedNameKeys(a).some((k) => storedNameKeys(b).includes(k));
  expect(shared('Bramhall Aerostructures Ltd', 'Bramhall Aero Structures Limited')).toBe(true);
  expect(shared('Nordkraft Nett AS', 'Nord Kraft Nett')).toBe(true);
  expect(shared('Nordkraft Nett AS', 'Nordkraft Energi AS')).toBe(false);
});

describe('a footer gives the name before a street without a postcode', () => {
  test.each([
    ['sv', 'Granlund Bageri och Konditori · Västerslättsvägen 30 · Umeå', 'Granlund Bageri och Konditori'],
    ['nb', 'Lunde og Kvam Kaffebar · Storgata 88, Tromsø', 'Lunde og Kvam Kaffebar'],
    ['en', 'Haverford Cold Store · 12 Calder Road · Wakefield', 'Haverford Cold Store'],
  ])('%s: "%s"', (_lang, line, name) => {
    expect(nameFromLegalLine(line)).toBe(name);
  });
});

describe('a paper calls the firm by its first word', () => {
  const adFor = (employer: string) =>
    `<html lang="en"><head><title>Operator</title></head><body><h1>Operator</h1><p>Employer: ${employer}</p><h2>Responsibilities</h2><ul><li>Run the line</li></ul><h2>Requirements</h2><ul><li>Forklift licence</li></ul><p>Closing date: 15.01.2027</p></body></html>`;
  const article = (lang: string, headline: string) =>
    `<html lang="${lang}"><head><title>${headline}</title></head><body><article><h1>${headline}</h1><p>By Sam Holt · Published 2 December 2026</p><p>${'The story goes on with more detail about the plans. '.repeat(5)}</p></article></body></html>`;

  test.each([
    ['en', 'Haverford Cold Store Ltd', 'Haverford adds a fourth night team as volumes climb'],
    ['nb', 'Mørkvedt Mekaniske AS', 'Mørkvedts nye hall gir tolv nye jobber'],
    ['sv', 'Granlunds Bageri & Konditori AB', 'Granlunds bakar 4 000 lussekatter om dagen'],
  ])('%s: "%s" files "%s" with it, and says why', async (lang, employer, headline) => {
    const saved = await saveCapture(db(), capturePage(doc(adFor(employer)), 'https://www.cv-library.co.uk/job/1'), 1);
    const news = await saveCapture(db(), capturePage(doc(article(lang, headline)), 'https://www.localnews.example/news/1'), 2);
    expect(news.company.id).toBe(saved.company.id);
    expect(news.clip.filedBecause?.part).toBe('headline');
  });

  test('nb: the same word as a place ("på Mørkved") or opening a longer name cut short files nothing', async () => {
    const saved = await saveCapture(db(), capturePage(doc(adFor('Mørkved Bygg AS')), 'https://www.cv-library.co.uk/job/2'), 1);
    const news = await saveCapture(db(), capturePage(doc(article('nb', 'Ny barnehage på Mørkved')), 'https://www.localnews.example/news/2'), 2);
    expect(news.company.id).not.toBe(saved.company.id);
  });
});

describe('a foundation is called by its own name, and a word two firms open with tells neither', () => {
  const adFor = (employer: string, path: string) =>
    capturePage(
      doc(`<html lang="nb"><head><title>Miljøarbeider</title></head><body><h1>Miljøarbeider</h1><p>Arbeidsgiver: ${employer}</p><h2>Arbeidsoppgaver</h2><ul><li>Følge opp beboere</li></ul><h2>Kvalifikasjoner</h2><ul><li>Relevant utdanning</li></ul><p>Søknadsfrist: 10.01.2027</p></body></html>`),
      `https://www.jobbnorge.no/ledige-stillinger/${path}`,
    );
  const article = (lang: string, headline: string) =>
    capturePage(
      doc(`<html lang="${lang}"><head><title>${headline}</title></head><body><article><h1>${headline}</h1><p>Av Kari Holt · Publisert 2. desember 2026</p><p>${'Saken fortsetter med flere detaljer om planene. '.repeat(5)}</p></article></body></html>`),
      'https://www.lokalavis.example/nyheter/1',
    );

  test.each([
    ['nb', 'Stiftelsen Byhjelpa Stavanger', 'Stiftelsen Havbrua', 'Byhjelpa åpner nytt natthjem i sentrum'],
    ['sv', 'Stiftelsen Gårdsbacken', 'Stiftelsen Ljusglimten', 'Gårdsbacken öppnar ett nytt boende i Umeå'],
    ['en', 'The Foundation Kestrelmoor Trust', 'Foundation Alder Housing', 'Kestrelmoor opens a new night shelter'],
  ])('%s: "%s" is filed by its own name, not by the word it shares with "%s"', async (_lang, employer, other, headline) => {
    const saved = await saveCapture(db(), adFor(employer, '1'), 1);
    await saveCapture(db(), adFor(other, '2'), 2);
    const news = await saveCapture(db(), article(_lang, headline), 3);
    expect(news.company.id).toBe(saved.company.id);
  });

  test('nb: the shared word alone files nothing', async () => {
    const first = await saveCapture(db(), adFor('Stiftelsen Byhjelpa Stavanger', '1'), 1);
    const second = await saveCapture(db(), adFor('Stiftelsen Havbrua', '2'), 2);
    const news = await saveCapture(db(), article('nb', 'Stiftelsen får ny leder'), 3);
    expect([first.company.id, second.company.id]).not.toContain(news.company.id);
  });
});
