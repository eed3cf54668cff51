import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EXTENSION_DIR, launch, newProfile, readStore, type Session } from './browser';
import { clipPage } from './popup';
import { openFullBoard, showCompany, showView } from './ui';

/**
 * Pages served at the addresses they would have on the web: Chromium resolves every
 * host to the local server, and this test's own copy of the e2e build may read
 * those hosts (the build others use reads 127.0.0.1 only).
 */

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const FJELLKRAFT: Record<string, string> = {
  'www.jobbtorget-nord.no/stilling/8812-driftstekniker-vannkraft': 'jobads/unknown-board-jobbtorget-driftstekniker/page.html',
  'www.fjellkraft.no/om-oss': 'companies/fjellkraft-om-oss/page.html',
  'www.nordlysnyheter.no/nyheter/fjellkraft-ruster-opp': 'companies/news-fjellkraft.html',
};
/** A second employer, spelt three ways: "Bjerkaas Maskin AS" on the board, "Bjerkås Maskin" on its site and in a local paper. */
const SPELLINGS: Record<string, string> = {
  'candidate.webcruiter.com/nb-no/Home/Advert': 'jobads/webcruiter-bjerkaas-maskin-servicetekniker/page.html',
  'www.bjerkas.no/om-oss/ansatte': 'companies/bjerkas-maskin-ansatte/page.html',
  'www.vestopplandavis.no/naeringsliv/entreprenorene-venter-pa-deler': 'news/vestopplandavis-bjerkas-maskin-deler/page.html',
};
/** A third: "Håland & Aas Regnskap AS" on a board, a site that names itself only in its footer, a paper that writes "Håland og Aas". */
const SHORT_FORMS: Record<string, string> = {
  'karrierestart.no/ledig-stilling/2841177': 'jobads/karrierestart-haland-aas-regnskapsmedarbeider/page.html',
  'www.haalandaas.no/om-oss': 'companies/haaland-og-aas-regnskap-om-oss/page.html',
  'www.finansavisen.no/naeringsliv/2026/11/30/8410221/regnskapskjeden-kjoper-seg-opp-i-stavanger': 'news/finansavisen-haland-aas-oppkjop/page.html',
};
/**
 * A fourth: a board whose facts carry their labels only as icons' aria-labels and whose employer stands only
 * in a card's logo; the employer's site names itself only in an SVG's label, in capitals; a paper names it.
 */
const ICON_LABELS: Record<string, string> = {
  'www.kode24.no/jobb/taregrunn-systemer/backend-utvikler-kotlin-bergen/2817': 'jobads/kode24-taregrunn-systemer-backend-utvikler/page.html',
  'taregrunn.no/om-oss': 'companies/taregrunn-om-oss/page.html',
  'www.bergensnaeringsliv.no/teknologi/taregrunn-vinner-kontrakt/1-9-44120': 'news/bergensnaeringsliv-taregrunn-kontrakt/page.html',
};
const PAGES: Record<string, string> = { ...FJELLKRAFT, ...SPELLINGS, ...SHORT_FORMS, ...ICON_LABELS };
const HOSTS = [...new Set(Object.keys(PAGES).map((key) => key.split('/')[0]!))];
const url = (key: string): string => `http://${key}`;

let server: Server;
let session: Session;

beforeAll(async () => {
  server = createServer((request, response) => {
    const key = `${(request.headers.host ?? '').replace(/:\d+$/, '')}${new URL(request.url ?? '/', 'http://x').pathname}`;
    const file = PAGES[key];
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    void readFile(join(FIXTURES, file), 'utf8').then((html) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;

  const extensionDir = await mkdtemp(join(tmpdir(), 'round-two-identity-'));
  await cp(EXTENSION_DIR, extensionDir, { recursive: true });
  const manifestPath = join(extensionDir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...HOSTS.map((host) => `http://${host}/*`)];
  await writeFile(manifestPath, JSON.stringify(manifest));

  session = await launch(await newProfile(), {
    extensionDir,
    servedHosts: HOSTS,
    args: [`--host-resolver-rules=MAP * 127.0.0.1:${port}`, '--disable-features=HttpsUpgrades'],
  });
});

afterAll(async () => {
  await session?.context.close();
  await new Promise((done) => server?.close(done));
});

describe('one employer across sites', () => {
  test("an ad on an unknown board, the employer's own site and a news article about it form one company", async () => {
    const keys = Object.keys(FJELLKRAFT);
    for (const key of keys.slice(0, -1)) await clipPage(session, url(key));
    const { popup } = await clipPage(session, url(keys[keys.length - 1]!));

    const { companies, clips } = await readStore(popup);
    expect(companies.map((c) => c.name)).toEqual(['Fjellkraft AS']);
    expect(clips).toHaveLength(3);
    expect(new Set(clips.map((c) => c.companyId))).toEqual(new Set([companies[0]!.id]));
    expect(companies[0]!.domains, 'the board and the news site are not the company').toEqual(['fjellkraft.no']);

    // The clips are read on the full board's clips view.
    const board = await openFullBoard(session);
    await showCompany(board, 'Fjellkraft AS');
    await showView(board, 'Job ad and clips');
    const news = board.locator(`[data-clip-url="${url(keys[2]!)}"]`);
    await expect.poll(() => news.locator('.filed-because').innerText()).toContain('the headline names Fjellkraft AS');
    expect(await board.locator('.filed-because').count(), 'only the news clip needs a reason').toBe(1);
    await board.close();
  });

  test('an employer spelt "Bjerkaas" on a board and "Bjerkås" on its site and in a local paper that names it only in its opening is one company', async () => {
    const keys = Object.keys(SPELLINGS);
    for (const key of keys.slice(0, -1)) await clipPage(session, url(key));
    const { popup } = await clipPage(session, url(keys[keys.length - 1]!));

    const { companies, clips } = await readStore(popup);
    const company = companies.find((c) => c.name === 'Bjerkaas Maskin AS');
    expect(company, `companies: ${companies.map((c) => c.name).join(', ')}`).toBeDefined();
    expect(companies.filter((c) => /bjerk/i.test(c.name))).toHaveLength(1);
    const where = clips.map((c) => `${c.url} → ${companies.find((o) => o.id === c.companyId)?.name}`).join('\n');
    expect(clips.filter((c) => c.companyId === company!.id), where).toHaveLength(3);
    expect(company!.domains, 'the board and the paper are not the company').toEqual(['bjerkas.no']);

    const board = await openFullBoard(session);
    await showCompany(board, 'Bjerkaas Maskin AS');
    await showView(board, 'Job ad and clips');
    const news = board.locator(`[data-clip-url="${url(keys[2]!)}"]`);
    await expect.poll(() => news.locator('.filed-because').innerText()).toContain("the article's opening names Bjerkaas Maskin AS");
  });

  test('a site that names itself only in its footer and a paper that drops the trade word join the ad\'s employer', async () => {
    const keys = Object.keys(SHORT_FORMS);
    for (const key of keys.slice(0, -1)) await clipPage(session, url(key));
    const { popup } = await clipPage(session, url(keys[keys.length - 1]!));

    const { companies, clips } = await readStore(popup);
    const company = companies.find((c) => c.name === 'Håland & Aas Regnskap AS');
    expect(company, `companies: ${companies.map((c) => c.name).join(', ')}`).toBeDefined();
    const where = clips.map((c) => `${c.url} → ${companies.find((o) => o.id === c.companyId)?.name}`).join('\n');
    expect(clips.filter((c) => c.companyId === company!.id), where).toHaveLength(3);
    expect(company!.domains, 'the board and the paper are not the company').toEqual(['haalandaas.no']);
    expect(companies.some((c) => /finansavisen|regnskap for små/i.test(c.name)), 'the paper and the slogan are no company').toBe(false);
  });

  test("a board's facts labelled only by icons give the deadline and place, and its employer card, the site and a paper form one company", async () => {
    const keys = Object.keys(ICON_LABELS);
    for (const key of keys.slice(0, -1)) await clipPage(session, url(key));
    const { popup } = await clipPage(session, url(keys[keys.length - 1]!));

    const { companies, clips } = await readStore(popup);
    const company = companies.find((c) => c.name === 'Taregrunn Systemer AS');
    expect(company, `companies: ${companies.map((c) => c.name).join(', ')}`).toBeDefined();
    const where = clips.map((c) => `${c.url} → ${companies.find((o) => o.id === c.companyId)?.name}`).join('\n');
    expect(clips.filter((c) => c.companyId === company!.id), where).toHaveLength(3);
    expect(companies.some((c) => /kode24|næringsliv/i.test(c.name)), 'the board and the paper are no company').toBe(false);
    const ad = clips.find((c) => c.url === url(keys[0]!)) as unknown as { jobAd?: { validThrough?: string; locations: Array<{ city?: string }> } };
    expect(ad.jobAd?.validThrough, 'the deadline labelled by an icon').toBe('2027-01-15');
    expect(ad.jobAd?.locations.map((l) => l.city)).toEqual(['Bergen']);
  });
});
