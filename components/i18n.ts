import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import en from '../public/_locales/en/messages.json';
import { isLanguageSetting, readLanguageSetting, resolveLanguage, watchLanguageSetting, type LanguageSetting, type UiLanguage } from '../core/settings/language';
import { dateTimeFormat, numberFormat } from './formatters';

export type MessageKey = keyof typeof en;
type Catalog = Partial<Record<string, { message: string }>>;

// The catalogs are part of the bundle: the language is the user's setting, not the browser's
// locale files (a browser without Norwegian resources would otherwise mix English and Norwegian).
// English is the fallback of every key; Norwegian and Swedish load when chosen (the popup starts smaller).
const CATALOGS: Partial<Record<UiLanguage, Catalog>> = { en };
const LOADERS: Record<Exclude<UiLanguage, 'en'>, () => Promise<{ default: Catalog }>> = {
  nb: () => import('../public/_locales/nb/messages.json'),
  sv: () => import('../public/_locales/sv/messages.json'),
};

async function ensureCatalog(language: UiLanguage): Promise<void> {
  if (language !== 'en' && !CATALOGS[language]) CATALOGS[language] = (await LOADERS[language]()).default;
}

/**
 * A copy of the setting in the page origin's localStorage, read synchronously when a popup starts
 * (the setting itself, in browser.storage.local, takes a round trip to the browser to read).
 */
const MIRROR = 'roundTwo.languageSetting';

/** Switches every text to `setting` once its catalog is loaded (never half in one language). */
export async function setLanguage(setting: LanguageSetting): Promise<void> {
  await ensureCatalog(resolveLanguage(setting, browserLanguage()));
  languageSetting.value = setting;
  try {
    globalThis.localStorage?.setItem(MIRROR, setting);
  } catch {
    // No localStorage (the background): nothing to mirror.
  }
}

/**
 * Starts in the language the last page of the extension used, without waiting for the stored
 * setting (which follows and wins). False when there is no copy yet: then wait for `loadLanguage`.
 */
export async function startFromMirror(): Promise<boolean> {
  let mirrored: string | null = null;
  try {
    mirrored = globalThis.localStorage?.getItem(MIRROR) ?? null;
  } catch {
    return false;
  }
  if (!isLanguageSetting(mirrored)) return false;
  await setLanguage(mirrored);
  return true;
}

/** The user's language setting; components that call `t()` re-render when it changes. */
export const languageSetting = signal<LanguageSetting>('browser');

function browserLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return globalThis.navigator?.language ?? 'en';
  }
}

/** The language every text, prompt, date and number is shown in: `en`, `nb` or `sv`. */
export function uiLanguage(): UiLanguage {
  return resolveLanguage(languageSetting.value, browserLanguage());
}

/** A user-visible string in the chosen language (English when a catalog lacks the key). */
export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  const message = CATALOGS[uiLanguage()]?.[key]?.message ?? (en as Catalog)[key]?.message;
  if (message === undefined) return key;
  return message.replace(/\$(\d|\$)/g, (_, n: string) => (n === '$' ? '$' : String(substitutions[Number(n) - 1] ?? '')));
}

export function formatDate(timestamp: number): string {
  return dateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(timestamp);
}


/** A calendar date (an ISO `YYYY-MM-DD`, as job ads give them) in the user's language; the input when it is not a date. */
export function formatDay(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const day = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return dateTimeFormat(uiLanguage(), { dateStyle: 'long' }).format(day);
}

export function formatNumber(value: number): string {
  return numberFormat(uiLanguage()).format(value);
}

/**
 * Reads the stored setting and follows its changes. Pages await it before their first render,
 * so nothing shows in the wrong language first.
 */
let watching = false;
export async function loadLanguage(): Promise<void> {
  if (!watching) {
    watching = true;
    watchLanguageSetting((setting) => void setLanguage(setting));
  }
  await setLanguage(await readLanguageSetting().catch((): LanguageSetting => 'browser'));
}
