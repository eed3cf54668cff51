// @vitest-environment node
import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import nb from '../../../public/_locales/nb/messages.json';
import sv from '../../../public/_locales/sv/messages.json';
import { DAY_REMINDERS } from '../../../core/interview/day-reminders';
import { OWN_ITEMS } from '../../../core/interview/readiness';
import { PROMPTS } from '../../../core/prompts';

type Messages = Record<string, { message: string }>;
const locales: Record<string, Messages> = { en, nb, sv };
const placeholders = (text: string) => [...new Set(text.match(/\$\d/g) ?? [])].sort();

describe('round two’s words in every interface language', () => {
  it('every message is in en, nb and sv, with the same placeholders', () => {
    const keys = Object.keys(en).sort();
    for (const [lang, messages] of Object.entries(locales)) {
      expect(Object.keys(messages).sort(), `keys of ${lang}`).toEqual(keys);
      for (const key of keys) {
        expect(messages[key]!.message.trim(), `${lang}: ${key}`).not.toBe('');
        expect(placeholders(messages[key]!.message), `${lang}: ${key}`).toEqual(placeholders((en as Messages)[key]!.message));
      }
    }
  });

  it('every readiness item and day reminder has its words', () => {
    const items = [...OWN_ITEMS, ...PROMPTS.map((p) => p.id)].map((id) => `ready_${id.replace(/-/g, '_')}`);
    for (const key of [...items, ...DAY_REMINDERS]) expect((en as Messages)[key], key).toBeDefined();
  });
});
