import { describe, expect, test } from 'vitest';
import { readStore } from './browser';
import { clipPage } from './popup';
import { openSidePanel, showCompany, showView } from './ui';
import { useBrowser } from './fixture';

const browser = useBrowser();
const page = (name: string) => browser.page(name);

describe('job ads and companies', () => {
  test('a board ad and the company’s own page make one company, with the ad read field by field', async () => {
    await clipPage(browser.session, page('board-ad.html'));
    const { popup } = await clipPage(browser.session, page('nordlys-about.html'));
    const { companies, clips } = await readStore(popup);
    expect(companies.map((c) => c.name)).toEqual(['Nordlys Energi AS']);
    expect(new Set(clips.map((c) => c.companyId)).size).toBe(1);

    const panel = await openSidePanel(browser.session);
    await showCompany(panel, 'Nordlys Energi AS');
    await showView(panel, 'Job ad and clips');
    const card = panel.locator('details.job-ad');
    await card.locator('summary').click();
    const text = await card.innerText();
    expect(text).toContain('Driftsingeniør vindkraft');
    expect(text).toContain('Tromsø');
    expect(text).toMatch(/620[\s,.]?000/);
    expect(text).toContain('January 15, 2027');
    expect(await card.locator('[data-field="Requirements"] li').count()).toBe(2);
    expect(await card.locator('[data-field="Responsibilities"] li').count()).toBe(3);
    expect(await card.locator('[data-field="Title"] .source').innerText()).toMatch(/data/i);
  });

  test('a corrected field stays corrected when the ad is clipped again', async () => {
    const popup = await openSidePanel(browser.session);
    await showCompany(popup, 'Nordlys Energi AS');
    await showView(popup, 'Job ad and clips');
    const card = popup.locator('details.job-ad');
    await card.locator('summary').click();
    await card.getByRole('button', { name: 'Correct Title' }).click();
    await card.getByRole('textbox', { name: 'Title' }).fill('Driftsingeniør (vind)');
    await card.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => card.locator('[data-field="Title"] dd').innerText()).toBe('Driftsingeniør (vind)');

    const again = await clipPage(browser.session, page('board-ad.html'));
    expect(again.status).toContain('Updated your clip');
    const panel = await openSidePanel(browser.session);
    await showCompany(panel, 'Nordlys Energi AS');
    await showView(panel, 'Job ad and clips');
    await panel.locator('details.job-ad summary').click();
    const title = panel.locator('details.job-ad [data-field="Title"]');
    await expect.poll(() => title.locator('dd').innerText()).toBe('Driftsingeniør (vind)');
    expect(await title.locator('.source').innerText()).toMatch(/you/i);
  });

  test('a clip can be moved to another company, and two companies merged, through the side panel', async () => {
    await clipPage(browser.session, page('hostile.html'));
    await clipPage(browser.session, page('nothing-readable.html'));
    const popup = await openSidePanel(browser.session);
    let store = await readStore(popup);
    const skog = store.companies.find((c) => c.name === 'Skog & Sjø AB')!;
    const fjordlaks = store.companies.find((c) => c.name === 'Fjordlaks')!;

    await showCompany(popup, 'Fjordlaks');
    await showView(popup, 'Job ad and clips');
    await popup.locator(`[data-clip-url="${page('nothing-readable.html')}"] button`).click();
    await popup.getByLabel('Move to company').selectOption({ label: 'Skog & Sjø AB' });
    await popup.getByRole('button', { name: 'Move', exact: true }).click();
    await expect.poll(async () => (await readStore(popup)).clips.filter((c) => c.companyId === skog.id).length).toBe(2);
    expect((await readStore(popup)).clips.some((c) => c.companyId === fjordlaks.id)).toBe(false);

    await showCompany(popup, 'Skog & Sjø AB');
    await popup.getByLabel('Merge into').selectOption({ label: 'Nordlys Energi AS' });
    await popup.getByRole('alertdialog').getByRole('button', { name: 'Merge' }).click();
    await popup.getByRole('heading', { name: /Nordlys Energi AS/ }).waitFor();
    store = await readStore(popup);
    expect(store.companies.some((c) => c.id === skog.id)).toBe(false);
    const nordlys = store.companies.find((c) => c.name === 'Nordlys Energi AS')!;
    expect(store.clips.filter((c) => c.companyId === nordlys.id)).toHaveLength(4);
  });
});
