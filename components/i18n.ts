import { browser } from 'wxt/browser';
import type en from '../public/_locales/en/messages.json';
import { dateTimeFormat, numberFormat } from './formatters';

export type MessageKey = keyof typeof en;

/** A user-visible string in the browser's language (en, nb or sv; en otherwise). */
export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  return browser.i18n.getMessage(key, substitutions.map(String)) || key;
}

export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}

export function formatDate(timestamp: number): string {
  return dateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(timestamp);
}

export function formatNumber(value: number): string {
  return numberFormat(uiLanguage()).format(value);
}
