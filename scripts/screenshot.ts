/** `npm run screenshot`: clips two fixture pages in Chromium and saves the popup as docs/popup.png. */
import { execSync } from 'node:child_process';
import { join } from 'node:path';
import { launch, newProfile, openPopup, openTab } from '../tests/e2e/browser';
import { clickClip } from '../tests/e2e/popup';
import { startServer } from '../tests/e2e/server';

const ROOT = join(import.meta.dirname, '..');
execSync('npx wxt build --mode e2e', { cwd: ROOT, stdio: 'ignore' });
const server = await startServer();
const session = await launch(await newProfile());
for (const page of ['hostile.html', 'board-ad.html', 'nordlys-about.html']) {
  await openTab(session, `${server.origin}/fixtures/pages/${page}`);
  await clickClip(await openPopup(session));
}
const popup = await openPopup(session);
await popup.setViewportSize({ width: 400, height: 600 });
await popup.getByRole('button', { name: 'Clip this page' }).click();
await popup.getByTestId('clip-status').waitFor();
await popup.screenshot({ path: join(ROOT, 'docs', 'popup.png') });
await session.context.close();
await server.close();
console.log('Saved docs/popup.png');
