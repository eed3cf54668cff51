import { describe, expect, test } from 'vitest';
import { extractTextBlocks } from '../../../content/text-blocks';
import { extractJobAd } from '../../../core/jobad';
import { readSections } from '../../../core/jobad/sections';
import { pageInput } from './page-input';

/**
 * A job ad posted on a social network and saved as a page, in English, Norwegian and Swedish: no heading
 * and no paragraph element, only divs; the opening line framed by pictographs names the job; the lists
 * are lines led by a pictograph.
 */

const body = (html: string) => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
const post = (lang: string, lines: string[]): string =>
  `<!doctype html><html lang="${lang}"><head><title>Social | Posts</title><meta property="og:site_name" content="Social"></head><body><div class="feed"><div class="post">${lines.map((l) => `<div>${l}</div>`).join('')}</div></div></body></html>`;

describe('lines led by a pictograph are list items', () => {
  test.each([
    ['nb', ['Dette blir jobben din:', '✔️ Baking av brød', '✔️ Bestilling av råvarer'], ['Baking av brød', 'Bestilling av råvarer']],
    ['sv', ['Du kommer att:', '👉 Baka bröd', '👉 Beställa råvaror'], ['Baka bröd', 'Beställa råvaror']],
    ['en', ['You will:', '✅ Bake bread', '✅ Order flour'], ['Bake bread', 'Order flour']],
  ])('%s', (_lang, lines, items) => {
    const blocks = extractTextBlocks(body(lines.map((l) => `<p>${l}</p>`).join('')));
    expect(blocks.filter((b) => b.tag === 'li').map((b) => b.text.replace(/^\S+\s/u, ''))).toEqual(items);
  });

  test('a line framed by pictographs on both sides is not an item', () => {
    const blocks = extractTextBlocks(body('<p>🥐 VI SØKER BAKER! 🥐</p><p>🎉 Big news 🎉</p>'));
    expect(blocks.map((b) => b.tag)).toEqual(['p', 'p']);
  });

  test('a page of divs alone gives its innermost divs as blocks; a page with paragraphs keeps reading only those', () => {
    expect(extractTextBlocks(body('<div><div>First line</div><div>Second line</div></div>')).map((b) => b.text)).toEqual(['First line', 'Second line']);
    expect(extractTextBlocks(body('<div><div>Menu</div><p>The text</p></div>')).map((b) => b.text)).toEqual(['The text']);
  });
});

describe('a post saved as a page is read as the ad it is', () => {
  test.each([
    ['nb', ['🥐 VI SØKER BAKER! 🥐', 'Vi trenger en baker til i fast stilling, 100 %.', 'Dette blir jobben din:', '✔️ Baking av brød', '✔️ Bestilling av råvarer', 'Vi ser etter deg som har:', '👉 Fagbrev som baker', '👉 Du kan starte klokka 04', 'Søknadsfrist: snarest!'], 'Baker', ['Fagbrev som baker', 'Du kan starte klokka 04']],
    ['sv', ['☕ VI SÖKER BARISTA! ☕', 'Heltid från januari.', 'Dina uppgifter:', '✔️ Brygga kaffe', '✔️ Ta betalt', 'Vi söker dig som har:', '👉 Erfarenhet från café', '👉 Körkort B', 'Sista ansökningsdag: snarast'], 'Barista', ['Erfarenhet från café', 'Körkort B']],
    ['en', ["🚚 We're hiring a delivery driver! 🚚", 'Full time, starting in January.', 'What you will do:', '✅ Deliver parcels', '✅ Load the van', 'What we need from you:', '👉 A clean driving licence', '👉 Good English', 'Apply by: as soon as possible'], 'Delivery driver', ['A clean driving licence', 'Good English']],
  ])('%s', (lang, lines, title, must) => {
    const ad = extractJobAd(pageInput(post(lang, lines), 'https://social.example/posts/1').input);
    expect(ad?.title).toBe(title);
    expect(ad?.requirements.must).toEqual(must);
    expect(ad?.responsibilities).toHaveLength(2);
  });

  test.each([
    ['nb', ['🎉 VI HAR ÅPNET! 🎉', 'Nå kan du kjøpe brød hos oss hver dag.', 'Dette har vi:', '✔️ Brød', '✔️ Kaker', 'Velkommen innom!']],
    ['en', ['📣 Big news! 📣', 'We moved to a new shop.', 'This is what you will find:', '✅ Bread', '✅ Cakes', 'See you soon!']],
  ])('%s: a post with pictograph lines that seeks no one is no ad', (lang, lines) => {
    expect(extractJobAd(pageInput(post(lang, lines), 'https://social.example/posts/2').input)).toBeNull();
  });
});

describe('a heading that exclaims whom they seek is the title, not a requirements section', () => {
  const read = (html: string) => readSections(extractTextBlocks(body(html)));
  test.each([
    ['nn', 'Vi søkjer butikksjef til Hareid!'],
    ['sv', 'Vi söker en bagare till Lund!'],
    ['en', "We're hiring a baker!"],
  ])('%s: "%s"', (_lang, heading) => {
    const got = read(`<h2>${heading}</h2><p>Vi driv elleve butikkar på Sunnmøre. No treng vi ein ny leiar for butikken.</p><h2>Kvalifikasjonar</h2><ul><li>Erfaring som leiar</li></ul>`);
    expect(got.must).toEqual(['Erfaring som leiar']);
  });

  test('"Vi søker deg!" still announces the requirements', () => {
    const got = read('<h2>Vi søker deg!</h2><ul><li>Erfaring som leder</li></ul>');
    expect(got.must).toEqual(['Erfaring som leder']);
  });
});
