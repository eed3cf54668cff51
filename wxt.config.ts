import { existsSync } from 'node:fs';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Chromium's location when Debian's package is installed (npm start uses it).
const debianChromium = '/usr/bin/chromium';

/** Everything from the extension itself; images also from data: and blob: (never the web). */
const EXTENSION_PAGES_CSP = "default-src 'self'; script-src 'self'; object-src 'none'; img-src 'self' data: blob:; media-src 'self'; font-src 'self'; style-src 'self'; connect-src 'self'";

function extensionPagesCsp(manifestVersion: number) {
  return manifestVersion === 3 ? { extension_pages: EXTENSION_PAGES_CSP } : EXTENSION_PAGES_CSP;
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // The end-to-end build is minified like the production one, so tests and the benchmark run what users run.
  vite: ({ mode }) => {
    // WXT names NODE_ENV after the mode, which would make the e2e build a development build (JSX with
    // source paths and dev checks). It is a production build with a test door and a wider host permission.
    if (mode === 'e2e') process.env.NODE_ENV = 'production';
    return { plugins: [preact()], ...(mode === 'e2e' ? { build: { minify: true } } : {}) };
  },
  // `npm start`: WXT's runner opens Chromium with the extension loaded.
  webExt: {
    ...(existsSync(debianChromium) ? { binaries: { chrome: debianChromium } } : {}),
    chromiumArgs: [
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Chromium refuses to start as root without this (containers, CI machines).
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  },
  manifest: ({ mode, browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'activeTab',
      'scripting',
      'unlimitedStorage',
      'contextMenus',
      // The language setting (browser.storage.local), read by every page and the context menu.
      'storage',
      'alarms',
      'notifications',
    ],
    // Only the end-to-end build may inject without a user gesture, and only into local test pages.
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    action: { default_title: '__MSG_actionTitle__' },
    // Extension pages load nothing remote: no images, styles, fonts or media from the clipped sites.
    content_security_policy: extensionPagesCsp(manifestVersion),
    // The side panel (Chromium) / sidebar (Firefox): the board beside the page.
    ...(browser === 'firefox' ? { sidebar_action: { default_panel: 'sidepanel.html', default_title: '__MSG_extName__', open_at_install: false } } : {}),
    commands: {
      'clip-page': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandClip__',
      },
    },
    browser_specific_settings: {
      gecko: {
        id: 'round-two@example.org',
        strict_min_version: '142.0',
        // Nothing leaves the user's machine.
        data_collection_permissions: { required: ['none'] },
      },
    },
  }),
});
