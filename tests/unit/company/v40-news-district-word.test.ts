import { describe, expect, test } from 'vitest';
import { saveCapture } from '../../../core/capture/save-capture';
import { useTestDb } from '../notes/db';
import { article, page, researchAd } from './researched-news';

/**
 * A class the fortieth set showed once it joined the tuning set: a researched firm named by a district ("Ryfylke Subsea
 * AS"), and a paper of the same district ("Ryfylke Tidend") writing about another firm. The district alone, in the paper's
 * name, names no researched firm; nor, with v41 in, does a point of the compass as a region's adjective ("Eastern Star
 * Weekly" beside "Eastern Goldfields Talent Pty Ltd"). Names written for this test.
 */

const db = useTestDb();

const CASES = [
  { lang: 'nb', region: 'Ryfylke Bemanning AS', subject: 'Glimsholm Stålverk AS', paper: 'Ryfylke Tidend', headline: 'Ny ovn på Glimsholm', text: ['Glimsholm Stålverk AS bygger en ny smelteovn til 90 millioner kroner.'] },
  { lang: 'nb', region: 'Hallingdal Bemanning AS', subject: 'Glimsholm Robotics AS', paper: 'Hallingdal Teknikk', headline: 'Roboter tar over fryselageret på Gol', text: ['Golbedriften Glimsholm Robotics AS har solgt sin største ordre så langt.'] },
  { lang: 'sv', region: 'Roslagen Bemanning AB', subject: 'Glimsholm Robotics AB', paper: 'Roslagen Teknik', headline: 'Robotar tar över frysen i Norrtälje', text: ['Norrtäljeföretaget Glimsholm Robotics AB har sålt sin största order hittills.'] },
  // v41 in: a point of the compass as a region's adjective, in English ("Eastern Star Weekly" beside "Eastern … Pty Ltd").
  { lang: 'en', region: 'Eastern Glimsfields Talent Pty Ltd', subject: 'Glimsholm Cotton Ltd', paper: 'Eastern Star Weekly', headline: 'Ginnery to double intake', text: ['Glimsholm Cotton Ltd will take in twice as much seed cotton next season.'] },
] as const;

describe("a district's name in a paper's name names no researched firm", () => {
  test.each(CASES)('$lang: $paper', async ({ lang, region, subject, paper, headline, text }) => {
    const wrong = await researchAd(db(), region, lang, 1);
    const right = await researchAd(db(), subject, lang, 2);
    const html = article(lang, headline, text).replace(/<title>[^<]*<\/title>/u, `<title>${headline} | ${paper}</title>`);
    const saved = await saveCapture(db(), page(html, `https://www.districtnews.example/news/${lang}-1`), 3);
    expect(saved.company.id).not.toBe(wrong.company.id);
    expect(saved.company.id).toBe(right.company.id);
  });
});
