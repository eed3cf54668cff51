import { describe, expect, test } from 'vitest';
import { capturePage } from '../../../content/capture-page';
import { saveCapture } from '../../../core/capture/save-capture';
import { useTestDb } from '../notes/db';

/**
 * A news class the tenth held-out set showed (then moved into tuning), in English, Norwegian and Swedish: a venue's
 * name opens with the kind of house it is ("Hotell Strandvallen i Ystad AB"), and a paper calls it by its own word
 * ("Strandvallen"); the kind alone ("the hotel") or a rival's name files nothing with it.
 */

const db = useTestDb();
const page = (html: string, url: string) => capturePage(new DOMParser().parseFromString(html, 'text/html'), url);

async function research(name: string, domain: string, at: number) {
  const html = `<html><head><title>Om oss</title></head><body><h1>Om oss</h1><p>${'Vi tar imot gjester hele året. '.repeat(4)}</p><footer><p>© 2026 ${name}</p></footer></body></html>`;
  return saveCapture(db(), page(html, `https://www.${domain}/om-oss`), at);
}

const article = (lang: string, headline: string, paragraphs: string[], footer: string) =>
  `<html lang="${lang}"><head><title>${headline}</title><meta property="og:type" content="article"></head><body><main><article><h1>${headline}</h1>` +
  `${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></main><footer><p>${footer}</p></footer></body></html>`;

const CASES = [
  ['sv', 'Hotell Strandvallen i Ystad AB', 'strandvallen.se', 'Hotellet i sandskogen håller öppet hela året', 'Strandvallen stänger inte längre under vintern och anställer fler i receptionen.', 'Sydkustens Media AB', 'https://www.sydkustenstidning.se/nyheter/hotellet-haller-oppet'],
  ['nb', 'Hotell Havblikk AS', 'havblikk.no', 'Hotellet på neset holder åpent hele vinteren', 'Havblikk stenger ikke lenger i vintermånedene og ansetter flere i resepsjonen.', 'Kystavisa AS', 'https://www.kystavisa.no/nyheter/hotellet-holder-apent'],
  ['en', 'Hotel Larchmont Ltd', 'larchmont.example', 'Lakeside hotel to stay open all winter', 'Larchmont will no longer close between November and March, and is hiring for its kitchen.', 'Lakeland Press Ltd', 'https://www.lakelandpress.example/news/hotel-open-all-winter'],
] as const;

describe("a paper calls a venue by its own word, not the kind of house it is", () => {
  test.each(CASES)('%s: "%s"', async (lang, name, domain, headline, lead, footer, url) => {
    const company = await research(name, domain, 1);
    const saved = await saveCapture(db(), page(article(lang, headline, [lead, '– Det er en god dag, sier sjefen.'], footer), url), 2);
    expect(saved.company.id).toBe(company.company.id);
    expect(saved.clip.filedBecause?.name).toBe(company.company.name);
  });

  test.each(CASES)('%s: the kind alone or a rival names no researched venue ("%s")', async (lang, name, domain, headline, _lead, footer, url) => {
    const company = await research(name, domain, 1);
    const rival = lang === 'sv' ? 'Ystad Saltsjöbad håller också öppet i vinter.' : lang === 'nb' ? 'Sjøbua Rorbuer holder også åpent i vinter.' : 'Armathwaite Hall will also stay open.';
    const saved = await saveCapture(db(), page(article(lang, headline, [rival, 'The hotel, hotellet: no name here.'], footer), url), 2);
    expect(saved.company.id).not.toBe(company.company.id);
    expect(saved.clip.filedBecause).toBeUndefined();
  });
});
