/**
 * `npm start`: builds Round Two, serves a sample company page, and opens Chromium with the extension
 * loaded and a profile kept between runs (`.chromium-profile/`), so your clips are still there next time.
 * Needs a desktop session (a display): it opens a real browser window.
 */
import { execSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
if (!CHROMIUM) throw new Error('No Chromium found: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.');
if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && process.platform === 'linux') {
  console.warn('No display found: npm start opens a browser window and needs a desktop session.');
}

execSync('npx wxt build', { cwd: ROOT, stdio: 'inherit' });
const sample = await readFile(join(ROOT, 'scripts', 'sample', 'lysverket.html'), 'utf8');
const server = createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(sample));
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/about-us`;
const extension = join(ROOT, '.output', 'chrome-mv3');

const browser = spawn(
  CHROMIUM,
  [
    `--user-data-dir=${join(ROOT, '.chromium-profile')}`,
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    '--no-first-run',
    '--no-default-browser-check',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    url,
  ],
  { stdio: 'inherit' },
);
console.log(`Sample company page: ${url}\nPin Round Two from the puzzle-piece menu, then press it and "Clip this page".`);
browser.on('exit', () => server.close());
