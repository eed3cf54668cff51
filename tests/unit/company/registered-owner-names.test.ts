// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { guessCompany } from '../../../core/company/identity';
import { legalNames } from '../../../core/company/org-names';
import { isPageWords } from '../../../core/company/page-words';
import { holdsWordsOf, registeredName } from '../../../core/company/registered-name';
import type { PageMetadata } from '../../../core/model';

/**
 * Classes v15 showed, in English, Norwegian and Swedish: a site's brand against the name its footer registers (the
 * line with the registration number, or the name a line or two above it) — the registered name is the company's, the
 * brand one of its names; a legal name that holds the brand's words with one more ("Amnicon Grain Terminal Inc." for
 * "Amnicon Terminal"); a recruiting platform's "Powered by …" credit names the software's maker, never the site's
 * owner; and a text of the page's own words ("Opportunity Detail") is nobody's name.
 */

const meta = (title: string, siteName?: string): PageMetadata => ({ title, ...(siteName ? { siteName } : {}) }) as PageMetadata;
const lines = (footer: string[], logos: string[] = []) => ({ header: [], footer, logos });

describe('the footer\'s registered name over the brand', () => {
  test.each([
    ['sv', 'Om oss – Skogsfrakt', 'Skogsfrakt', ['Norrbottens Rundvirkestransport AB · Industrivägen 3, 961 38 Boden · Org.nr 556123-4567'], 'skogsfrakt.se', 'Norrbottens Rundvirkestransport AB'],
    ['sv', 'Om förbundet – Dalälven Vatten', undefined, ['Dalälvens vattenförbund', 'Kommunalförbund', 'Org.nr 222000-1234'], 'dalalven.se', 'Dalälvens vattenförbund'],
    ['nb', 'Om oss – VF Sveis', 'VF Sveis', ['Vestfjord Sveis AS · Havnegata 2, 8300 Svolvær · Org.nr. 912 345 678 MVA'], 'vfsveis.no', 'Vestfjord Sveis AS'],
    ['en', 'About us | Glacier walks from Höfn', undefined, ['Jökull ehf.', 'Hafnarbraut 4, 780 Höfn, Iceland', 'Kt. 530619-1234 · VAT no. 134000'], 'jokull.is', 'Jökull ehf.'],
  ])('%s: "%s" → the registered name, the brand kept as an alias', (_lang, title, siteName, footer, domain, name) => {
    const logo = siteName ?? 'Brand Name';
    const guess = guessCompany(`https://www.${domain}/om-oss/`, meta(title, siteName), [], undefined, lines(footer, [logo]));
    expect(guess.name).toBe(name);
    expect(guess.aliases ?? []).toContain(logo);
  });

  test.each([
    ['sv', ['Kontakt', 'Storgatan 4, 931 30 Skellefteå', 'Telefon 0910-123 45']],
    ['en', ['Find us', '14 Bridge Street, Hebden Bridge HX7 8EX']],
    ['nb', ['Kontakt oss', 'Storgata 1, 8006 Bodø']],
  ])('%s: a footer without a registration number leaves the brand', (_lang, footer) => {
    expect(registeredName(footer)).toBeUndefined();
    expect(guessCompany('https://www.skogsfrakt.se/', meta('Om oss – Skogsfrakt', 'Skogsfrakt'), [], undefined, lines(footer, ['Skogsfrakt'])).name).toBe('Skogsfrakt');
  });

  test('an address line or a heading word above the number is no name', () => {
    expect(registeredName(['Kommunalförbund', 'Org.nr 222000-1234'])).toBeUndefined();
  });
});

describe('a legal name holding the brand\'s words', () => {
  test.each([
    ['en', 'Amnicon Grain Terminal Inc.', 'Amnicon Terminal', true],
    ['nb', 'Kvalsund Fisk og Sjømat AS', 'Kvalsund Sjømat', true],
    ['sv', 'Bergby Såg och Hyvleri AB', 'Bergby Hyvleri', true],
    // Another firm opening with the same words, or the brand's words in another order, is not its legal name.
    ['en', 'Amnicon Terminal Services Inc.', 'Amnicon Terminal', false],
    ['sv', 'Lövsta Kvarn Förvaltning AB', 'Lövsta Kvarn', false],
    ['en', 'Lakeside Pixel Co.', 'Amnicon Terminal', false],
    ['nb', 'Kvalsund Bygg AS', 'Kvalsund Sjømat', false],
    ['sv', 'Hyvleri Bergby AB', 'Bergby Hyvleri', false],
  ])('%s: "%s" holds "%s": %s', (_lang, full, brand, holds) => {
    expect(holdsWordsOf(full, brand)).toBe(holds);
  });

  test('the site\'s brand gives way to the copyright line\'s legal name that holds it', () => {
    const footer = ['Amnicon Terminal · 2100 Winter Street · Superior, WI 54880', '© 2026 Amnicon Grain Terminal Inc. · Privacy Policy · Website by Lakeside Pixel Co.'];
    expect(guessCompany('https://www.amnicon.example/about/', meta('About Us | Amnicon Terminal', 'Amnicon Terminal'), [], undefined, lines(footer, ['AGT logo'])).name).toMatch(/^Amnicon Grain Terminal Inc/u);
  });
});

describe('a platform\'s credit in the footer names its maker, not the site\'s owner', () => {
  test.each([
    ['en', 'Powered by UKG Pro Recruiting © 2026 UKG Inc. All rights reserved.', []],
    ['en', 'Marlowe Outdoor Ltd, 22 Lake Road, Keswick CA12 5BX · Privacy Policy · Powered by BambooHR', ['Marlowe Outdoor Ltd']],
    ['nb', '© 2026 Stiftelsen Byhjelpa Stavanger · Org.nr. 971 288 640 · Drevet av WordPress', ['Stiftelsen Byhjelpa Stavanger']],
    ['sv', '© 2026 Glans Städservice AB · Levereras av Jobbplattformen AB', ['Glans Städservice AB']],
  ])('%s: "%s"', (_lang, line, names) => {
    expect(legalNames([line])).toEqual(names);
  });
});

describe('the page\'s own words are nobody\'s name', () => {
  test.each([
    ['en', 'Opportunity Detail'], ['en', 'Job Details'], ['en', 'Job Announcement'], ['nb', 'Stillingsdetaljer'], ['nb', 'Ledig stilling'], ['sv', 'Annonsdetaljer'], ['sv', 'Lediga tjänster'],
  ])('%s: "%s"', (_lang, text) => {
    expect(isPageWords(text)).toBe(true);
  });

  test.each([
    ['en', 'Opportunity Farm'], ['nb', 'Stilling Bygg AS'], ['sv', 'Annons Media AB'], ['en', 'Amnicon Terminal'],
  ])('%s: "%s" is a name', (_lang, text) => {
    expect(isPageWords(text)).toBe(false);
  });
});
