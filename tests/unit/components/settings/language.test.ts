import { describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../../../public/_locales/en/messages.json';
import nb from '../../../../public/_locales/nb/messages.json';
import sv from '../../../../public/_locales/sv/messages.json';
import { formatDate, formatNumber, languageSetting, loadLanguage, setLanguage, startFromMirror, t, uiLanguage } from '../../../../components/i18n';
import { resolveLanguage, writeLanguageSetting } from '../../../../core/settings/language';

type Catalog = Record<string, { message: string }>;
const catalogs: Record<string, Catalog> = { en, nb, sv };

describe('the language setting is the one source of every text', () => {
  test('“same as the browser” follows the browser; Norwegian of any kind is Bokmål; other languages are English', () => {
    expect(resolveLanguage('browser', 'nb-NO')).toBe('nb');
    expect(resolveLanguage('browser', 'no')).toBe('nb');
    expect(resolveLanguage('browser', 'nn')).toBe('nb');
    expect(resolveLanguage('browser', 'sv-SE')).toBe('sv');
    expect(resolveLanguage('browser', 'de')).toBe('en');
    expect(resolveLanguage('sv', 'en-US')).toBe('sv');
  });

  test('a Norwegian who runs an English browser gets Norwegian texts, dates and numbers throughout', async () => {
    fakeBrowser.i18n.getUILanguage = () => 'en-US';
    await writeLanguageSetting('nb');
    await loadLanguage();
    expect(uiLanguage()).toBe('nb');
    expect(t('undo')).toBe('Angre');
    expect(t('clipSaved', 'Om oss')).toBe('La til «Om oss».');
    expect(formatNumber(12345.5)).toBe(new Intl.NumberFormat('nb').format(12345.5));
    expect(formatDate(Date.UTC(2027, 0, 15, 12))).toBe(new Intl.DateTimeFormat('nb', { dateStyle: 'medium', timeStyle: 'short' }).format(Date.UTC(2027, 0, 15, 12)));
    await setLanguage('sv');
    expect(t('undo')).toBe('Ångra');
    await setLanguage('browser');
    expect(t('undo')).toBe('Undo');
  });
});

describe('a popup starts in the language the extension last used', () => {
  test('from the copy the last switch left, before the stored setting is read; without a copy it waits', async () => {
    localStorage.clear();
    expect(await startFromMirror()).toBe(false);
    await setLanguage('sv');
    languageSetting.value = 'browser'; // a new page: nothing read yet
    expect(await startFromMirror()).toBe(true);
    expect(t('undo')).toBe('Ångra');
    await setLanguage('browser');
  });
});

describe('the three catalogs', () => {
  test('have the same keys and the same placeholders', () => {
    const keys = Object.keys(en).sort();
    for (const lang of ['nb', 'sv']) {
      expect(Object.keys(catalogs[lang]!).sort(), lang).toEqual(keys);
      for (const key of keys) {
        const holders = (text: string) => [...text.matchAll(/\$\d/g)].map((m) => m[0]).sort();
        expect(holders(catalogs[lang]![key]!.message), `${lang}.${key}`).toEqual(holders((en as Catalog)[key]!.message));
      }
    }
  });

  test.each(['en', 'nb', 'sv'])('%s: the clip button and the Save buttons do not share a verb', (lang) => {
    const catalog = catalogs[lang]!;
    const verb = (key: string) => catalog[key]!.message.split(/\s/)[0]!.toLowerCase();
    expect(verb('clipButton')).not.toBe(verb('save'));
    expect(verb('clipButton')).not.toBe(verb('prepSave'));
  });

  test.each(['nb', 'sv'])('%s: no English loanwords or literal slips seen in review', (lang) => {
    const text = Object.values(catalogs[lang]!).map((entry) => entry.message).join('\n');
    expect(text).not.toMatch(/\bresearch/i);
    expect(text).not.toMatch(/\b(Fest|Løsne|Rett|Klipp)\b/);
    expect(text).not.toMatch(/\bi in i\b/);
  });

  test('Norwegian says “bedrift”, never “selskap”', () => {
    const text = Object.values(catalogs.nb!).map((entry) => entry.message).join('\n');
    expect(text).toMatch(/bedrift/);
    expect(text).not.toMatch(/selskap/i);
  });
});
