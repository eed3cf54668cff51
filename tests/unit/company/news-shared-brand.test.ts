import { describe, expect, test } from 'vitest';
import { capturePage } from '../../../content/capture-page';
import { saveCapture } from '../../../core/capture/save-capture';
import { useTestDb } from '../notes/db';

/**
 * A class the twelfth set's round showed on two earlier articles, in English, Norwegian and Swedish: a paper calls
 * a firm by its first word alone, and two researched firms share that word. The name tells neither; what the
 * article is about does: it is filed with the firm whose own pages share clearly more of its words, and with
 * neither when they do not.
 */

const db = useTestDb();
const doc = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

/** A researched firm: its own about page, its trade in its words, its name in the footer. */
async function research(name: string, domain: string, about: string, at: number) {
  const html = `<html><head><title>About</title></head><body><main><h1>About</h1><p>${about}</p></main><footer><p>© 2026 ${name}</p></footer></body></html>`;
  return saveCapture(db(), capturePage(doc(html), `https://www.${domain}/about`), at);
}

const article = (lang: string, headline: string, paragraphs: readonly string[]) =>
  `<html lang="${lang}"><head><title>${headline}</title><meta property="og:type" content="article"></head><body><main><article><h1>${headline}</h1>` +
  `${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></main></body></html>`;

const CASES = [
  {
    lang: 'en',
    a: ['Kelvara Energy Ltd', 'kelvaraenergy.co.uk', 'We install home batteries and pay households to shift charging away from the evening peak on the electricity network.'],
    b: ['Kelvara Labs, Inc.', 'kelvaralabs.com', 'We track containers on feeder vessels so shippers always know where their freight is on short-sea routes.'],
    about: 'a',
    headline: 'Kelvara joins regulator trial',
    text: ['Kelvara will pay households with home batteries to shift charging away from the evening peak.', 'The electricity network operator runs the trial across Yorkshire this winter.'],
  },
  {
    lang: 'nb',
    a: ['Tornvik Energi AS', 'tornvikenergi.no', 'Vi monterer batterier i boliger og betaler husholdninger for å flytte lading bort fra kveldstoppen i strømnettet.'],
    b: ['Tornvik Havbruk AS', 'tornvikhavbruk.no', 'Vi driver settefiskanlegg og matfiskanlegg for laks i fjorden med merder, fôrflåter og brønnbåter.'],
    about: 'b',
    headline: 'Tornvik får ny konsesjon',
    text: ['Tornvik skal bygge et nytt settefiskanlegg for laks i fjorden, med plass til flere merder.', 'Brønnbåter skal frakte fisken til anlegget fra våren.'],
  },
  {
    lang: 'sv',
    a: ['Gransjö Bageri AB', 'gransjobageri.se', 'Vi bakar surdegsbröd, kanelbullar och tårtor i vårt bageri och levererar till caféer i hela länet.'],
    b: ['Gransjö Verkstad AB', 'gransjoverkstad.se', 'Vi svetsar, svarvar och fräser detaljer i stål och aluminium åt industrin i vår verkstad.'],
    about: 'b',
    headline: 'Gransjö bygger ut verkstaden',
    text: ['Gransjö ska svetsa och fräsa fler detaljer i stål och aluminium när verkstaden byggs ut.', 'Industrin i länet har efterfrågat större serier.'],
  },
] as const;

describe('a first word two researched firms share, told apart by what the article says', () => {
  test.each(CASES)('$lang: "$headline"', async ({ lang, a, b, about, headline, text }) => {
    const first = await research(a[0], a[1], a[2], 1);
    const second = await research(b[0], b[1], b[2], 2);
    expect(first.company.id).not.toBe(second.company.id);
    const saved = await saveCapture(db(), capturePage(doc(article(lang, headline, text)), `https://www.localpaper.example/news/${lang}-1`), 3);
    // The article speaks of one firm's trade: batteries and households, salmon farms, welding and milling.
    const expected = about === 'a' ? first : second;
    expect(saved.company.id).toBe(expected.company.id);
    expect(saved.clip.filedBecause).toBeDefined();
  });

  test('an article whose words point to neither firm is filed with neither', async () => {
    const [c] = CASES;
    const first = await research(c.a[0], c.a[1], c.a[2], 1);
    const second = await research(c.b[0], c.b[1], c.b[2], 2);
    const text = ['Kelvara has moved into a new office in the city centre.', 'The opening party is on Friday afternoon.'];
    const saved = await saveCapture(db(), capturePage(doc(article('en', 'Kelvara moves office', text)), 'https://www.localpaper.example/news/en-2'), 3);
    expect([first.company.id, second.company.id]).not.toContain(saved.company.id);
    expect(saved.clip.filedBecause).toBeUndefined();
  });
});
