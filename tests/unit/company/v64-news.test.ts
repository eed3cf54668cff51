import { describe, expect, test } from 'vitest';
import { capturePage } from '../../../content/capture-page';
import { saveCapture } from '../../../core/capture/save-capture';
import { useTestDb } from '../notes/db';

/**
 * Found when the sixty-fourth held-out set moved into tuning: a trade paper's "Fönsterfabriken i Österbymo satsar på robotar"
 * about a window maker, while a sawmill named after the same village ("Österbymo Sågverk AB") is researched too. After a
 * works ("fabriken i", "the plant in"), the village is where the works stands, not the sawmill named after it. Names written
 * for this test.
 */

const db = useTestDb();
const doc = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const page = (html: string, url: string) => capturePage(doc(html), url);

async function research(name: string, domain: string, at: number) {
  const html = `<html><head><title>Om oss</title></head><body><h1>Om oss</h1><p>${'Vi gör bra saker för våra kunder. '.repeat(4)}</p><footer><p>© 2026 ${name}</p></footer></body></html>`;
  return saveCapture(db(), page(html, `https://www.${domain}/om-oss`), at);
}

const article = (lang: string, headline: string, paragraphs: string[]) =>
  `<html lang="${lang}"><head><title>${headline} – Snickeritidningen</title><meta property="og:site_name" content="Snickeritidningen"><meta property="og:type" content="article"></head>` +
  `<body><main><article><h1>${headline}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></main><footer><p>Snickeritidningen · Träförlaget Norden AB</p></footer></body></html>`;

describe('a works in a village named like a researched firm', () => {
  test.each([
    ['sv', 'Fönsterfabriken i Ulvbymo satsar på robotar', ['I fabrikshallen i Ulvbymo står de gamla pressarna kvar.', '– Vi måste öka takten, säger produktionschefen på Ulvbygdens Snickerifabrik.']],
    ['en', 'The window plant in Ulvbymo bets on robots', ['The old presses still stand in the hall at Ulvbymo.', '"We have to speed up," says the production manager at Ulvbygdens Snickerifabrik.']],
  ])('%s: %s', async (lang, headline, paragraphs) => {
    await research('Ulvbymo Sågverk AB', 'ulvbymosagverk.se', 1);
    const maker = await research('Ulvbygdens Snickerifabrik AB', 'ulvfonster.se', 2);
    const saved = await saveCapture(db(), page(article(lang, headline, paragraphs), 'https://www.snickeritidningen.se/fonster/robotar/'), 3);
    expect(saved.clip.filedBecause?.name).toBe(maker.company.name);
  });
});
