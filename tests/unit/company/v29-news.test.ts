import { describe, expect, test } from 'vitest';
import { capturePage } from '../../../content/capture-page';
import { saveCapture } from '../../../core/capture/save-capture';
import { useTestDb } from '../notes/db';

/**
 * News classes the twenty-ninth held-out set showed: a word for a part of the world ("European buyers") names no
 * researched body that opens with it; a Swedish paper's "På Sandskogens" (at the firm's house, its name in the genitive)
 * names the firm. Names written for this test.
 */

const db = useTestDb();
const page = (html: string, url: string) => capturePage(new DOMParser().parseFromString(html, 'text/html'), url);

/** A company researched from its ad on a board: the ad's legal name, no page of its own. */
function researchAd(name: string, lang: string, at: number) {
  const ld = { '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Coordinator', datePosted: '2026-11-20', hiringOrganization: { '@type': 'Organization', name } };
  const html = `<html lang="${lang}"><head><title>Coordinator | Jobs</title><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><main><h1>Coordinator</h1>
    <h2>Duties</h2><ul><li>Plan the work</li></ul><h2>Requirements</h2><ul><li>A degree</li></ul><p>Apply by 15 January 2027.</p></main></body></html>`;
  return saveCapture(db(), page(html, `https://www.jobs.example/job/${at}`), at);
}

const article = (lang: string, headline: string, paragraphs: string[]) =>
  `<html lang="${lang}"><head><title>${headline}</title><meta property="og:type" content="article"></head><body><main><article><h1>${headline}</h1>` +
  `${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></main><footer><p>© 2026 Island Media Ltd</p></footer></body></html>`;

describe('a word for a part of the world names no researched body that opens with it', () => {
  test('en: "… to keep European buyers" with the European Agency for Coastal Resilience researched', async () => {
    await researchAd('European Agency for Coastal Resilience', 'en', 1);
    const textiles = await researchAd('Tamarin Bay Textiles Co. Ltd', 'en', 2);
    const html = article('en', 'Tamarin Bay bets on solar heat to keep European buyers', ['The knitwear maker will replace its coal boilers by 2028.', 'By Ravi Doorgakant', 'Tamarin Bay Textiles, which employs 1,150 people, has set up a sustainability unit.']);
    const saved = await saveCapture(db(), page(html, 'https://www.islandbusiness.example/companies/tamarin-bay-solar'), 3);
    expect(saved.company.id).toBe(textiles.company.id);
  });
});

describe('"På Sandskogens" names the firm whose name opens with that genitive', () => {
  test('sv', async () => {
    const firm = await researchAd('Sandskogens Rederiservice AB', 'sv', 1);
    const html = article('sv', 'Fler resenärer – men personalen räcker inte till', ['Färjetrafiken ökar, och agenten i hamnen söker folk inför sommaren.', 'Text: Nils Åkesson', 'Under 2026 reste fler passagerare än någonsin via terminalen.', 'På Sandskogens märks det. Terminalchefen berättar att de ibland bara var två i incheckningen.']);
    const saved = await saveCapture(db(), page(html, 'https://www.sydkusten.example/ystad/fler-resenarer/991204'), 2);
    expect(saved.company.id).toBe(firm.company.id);
  });

  test('sv: "På Hamnkontorets", which no researched firm opens with, files nothing with it', async () => {
    const firm = await researchAd('Sandskogens Rederiservice AB', 'sv', 1);
    const html = article('sv', 'Fler resenärer i hamnen', ['Färjetrafiken ökar.', 'Text: Nils Åkesson', 'Under 2026 reste fler passagerare än någonsin.', 'På Hamnkontorets märks det.']);
    const saved = await saveCapture(db(), page(html, 'https://www.sydkusten.example/ystad/fler/991205'), 2);
    expect(saved.company.id).not.toBe(firm.company.id);
  });
});
