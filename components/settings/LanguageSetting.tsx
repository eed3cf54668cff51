import { LANGUAGE_SETTINGS, writeLanguageSetting, type LanguageSetting as Setting } from '../../core/settings/language';
import { languageSetting, setLanguage, t } from '../i18n';

/** Each language named in itself, so a user can find theirs whatever the screen is in now. */
const NATIVE_NAMES: Record<Exclude<Setting, 'browser'>, string> = { en: 'English', nb: 'Norsk bokmål', sv: 'Svenska' };

/** The one place the interface language is chosen; every page and the context menu follow it. */
export function LanguageSetting() {
  const current = languageSetting.value;
  const choose = (value: Setting) => {
    void setLanguage(value);
    void writeLanguageSetting(value);
  };
  return (
    <label class="setting">
      {t('settingLanguage')}{' '}
      <select value={current} onChange={(e) => choose(e.currentTarget.value as Setting)}>
        {LANGUAGE_SETTINGS.map((value) =>
          value === 'browser' ? (
            <option key={value} value={value}>{t('settingLanguageBrowser')}</option>
          ) : (
            <option key={value} value={value} lang={value}>{NATIVE_NAMES[value]}</option>
          ),
        )}
      </select>
    </label>
  );
}
