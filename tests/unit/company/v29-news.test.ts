import { describe, expect, test } from 'vitest';
import { saveCapture } from '../../../core/capture/save-capture';
import { useTestDb } from '../notes/db';
import { article, page, researchAd as research } from './researched-news';

/**
 * News classes the twenty-ninth held-out set showed: a word for a part of the world ("European buyers") names no
 * researched body that opens with it; a Swedish paper's "På Sandskogens" (at the firm's house, its name in the genitive)
 * names the firm. Names written for this test.
 */

const db = useTestDb();
const researchAd = (name: string, lang: string, at: number) => research(db(), name, lang, at);

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
