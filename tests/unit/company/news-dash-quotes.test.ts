import { describe, expect, test } from 'vitest';
import { capturePage } from '../../../content/capture-page';
import { saveCapture } from '../../../core/capture/save-capture';
import { useTestDb } from '../notes/db';

/**
 * A Nordic paper opens a quote with a dash ("– Vi dobler, sier daglig leder i Fjordsund Ferjer."), and the capture
 * reads a dash-led paragraph as a list item: when the quote is where the article first names the researched firm,
 * the article is still filed with it. A list of links that end no sentence ("Les også") names no one.
 */

const db = useTestDb();
const doc = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

async function research(name: string, domain: string, at: number) {
  const html = `<html><head><title>Om oss</title></head><body><main><h1>Om oss</h1><p>Vi driver i regionen og har gjort det lenge.</p></main><footer><p>© 2026 ${name}</p></footer></body></html>`;
  return saveCapture(db(), capturePage(doc(html), `https://www.${domain}/om`), at);
}

const article = (lang: string, headline: string, body: string) =>
  `<html lang="${lang}"><head><title>${headline}</title><meta property="og:type" content="article"></head><body><main><article><h1>${headline}</h1>${body}</article></main></body></html>`;

describe('a dash-led quote names the firm', () => {
  test.each([
    {
      lang: 'nb',
      firm: ['Fjordsund Ferjer AS', 'fjordsundferjer.no'],
      headline: 'Nytt ferjesamband fra mars',
      body: '<p>Rederiet på kaia i Vik har vunnet anbudet på sambandet over fjorden for de neste åtte årene.</p><p>Kontrakten med fylkeskommunen gjelder fra første mars neste år.</p><p>– Vi setter inn to nye elektriske ferjer og ansetter tolv mannskaper, sier daglig leder Kari Vik i Fjordsund Ferjer.</p>',
    },
    {
      lang: 'sv',
      firm: ['Lövsta Kvarn AB', 'lovstakvarn.se'],
      headline: 'Kvarnen bygger nytt lager',
      body: '<p>Familjeföretaget vid ån i Östhammar bygger ett nytt lager för spannmål från gårdarna runt omkring.</p><p>Bygget börjar i april och ska vara klart till skörden nästa år.</p><p>– Vi tar emot dubbelt så mycket spannmål som i dag, säger vd Anna Berg på Lövsta Kvarn.</p>',
    },
  ])('$lang: the article is filed with the firm its quote names', async ({ lang, firm, headline, body }) => {
    const own = await research(firm[0]!, firm[1]!, 1);
    const saved = await saveCapture(db(), capturePage(doc(article(lang, headline, body)), 'https://www.lokalavisa.example/nyheter/1'), 2);
    expect(saved.company.id).toBe(own.company.id);
    expect(saved.clip.filedBecause?.part).toBe('text');
  });

  test.each([
    { lang: 'nb', body: '<p>Rederiet på kaia i Vik har vunnet anbudet på sambandet over fjorden for de neste åtte årene.</p><p>Kontrakten med fylkeskommunen gjelder fra første mars neste år.</p><ul><li>– Les alle sakene om ferjer, Fjordsund Ferjer og andre rederier i fylket her</li><li>– Ny rundkjøring ved kaia</li></ul>' },
    { lang: 'en', body: '<p>The ferry operator on the quay at Vik has won the tender for the crossing for the next eight years.</p><p>The county contract starts on the first of March next year.</p><ul><li>- Read all our stories on ferries, Fjordsund Ferjer and the other operators in the county</li><li>- New roundabout by the quay</li></ul>' },
  ])('$lang: a dashed list of links that end no sentence names no one', async ({ lang, body }) => {
    await research('Fjordsund Ferjer AS', 'fjordsundferjer.no', 1);
    const saved = await saveCapture(db(), capturePage(doc(article(lang, 'Nytt ferjesamband fra mars', body)), 'https://www.lokalavisa.example/nyheter/2'), 2);
    expect(saved.clip.filedBecause, JSON.stringify(saved.clip.filedBecause)).toBeUndefined();
  });
});
