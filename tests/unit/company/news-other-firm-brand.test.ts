import { describe, expect, test } from 'vitest';
import { capturePage } from '../../../content/capture-page';
import { saveCapture } from '../../../core/capture/save-capture';
import { useTestDb } from '../notes/db';

/**
 * A class the nineteenth set's round showed on an earlier article, in English, Norwegian and Swedish: a researched
 * firm's first word is also the first word of another firm the article names ("Norrsken Ventures" while "Norrsken
 * Executive Search AB" is researched). Where the word always runs on into a capitalised name word of its own, it names
 * that other firm; the article is filed with the firm it does name.
 */

const db = useTestDb();
const doc = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

async function research(name: string, domain: string, at: number) {
  const html = `<html><head><title>About</title></head><body><main><h1>About</h1><p>We are ${name}.</p></main><footer><p>© 2026 ${name}</p></footer></body></html>`;
  return saveCapture(db(), capturePage(doc(html), `https://www.${domain}/about`), at);
}

const article = (lang: string, headline: string, paragraphs: readonly string[]) =>
  `<html lang="${lang}"><head><title>${headline}</title><meta property="og:type" content="article"></head><body><main><article><h1>${headline}</h1>` +
  `${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></main></body></html>`;

const CASES = [
  {
    lang: 'sv',
    other: ['Norrvidde Executive Search AB', 'norrviddesearch.se'],
    subject: ['Vindhamn Software AB', 'vindhamn.se'],
    headline: 'Miljonrunda till betalbolag',
    text: ['Riskkapitalbolaget Norrvidde Ventures leder rundan i Vindhamn, som i dag har 40 anställda.', 'Pengarna ska gå till fler utvecklare i Umeå.'],
  },
  {
    lang: 'nb',
    other: ['Fjellsyn Rekruttering AS', 'fjellsynrekruttering.no'],
    subject: ['Kvitberg Data AS', 'kvitbergdata.no'],
    headline: 'Millionløft for datafirma',
    text: ['Investeringsselskapet Fjellsyn Kapital leder runden i Kvitberg, som har 25 ansatte.', 'Pengene skal brukes på flere utviklere i Tromsø.'],
  },
  {
    lang: 'en',
    other: ['Harrowby Talent Partners Ltd', 'harrowbytalent.co.uk'],
    subject: ['Larkmoor Analytics Ltd', 'larkmoor.co.uk'],
    headline: 'Analytics firm raises £4m',
    text: ['The round was led by investment firm Harrowby Capital, which backs software firms across the north.', 'Larkmoor will hire twelve engineers in Leeds next year.'],
  },
] as const;

describe('a researched first word that opens another firm\'s name names that firm', () => {
  test.each(CASES)('$lang: "$headline"', async ({ lang, other, subject, headline, text }) => {
    const wrong = await research(other[0], other[1], 1);
    const right = await research(subject[0], subject[1], 2);
    const saved = await saveCapture(db(), capturePage(doc(article(lang, headline, text)), `https://www.tradepaper.example/news/${lang}-1`), 3);
    expect(saved.company.id).not.toBe(wrong.company.id);
    expect(saved.company.id).toBe(right.company.id);
    expect(saved.clip.filedBecause?.name).toBe(subject[0]);
  });

  test('the first word alone, or before the firm\'s own words, still names the firm', async () => {
    const firm = await research('Norrvidde Executive Search AB', 'norrviddesearch.se', 1);
    const text = ['Norrvidde har rekryterat en ny finanschef till ett industribolag i Umeå.', 'Uppdraget tog tre månader.'];
    const saved = await saveCapture(db(), capturePage(doc(article('sv', 'Ny finanschef klar', text)), 'https://www.tradepaper.example/news/sv-2'), 2);
    expect(saved.company.id).toBe(firm.company.id);
  });
});
