// @vitest-environment node
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { saveCapture } from '../../../core/capture/save-capture';
import { saveSelectionQuote } from '../../../core/capture/quote-selection';
import { promptOfMenuItem, selectionMenuItems } from '../../../core/capture/selection-menu';
import { RoundTwoDB } from '../../../core/db/schema';
import type { CapturedPage } from '../../../core/model';

let db: RoundTwoDB;
beforeEach(() => {
  db = new RoundTwoDB(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const page: CapturedPage = {
  pageUrl: 'https://nordlys-energi.no/strategi',
  metadata: { canonicalUrl: 'https://nordlys-energi.no/strategi', title: 'Strategi', siteName: 'Nordlys Energi' },
  method: 'readability', contentHtml: '', textContent: 'Strategi', excerpt: '', blocks: [], factBlocks: [], jsonLd: [], microdata: [], jsonLdErrors: 0, truncated: false, readabilityMs: 0,
};

describe('adding a selection to a prompt from the context menu', () => {
  test('the menu offers the prompts that draw on company pages, in the browser’s language', () => {
    const sv = selectionMenuItems('sv-SE');
    expect(sv.map((item) => promptOfMenuItem(item.id))).toContain('strategy');
    expect(sv.map((item) => promptOfMenuItem(item.id))).not.toContain('why-you');
    expect(sv.find((item) => item.id.endsWith(':vision'))?.title).toMatch(/vision/i);
    expect(promptOfMenuItem('clip-page')).toBeUndefined();
  });

  test('a quote from a clipped page lands under the chosen prompt of that page’s company, with its source', async () => {
    const { company, clip } = await saveCapture(db, page);
    await saveSelectionQuote(db, { promptId: 'strategy', text: '  Doble produksjonen innen 2030. ', pageUrl: 'https://nordlys-energi.no/strategi#mål' });
    const notes = await db.notes.where({ companyId: company.id, promptId: 'strategy' }).toArray();
    expect(notes).toMatchObject([{ kind: 'quote', text: 'Doble produksjonen innen 2030.', clipId: clip.id, sourceUrl: 'https://nordlys-energi.no/strategi#mål' }]);
  });

  test('a quote from a page not clipped yet finds the company by its site, or starts one', async () => {
    const { company } = await saveCapture(db, page);
    expect((await saveSelectionQuote(db, { promptId: 'vision', text: 'Ren kraft', pageUrl: 'https://www.nordlys-energi.no/om' }))?.id).toBe(company.id);
    const other = await saveSelectionQuote(db, { promptId: 'do-better', text: 'Lange ventetider', pageUrl: 'https://news.example.no/sak/1' });
    expect(other?.name).toBe('Example');
    expect(await db.notes.count()).toBe(2);
  });

  test('an empty selection or a browser page stores nothing', async () => {
    expect(await saveSelectionQuote(db, { promptId: 'vision', text: '   ', pageUrl: 'https://a.no/' })).toBeUndefined();
    expect(await saveSelectionQuote(db, { promptId: 'vision', text: 'x', pageUrl: 'chrome://settings' })).toBeUndefined();
    expect(await db.notes.count()).toBe(0);
  });
});
