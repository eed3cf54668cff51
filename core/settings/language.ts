import { browser } from 'wxt/browser';

/** The languages the interface is written in. */
export const UI_LANGUAGES = ['en', 'nb', 'sv'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
/** What the user chose: one of the languages, or whatever the browser speaks. */
export type LanguageSetting = 'browser' | UiLanguage;
export const LANGUAGE_SETTINGS: readonly LanguageSetting[] = ['browser', 'en', 'nb', 'sv'];

export const LANGUAGE_STORAGE_KEY = 'uiLanguage';

/** The interface language for a setting: the browser's own when it is one of ours (Norwegian of any kind → Bokmål), else English. */
export function resolveLanguage(setting: LanguageSetting, browserLanguage: string): UiLanguage {
  if (setting !== 'browser') return setting;
  const base = browserLanguage.toLowerCase().split(/[-_]/)[0];
  if (base === 'nb' || base === 'no' || base === 'nn') return 'nb';
  if (base === 'sv') return 'sv';
  return 'en';
}

export function isLanguageSetting(value: unknown): value is LanguageSetting {
  return typeof value === 'string' && (LANGUAGE_SETTINGS as readonly string[]).includes(value);
}

/** The stored setting (a thin adapter over browser.storage.local). */
export async function readLanguageSetting(): Promise<LanguageSetting> {
  const stored = (await browser.storage.local.get(LANGUAGE_STORAGE_KEY))[LANGUAGE_STORAGE_KEY];
  return isLanguageSetting(stored) ? stored : 'browser';
}

export function writeLanguageSetting(setting: LanguageSetting): Promise<void> {
  return browser.storage.local.set({ [LANGUAGE_STORAGE_KEY]: setting });
}

/** Calls back whenever the setting changes, in any extension page or the background. Returns the unsubscribe. */
export function watchLanguageSetting(onChange: (setting: LanguageSetting) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(LANGUAGE_STORAGE_KEY in changes)) return;
    const value = changes[LANGUAGE_STORAGE_KEY]?.newValue;
    onChange(isLanguageSetting(value) ? value : 'browser');
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
