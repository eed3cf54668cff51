import { existsSync } from 'node:fs';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Chromium's location when Debian's package is installed (npm start uses it).
const debianChromium = '/usr/bin/chromium';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // The end-to-end build is minified like the production one, so tests and the benchmark run what users run.
  vite: ({ mode }) => ({ plugins: [preact()], ...(mode === 'e2e' ? { build: { minify: true } } : {}) }),
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
  manifest: ({ mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'unlimitedStorage', 'contextMenus', 'alarms', 'notifications'],
    // Only the end-to-end build may inject without a user gesture, and only into local test pages.
    ...(mode === 'e2e' ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    action: { default_title: '__MSG_actionTitle__' },
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
