/**
 * `npm run screenshot`: clips fixture pages in Chromium and saves the README's pictures:
 * docs/popup.png (the dashboard), docs/side-panel.png (the panel beside the page) and docs/board.png.
 */
import { execSync } from 'node:child_process';
import { join } from 'node:path';
import { launch, newProfile, openPopup, openTab, readStore } from '../tests/e2e/browser';
import { clickClip, openCompany } from '../tests/e2e/popup';
import { startServer } from '../tests/e2e/server';
import { openAllSections, openFullBoard, openSidePanel, showCompany } from '../tests/e2e/ui';

const ROOT = join(import.meta.dirname, '..');
const docs = (name: string) => join(ROOT, 'docs', name);
execSync('npx wxt build --mode e2e', { cwd: ROOT, stdio: 'ignore' });
const server = await startServer();
const session = await launch(await newProfile());
const pageUrl = (name: string) => `${server.origin}/fixtures/pages/${name}`;
for (const name of ['skogsjo-om.html', 'havbris-om.html', 'board-ad.html', 'nordlys-about.html']) {
  await openTab(session, pageUrl(name));
  await clickClip(await openPopup(session));
}

// The side panel beside the page, with an answer being written.
const page = await openTab(session, pageUrl('nordlys-about.html'));
await page.setViewportSize({ width: 860, height: 800 });
const panel = await openSidePanel(session);
await panel.setViewportSize({ width: 420, height: 800 });
await showCompany(panel, 'Nordlys Energi AS');
await openAllSections(panel);
await panel.locator('[data-prompt-id="vision"] textarea').fill('Selvforsynt med fornybar energi i hele landsdelen: jeg kan bidra med driftsdata fra vindparkene.');
await panel.locator('[data-prompt-id="vision"] .prep-evidence button[data-action="pin"]').first().click();
await panel.evaluate(() => document.querySelector('[data-prompt-id="vision"]')?.scrollIntoView());
const beside = await session.context.newPage();
await beside.setViewportSize({ width: 1280, height: 800 });
const png = async (shot: Promise<Buffer>) => `data:image/png;base64,${(await shot).toString('base64')}`;
await beside.setContent(
  `<body style="margin:0;display:flex;background:#888"><img src="${await png(page.screenshot())}"><img style="border-left:1px solid #444" src="${await png(panel.screenshot())}"></body>`,
);
await beside.screenshot({ path: docs('side-panel.png') });

// The popup's dashboard over the page.
await page.bringToFront();
const popup = await openPopup(session);
await popup.setViewportSize({ width: 400, height: 600 });
await openCompany(popup, 'Nordlys Energi AS');
await popup.screenshot({ path: docs('popup.png') });

// The full board: navigation column and the prep view side by side.
const company = (await readStore(popup)).companies.find((c) => c.name === 'Nordlys Energi AS')!;
const board = await openFullBoard(session, `#company=${company.id}&view=prep`);
await board.locator('[data-prompt-id="vision"] textarea').waitFor();
await board.screenshot({ path: docs('board.png') });

await session.context.close();
await server.close();
console.log('Saved docs/popup.png, docs/side-panel.png and docs/board.png');
