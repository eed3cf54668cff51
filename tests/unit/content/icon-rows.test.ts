import { describe, expect, test } from 'vitest';
import { spellAttributeText } from '../../../content/attribute-text';
import { capturePage } from '../../../content/capture-page';
import { readPageLines } from '../../../content/page-lines';
import { extractTextBlocks } from '../../../content/text-blocks';
import { analyseCapture } from '../../../core/capture/analyse';

/**
 * An ad's facts as a row of icons, each label only in the icon's aria-label, read through the capture
 * path (Readability joins the row into one paragraph): each fact stays a line of its own, in English,
 * Norwegian and Swedish, so the place is not "Lillestrøm Omfang: Deltid Frist: Snarest".
 */

const icon = (label: string, value: string) => `<span><svg aria-label="${label}" width="12" height="12"></svg>${value}</span>`;
const page = (lang: string, title: string, row: string, body: string): Document =>
  new DOMParser().parseFromString(
    `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><main><h1>${title}</h1><div class="job-meta">${row}</div>${body}</main></body></html>`,
    'text/html',
  );

describe('a row of icon facts through the capture path', () => {
  test.each([
    ['nb', 'Lagermedarbeider', [icon('Sted', 'Lillestrøm'), icon('Omfang', 'Deltid'), icon('Frist', 'Snarest')], 'Lillestrøm', '<p>Vi søker en lagermedarbeider til vårt lager på Kjeller. Du blir en del av et lite team som plukker og pakker ordre til butikker over hele Østlandet.</p><h2>Arbeidsoppgaver</h2><ul><li>Plukke ordre</li><li>Ta imot varer</li></ul><h2>Kvalifikasjoner</h2><ul><li>Truckførerbevis</li></ul>'],
    ['sv', 'Lagerarbetare', [icon('Ort', 'Jönköping'), icon('Omfattning', 'Heltid'), icon('Sista ansökningsdag', '31 januari 2027')], 'Jönköping', '<p>Vi söker en lagerarbetare till vårt centrallager i Jönköping. Du arbetar i ett team som plockar och packar order till butiker i hela landet.</p><h2>Arbetsuppgifter</h2><ul><li>Plocka order</li><li>Ta emot gods</li></ul><h2>Kvalifikationer</h2><ul><li>Truckkort</li></ul>'],
    ['en', 'Warehouse Operative', [icon('Location', 'Leeds'), icon('Hours', 'Full time'), icon('Closing date', '31 January 2027')], 'Leeds', '<p>We are looking for a warehouse operative for our distribution centre in Leeds. You will join a small team picking and packing orders for shops across the north.</p><h2>Responsibilities</h2><ul><li>Pick orders</li><li>Receive goods</li></ul><h2>Requirements</h2><ul><li>A forklift licence</li></ul>'],
  ])('%s: the place is the town alone', (lang, title, row, town, body) => {
    const captured = capturePage(page(lang, title, row.join(''), body), 'https://jobs.example.org/1');
    const { jobAd } = analyseCapture(captured, 'https://jobs.example.org/1');
    expect(jobAd?.locations.map((l) => l.city)).toEqual([town]);
  });
});

describe('fact rows written as lines of one paragraph', () => {
  const blocks = (html: string) => extractTextBlocks(new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body).map((b) => b.text);

  test.each([
    ['nb', '<p>Sted: Lillestrøm<br>Omfang: Deltid<br>Frist: Snarest</p>', ['Sted: Lillestrøm', 'Omfang: Deltid', 'Frist: Snarest']],
    ['sv', '<p>Ort: Jönköping<br>Omfattning: Heltid</p>', ['Ort: Jönköping', 'Omfattning: Heltid']],
    ['en', '<p>Location: Leeds<br>Hours: Full time</p>', ['Location: Leeds', 'Hours: Full time']],
  ])('%s: each row is a block', (_lang, html, rows) => {
    expect(blocks(html)).toEqual(rows);
  });

  test('lines that are not all fact rows stay one paragraph', () => {
    expect(blocks('<p>Note: we reply within a week<br>Thanks for your interest</p>')).toEqual(['Note: we reply within a week Thanks for your interest']);
  });
});

describe('a row of icon facts with an icon drawn in shapes', () => {
  // An icon whose label names no fact ("Arbeidsform") keeps its <svg>, drawn with <rect> and <path>: it is still an
  // icon, not a block, so the row beside it is read line by line and its deadline is not lost.
  const drawn = (label: string, value: string) => `<span><svg aria-label="${label}" width="12" height="12"><rect width="10" height="10"/><path d="M1 1h8"/></svg> ${value}</span>`;
  const header = (lang: string, title: string, row: string): string[] => {
    const doc = new DOMParser().parseFromString(`<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><main><h1>${title}</h1><div class="job-meta">${row}</div><p>Text.</p></main></body></html>`, 'text/html');
    spellAttributeText(doc);
    return readPageLines(doc).header.map((b) => b.text);
  };

  test.each([
    ['nb', 'Backendutvikler', [drawn('Sted', 'Oslo'), drawn('Arbeidsform', 'Hybrid'), drawn('Søknadsfrist', '10. januar 2027')], ['Sted: Oslo', 'Søknadsfrist: 10. januar 2027']],
    ['sv', 'Backendutvecklare', [drawn('Ort', 'Umeå'), drawn('Arbetssätt', 'Hybrid'), drawn('Sista ansökningsdag', '10 januari 2027')], ['Ort: Umeå', 'Sista ansökningsdag: 10 januari 2027']],
    ['en', 'Backend Developer', [drawn('Location', 'Leeds'), drawn('Working style', 'Hybrid'), drawn('Closing date', '10 January 2027')], ['Location: Leeds', 'Closing date: 10 January 2027']],
  ])('%s: each fact of the row is a header line', (lang, title, row, facts) => {
    const lines = header(lang, title, row.join(''));
    for (const fact of facts) expect(lines).toContain(fact);
    expect(lines).toContain('Hybrid');
  });
});
