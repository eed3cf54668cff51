import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/preact';
import { afterAll, afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../public/_locales/en/messages.json';

type Messages = Record<string, { message: string }>;

/** WXT's fake browser has no i18n: answer from the English messages, as Chromium would. */
function installI18n() {
  const messages = en as Messages;
  Object.assign(fakeBrowser.i18n, {
    getMessage: (key: string, substitutions?: string | string[]) => {
      const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
      const text = messages[key]?.message ?? '';
      return text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
    },
    getUILanguage: () => 'en',
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  installI18n();
});

afterEach(() => cleanup());

/**
 * Preact runs effects after paint through a timer (requestAnimationFrame raced with a 35 ms timeout).
 * Let such timers fire before the file's jsdom goes away; otherwise a timer that fires after the
 * teardown calls a `cancelAnimationFrame` that no longer exists and the run fails on an unhandled error.
 */
afterAll(() => new Promise<void>((resolve) => setTimeout(resolve, 60)));
