import { describe, expect, test } from 'vitest';
import { capturePage } from '../../../content/capture-page';
import { saveCapture } from '../../../core/capture/save-capture';
import { useTestDb } from '../notes/db';

/**
 * A class the thirty-fifth set showed once it joined the tuning set: a researched firm named after a place ("Krylbo
 * Rostfritt AB"), and an article whose headline names the place alone ("Värmen tillbaka i Krylbo") while its text names
 * another firm opening with the same word ("Krylbo Fastigheter AB"). The word alone tells neither firm; the article goes
 * to the firm its text does name. Names written for this test.
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
    lang: 'sv', place: ['Glimsby Rostfritt AB', 'glimsbyrostfritt.se'], subject: ['Dalkvarn Kraft & Värme AB', 'dalkvarn.se'],
    headline: 'Värmen tillbaka i Glimsby efter nattens stopp',
    text: ['Felet satt i en pumpstation som ägs av Dalkvarn Kraft & Värme.', 'Glimsby Fastigheter AB, som äger de flesta drabbade husen, ställde ut elelement.'],
  },
  {
    lang: 'nb', place: ['Glimsby Rustfritt AS', 'glimsbyrustfritt.no'], subject: ['Dalkvern Kraft og Varme AS', 'dalkvern.no'],
    headline: 'Varmen tilbake i Glimsby etter nattens stans',
    text: ['Feilen satt i en pumpestasjon som eies av Dalkvern Kraft og Varme.', 'Glimsby Eiendom AS, som eier de fleste husene, satte ut varmeovner.'],
  },
  {
    lang: 'en', place: ['Glimsby Stainless Ltd', 'glimsbystainless.co.uk'], subject: ['Dalkern Heat & Power Ltd', 'dalkern.co.uk'],
    headline: 'Heating back on in Glimsby after night-time outage',
    text: ['The fault was in a pumping station owned by Dalkern Heat & Power.', 'Glimsby Homes Ltd, which owns most of the houses, handed out heaters.'],
  },
] as const;

describe("a place's word in the headline, which another firm in the text opens with, names no researched firm", () => {
  test.each(CASES)('$lang: "$headline"', async ({ lang, place, subject, headline, text }) => {
    const wrong = await research(place[0], place[1], 1);
    const right = await research(subject[0], subject[1], 2);
    const saved = await saveCapture(db(), capturePage(doc(article(lang, headline, text)), `https://www.localpaper.example/news/${lang}-1`), 3);
    expect(saved.company.id).not.toBe(wrong.company.id);
    expect(saved.company.id).toBe(right.company.id);
  });
});
