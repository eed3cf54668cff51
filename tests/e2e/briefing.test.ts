import { describe, expect, test } from 'vitest';
import { useBrowser } from './fixture';
import { seed, wellPreparedCompany } from './seed-briefing';

const browser = useBrowser();

function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

describe('the briefing of a well-prepared company', () => {
  test('shows everything in the guide’s order, folds nothing into "not prepared", and prints on at most two A4 pages', async () => {
    const { session } = browser;
    const { companyId, stores } = wellPreparedCompany(Date.now());
    const page = await session.context.newPage();
    // Opening the board creates the database at the current version; then the records go in.
    await page.goto(`chrome-extension://${session.extensionId}/board.html`);
    await page.locator('.board[data-settled="true"]').waitFor();
    await seed(page, stores);
    await page.goto(`chrome-extension://${session.extensionId}/briefing.html#company=${companyId}`);
    await page.locator('article.briefing').waitFor();

    const order = await page.locator('article.briefing [data-section]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-section')));
    expect(order.filter((s) => !['where', 'who'].includes(s!))).toEqual(['when', 'vision-strategy', 'questions', 'own-questions', 'improvements', 'terms', 'day']);
    expect(await page.locator('[data-section="not-prepared"]').count()).toBe(0);
    const text = await page.locator('article.briefing').innerText();
    for (const expected of ['Strandkaien 4', 'Sara Nilsen', 'Our vision is a coastline', 'What is the biggest risk in the rebuild?', 'Link it from the portal’s header', 'Three months at my current job']) {
      expect(text).toContain(expected);
    }
    // Settled terms are not listed as to clarify.
    expect(await page.locator('[data-section="terms"] li').allInnerTexts()).not.toContain('Place of work: Bergen');

    const smallest = await page.locator('article.briefing p, article.briefing li').evaluateAll((nodes) => Math.min(...nodes.map((n) => parseFloat(getComputedStyle(n).fontSize))));
    expect(smallest).toBeGreaterThanOrEqual(14);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('article.briefing p, article.briefing li').evaluateAll((nodes) => Math.min(...nodes.map((n) => parseFloat(getComputedStyle(n).fontSize))));
    expect(printed).toBeGreaterThanOrEqual(14);
    const pages = pdfPages(await page.pdf({ format: 'A4' }));
    console.log(`briefing of a well-prepared company: ${pages} A4 page(s)`);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
  });
});
