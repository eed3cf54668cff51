import { describe, expect, test } from 'vitest';
import { saveCapture } from '../../../core/capture/save-capture';
import { useTestDb } from '../notes/db';
import { article, page, researchAd } from './researched-news';

/**
 * A class the thirty-eighth set showed once it joined the tuning set: a researched firm named by a region's adjective
 * ("Östgöta Industripersonal AB"), and a trade paper of the same region ("Östgöta Teknik") writing about another firm.
 * The adjective alone, in the paper's name, names no researched firm. Names written for this test.
 */

const db = useTestDb();

const CASES = [
  { lang: 'sv', region: 'Östgöta Bemanning AB', subject: 'Glimsholm Robotics AB', paper: 'Östgöta Teknik', headline: 'Robotar tar över frysen i Norrköping', text: ['Linköpingsföretaget Glimsholm Robotics AB har sålt sin största order hittills.'] },
  { lang: 'nb', region: 'Trønder Bemanning AS', subject: 'Glimsholm Robotics AS', paper: 'Trønder Teknikk', headline: 'Roboter tar over fryselageret på Heimdal', text: ['Trondheimsbedriften Glimsholm Robotics AS har solgt sin største ordre så langt.'] },
  { lang: 'sv', region: 'Smålands Bemanning AB', subject: 'Glimsholm Robotics AB', paper: 'Smålands Teknik', headline: 'Robotar tar över frysen i Växjö', text: ['Växjöföretaget Glimsholm Robotics AB har sålt sin största order hittills.'] },
] as const;

describe("a region's adjective in a paper's name names no researched firm", () => {
  test.each(CASES)('$lang: $paper', async ({ lang, region, subject, paper, headline, text }) => {
    const wrong = await researchAd(db(), region, lang, 1);
    const right = await researchAd(db(), subject, lang, 2);
    const html = article(lang, headline, text).replace(/<title>[^<]*<\/title>/u, `<title>${headline} | ${paper}</title>`);
    const saved = await saveCapture(db(), page(html, `https://www.regiontech.example/news/${lang}-1`), 3);
    expect(saved.company.id).not.toBe(wrong.company.id);
    expect(saved.company.id).toBe(right.company.id);
  });
});
