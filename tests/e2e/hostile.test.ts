import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openPopup, openTab, readStore } from './browser';
import { useBrowser } from './fixture';
import { openSidePanel, showCompany, showView } from './ui';

/** Generous: a capture slower than this is hung, whatever the machine. */
const HANG_LIMIT_MS = 60_000;

const browser = useBrowser();
const url = (path: string) => `${browser.server.origin}${path}`;

/** Opens the page, clips it from the popup, and waits (up to the hang limit) for the outcome. */
async function clip(path: string): Promise<{ page: Page; popup: Page; status: string }> {
  const page = await openTab(browser.session, url(path));
  const popup = await openPopup(browser.session);
  await popup.getByRole('button', { name: 'Clip this page' }).click();
  await popup.locator('[data-testid="clip-status"]').waitFor({ timeout: HANG_LIMIT_MS });
  return { page, popup, status: (await popup.getByTestId('clip-status').innerText()).trim() };
}

interface StoredContent {
  textContent: string;
  blocks: Array<{ text: string }>;
  jsonLd: unknown[];
}

/** Both halves of a stored clip: the record and its content, read from the extension's IndexedDB. */
async function stored(popup: Page, pageUrl: string) {
  const { clips, companies } = await readStore(popup);
  const clip = clips.find((c) => c.pageUrl === pageUrl);
  const content = await popup.evaluate(
    (id) =>
      new Promise<StoredContent | undefined>((resolve, reject) => {
        const open = indexedDB.open('round-two');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('clipContents').objectStore('clipContents').get(id ?? '');
          request.onsuccess = () => (open.result.close(), resolve(request.result as StoredContent | undefined));
          request.onerror = () => reject(request.error);
        };
      }),
    (clip as { id?: string } | undefined)?.id,
  );
  return { clip, content, company: companies.find((c) => c.id === clip?.companyId), count: clips.length };
}

/** Every name a form control or named element could shadow, from this Chromium's own prototypes. */
function clobberableNames(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const names = new Set<string>();
    const chain = (object: object | null) => {
      for (let proto = object; proto; proto = Object.getPrototypeOf(proto)) Object.getOwnPropertyNames(proto).forEach((n) => names.add(n));
    };
    chain(document);
    chain(document.createElement('form'));
    chain(Node.prototype);
    chain(Element.prototype);
    return [...names].filter((name) => /^[\w$]+$/.test(name)).sort();
  });
}

describe('pages that attack the capture', () => {
  test('a static form clobbering parentNode and nextElementSibling is clipped, and a quote from it is saved', async () => {
    const { popup, status } = await clip('/fixtures/hostile/clobber-form.html');
    expect(status).toContain('Clipped “Contact Havbris Shipping”');
    const { content } = await stored(popup, url('/fixtures/hostile/clobber-form.html'));
    expect(content?.textContent).toContain('coastal freight between Bergen and Kirkenes');

    const quote = 'Our strategy is to move more cargo from road to sea';
    await browser.session.worker.evaluate(
      ({ text, pageUrl }) =>
        (globalThis as unknown as { roundTwoE2e: { onMenuClick: (info: object) => Promise<void> } }).roundTwoE2e.onMenuClick({ menuItemId: 'add-selection:strategy', selectionText: text, pageUrl, editable: false }),
      { text: quote, pageUrl: url('/fixtures/hostile/clobber-form.html') },
    );
    const notes = await popup.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const open = indexedDB.open('round-two');
          open.onsuccess = () => {
            const request = open.result.transaction('notes').objectStore('notes').getAll();
            request.onsuccess = () => (open.result.close(), resolve((request.result as Array<{ text?: string }>).map((n) => n.text ?? '')));
          };
        }),
    );
    expect(notes).toContain(quote);
  });

  test('every clobberable name of Document, HTMLFormElement, Node and Element is captured without hanging', async () => {
    const tab = await openTab(browser.session, url('/fixtures/hostile/sign-in.html'));
    const names = await clobberableNames(tab);
    expect(names).toEqual(expect.arrayContaining(['parentNode', 'nextElementSibling', 'childNodes', 'title', 'body', 'elements']));
    const failures: string[] = [];
    // In pages of 25 names at once (each name alone is in the unit test of the inert copy).
    for (let i = 0; i < names.length; i += 25) {
      const name = `names${i + 1}to${Math.min(i + 25, names.length)}`;
      const pageUrl = url(`/generated/hostile/clobber.html?label=${encodeURIComponent(name)}&names=${names.slice(i, i + 25).map(encodeURIComponent).join(',')}`);
      await tab.goto(pageUrl, { waitUntil: 'load' });
      const result = await browser.session.worker.evaluate(
        async ({ target, limit }) => {
          const [tab] = await chrome.tabs.query({ url: target });
          const injected = chrome.scripting.executeScript({ target: { tabId: tab!.id! }, files: ['/capture.js'], injectImmediately: true });
          const hung = new Promise<undefined>((resolve) => setTimeout(resolve, limit));
          const [injection] = (await Promise.race([injected, hung])) ?? [];
          const page = injection?.result as { metadata?: { title?: string }; textContent?: string } | undefined;
          return page ? { title: page.metadata?.title, read: page.textContent?.includes('our vision is a coast') } : undefined;
        },
        { target: pageUrl, limit: 10_000 },
      );
      if (!result) failures.push(`${name}: no answer`);
      else if (result.title !== `Clobbered by ${name}` || !result.read) failures.push(`${name}: ${JSON.stringify(result)}`);
    }
    expect(failures).toEqual([]);
  }, 600_000);

  test('a 2,000-paragraph (20 MB) article is stored, its blocks capped in line with its text', async () => {
    const path = '/generated/hostile/long-article.html';
    const { popup, status } = await clip(path);
    expect(status).toContain('Clipped “A very long strategy report”');
    expect(status).toContain('only the first part');
    const { content } = await stored(popup, url(path));
    const blockChars = content!.blocks.reduce((sum, block) => sum + block.text.length, 0);
    expect(blockChars).toBeLessThanOrEqual(200_000);
    expect(content!.textContent.length).toBeLessThanOrEqual(200_000);
  }, 120_000);

  test('20,000-deep nesting on a job ad is clipped', async () => {
    const path = '/generated/hostile/deep-nesting.html?depth=20000';
    const { popup, status } = await clip(path);
    expect(status).toMatch(/^(Clipped|Updated)/);
    expect((await stored(popup, url(path))).clip).toBeTruthy();
  }, 120_000);

  test('a 100 kB title and a 5 MB JSON-LD block are stored as short clean names, and the popup stays usable', async () => {
    const title = await clip('/generated/hostile/huge-title.html');
    const titled = await stored(title.popup, url('/generated/hostile/huge-title.html'));
    expect(titled.clip!.title.length).toBeLessThanOrEqual(300);
    expect(titled.company!.name.length).toBeLessThanOrEqual(300);
    expect(titled.clip!.title).not.toMatch(/[\u0000-\u001f]/);
    // The dashboard lays out the capped name: the popup stays usable.
    await title.popup.locator('.this-company h2').waitFor();

    const json = await clip('/generated/hostile/big-json-ld.html');
    const ld = await stored(json.popup, url('/generated/hostile/big-json-ld.html'));
    expect(ld.company!.name).toBe('Tindra Analytics');
    expect(JSON.stringify(ld.content!.jsonLd).length).toBeLessThan(300_000);
    await json.popup.locator('.this-company h2', { hasText: 'Tindra Analytics' }).waitFor();
  }, 120_000);

  test.each([
    ['a frameset', '/fixtures/hostile/frameset.html'],
    ['an SVG document', '/fixtures/hostile/image.svg'],
    ['a four-word sign-in form', '/fixtures/hostile/sign-in.html'],
  ])('%s is refused as nearly empty, in plain words, and nothing is saved', async (_, path) => {
    const before = (await readStore(await openPopup(browser.session))).clips.length;
    const { popup, status } = await clip(path);
    expect(status).toContain('almost no readable text');
    const after = await readStore(popup);
    expect(after.clips).toHaveLength(before);
    expect(after.clips.some((c) => c.pageUrl === url(path))).toBe(false);
  });

  test('text in open shadow roots is clipped; closed roots stay private', async () => {
    const path = '/fixtures/hostile/shadow-dom.html';
    const { popup, status } = await clip(path);
    expect(status).toMatch(/^Clipped/);
    const { content } = await stored(popup, url(path));
    expect(content!.textContent).toContain('every valley with a river can make its own clean power');
    expect(content!.textContent).toContain('we fix what we break');
    expect(content!.textContent).toContain('double the number of plants');
    expect(content!.textContent).not.toContain('Closed shadow roots stay private');
  });

  test('clipping runs none of the page’s custom element code', async () => {
    const path = '/fixtures/hostile/custom-elements.html';
    const { page, popup, status } = await clip(path);
    expect(status).toMatch(/^Clipped/);
    expect(await page.evaluate(() => (window as unknown as { constructions: number }).constructions)).toBe(3);
    expect(await page.title()).toBe('Dashboard of Vindkast');
    const { clip: stored_, content } = await stored(popup, url(path));
    expect(stored_!.title).toBe('Dashboard of Vindkast');
    expect(content!.textContent).toContain('Widget two lists the turbines');
  });

  test('the reader of a link zoo renders only http(s) and mailto links, and fragments lead to the original page', async () => {
    const path = '/fixtures/hostile/link-zoo.html';
    const clipped = await clip(path);
    const { company } = await stored(clipped.popup, url(path));
    const popup = await openSidePanel(browser.session);
    await showCompany(popup, company!.name);
    await showView(popup, 'Job ad and clips');
    await popup.locator(`[data-clip-url="${url(path)}"] button`).click();
    const content = popup.getByTestId('clip-content');
    await expect.poll(() => content.innerText()).toContain('repair before we replace');
    const hrefs = await content.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThanOrEqual(5);
    for (const href of hrefs) expect(href).toMatch(/^(https?:|mailto:)/);
    expect(hrefs).toContain(`${url(path)}#company=1`);
    expect(hrefs).toContain(`${browser.server.origin}/about`);
    expect(await popup.getByRole('link', { name: 'Open the original page' }).getAttribute('href')).toBe(url(path));
    expect(await popup.evaluate(() => (window as unknown as { __hostile?: boolean }).__hostile)).toBeUndefined();
  });
});

/** Every stored clip has its content and every content its clip: nothing is half-saved. */
async function nothingHalfSaved(popup: Page): Promise<void> {
  const { clips, contents } = await popup.evaluate(
    () =>
      new Promise<{ clips: string[]; contents: string[] }>((resolve) => {
        const open = indexedDB.open('round-two');
        open.onsuccess = () => {
          const tx = open.result.transaction(['clips', 'clipContents']);
          const clips = tx.objectStore('clips').getAllKeys();
          const contents = tx.objectStore('clipContents').getAllKeys();
          tx.oncomplete = () => (open.result.close(), resolve({ clips: (clips.result as string[]).sort(), contents: (contents.result as string[]).sort() }));
        };
      }),
  );
  expect(contents).toEqual(clips);
}

describe('a clip cut short says why', () => {
  test('a tab that goes to another site while it is read is refused as navigated away, and nothing is half-saved', async () => {
    const path = '/generated/hostile/long-article.html?paragraphs=1500';
    const page = await openTab(browser.session, url(path));
    const popup = await openPopup(browser.session);
    const before = (await readStore(popup)).clips.length;
    await popup.getByRole('button', { name: 'Clip this page' }).click();
    // Another site (localhost is not 127.0.0.1) loads in another process and replaces the page being read.
    await page.goto(url('/fixtures/pages/nordlys-about.html').replace('127.0.0.1', 'localhost'), { waitUntil: 'commit' }).catch(() => undefined);
    await popup.locator('[data-testid="clip-status"]').waitFor({ timeout: HANG_LIMIT_MS });
    expect(await popup.getByTestId('clip-status').innerText()).toContain('went to another page');
    expect((await readStore(popup)).clips).toHaveLength(before);
    await nothingHalfSaved(popup);
  }, 120_000);

  test('a background stopped by the browser mid-clip says so, and nothing is half-saved', async () => {
    const path = '/generated/hostile/long-article.html?paragraphs=1200';
    await openTab(browser.session, url(path));
    const popup = await openPopup(browser.session);
    await popup.getByRole('button', { name: 'Clip this page' }).click();
    const cdp = await browser.session.context.newCDPSession(popup);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await popup.locator('[data-testid="clip-status"]').waitFor({ timeout: HANG_LIMIT_MS });
    expect(await popup.getByTestId('clip-status').innerText()).toContain('The browser restarted Round Two');
    await nothingHalfSaved(popup);
  }, 120_000);
});
