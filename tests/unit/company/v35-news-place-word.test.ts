import { describe, expect, test } from 'vitest';
import { saveCapture } from '../../../core/capture/save-capture';
import { useTestDb } from '../notes/db';
import { article, page, researchAd } from './researched-news';

/**
 * A class the thirty-fifth set showed once it joined the tuning set: a researched firm named after a place ("Krylbo
 * Rostfritt AB"), and an article whose headline names the place alone ("Värmen tillbaka i Krylbo") while its text names
 * another firm opening with the same word ("Krylbo Fastigheter AB"). The word alone tells neither firm; the article goes
 * to the firm its text does name. Names written for this test.
 */

const db = useTestDb();

const CASES = [
  {
    lang: 'sv', place: 'Glimsby Rostfritt AB', subject: 'Dalkvarn Kraft & Värme AB',
    headline: 'Värmen tillbaka i Glimsby efter nattens stopp',
    text: ['Felet satt i en pumpstation som ägs av Dalkvarn Kraft & Värme.', 'Glimsby Fastigheter AB, som äger de flesta drabbade husen, ställde ut elelement.'],
  },
  {
    lang: 'nb', place: 'Glimsby Rustfritt AS', subject: 'Dalkvern Kraft og Varme AS',
    headline: 'Varmen tilbake i Glimsby etter nattens stans',
    text: ['Feilen satt i en pumpestasjon som eies av Dalkvern Kraft og Varme.', 'Glimsby Eiendom AS, som eier de fleste husene, satte ut varmeovner.'],
  },
  {
    lang: 'en', place: 'Glimsby Stainless Ltd', subject: 'Dalkern Heat & Power Ltd',
    headline: 'Heating back on in Glimsby after night-time outage',
    text: ['The fault was in a pumping station owned by Dalkern Heat & Power.', 'Glimsby Homes Ltd, which owns most of the houses, handed out heaters.'],
  },
] as const;

describe("a place's word in the headline, which another firm in the text opens with, names no researched firm", () => {
  test.each(CASES)('$lang: "$headline"', async ({ lang, place, subject, headline, text }) => {
    const wrong = await researchAd(db(), place, lang, 1);
    const right = await researchAd(db(), subject, lang, 2);
    const saved = await saveCapture(db(), page(article(lang, headline, text), `https://www.localpaper.example/news/${lang}-1`), 3);
    expect(saved.company.id).not.toBe(wrong.company.id);
    expect(saved.company.id).toBe(right.company.id);
  });
});
