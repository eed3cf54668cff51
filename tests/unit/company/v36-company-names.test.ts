// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { pageNames } from '../../../core/company/page-name';
import type { PageLines } from '../../../core/model';

/**
 * Company pages of the thirty-sixth held-out set, read on purpose after its one measurement: a logo's slogan after a dash
 * (or a logo that is only "Logo – slogan"), a short brand that the footer says a company runs, a footer line's name the
 * domain spells. Names written for this test.
 */

const lines = (logos: string[], footer: string[]): PageLines => ({ logos, footer, h1: 'Kontakt' }) as unknown as PageLines;

describe("a logo's slogan after a dash is no part of the name; the company that runs the brand is", () => {
  test.each([
    ['sv', ['Hjo Vattenland – äventyrsbad vid Vättern'], ['Hjo Vattenland drivs av Vattersvik Upplevelser · Strandvägen 12, 544 30 Hjo'], 'hjovattenland.se', 'Vattersvik Upplevelser'],
    ['nb', ['Lom Badeland – badeland ved fjellet'], ['Lom Badeland drives av Fjellbad Drift · Storgata 2, 2686 Lom'], 'lombadeland.no', 'Fjellbad Drift'],
    ['en', ['Rye Splash – waterpark by the sea'], ['Rye Splash is run by Harbour Leisure Trust · 2 Strand Quay, Rye TN31 7AY'], 'ryesplash.co.uk', 'Harbour Leisure Trust'],
  ] as const)('%s: %s', (_lang, logos, footer, domain, name) => {
    expect(pageNames('Jobba hos oss', lines([...logos], [...footer]), domain)[0]).toBe(name);
  });
});

describe('a logo that is only a slogan names nobody; the footer line the domain spells does', () => {
  test.each([
    ['nb', 'Logo – ku og fjell', 'Glimsfjell Meieri · Andelslag for melkeprodusenter siden 1932', 'glimsfjell-meieri.no', 'Glimsfjell Meieri'],
    ['sv', 'Logo – kor och fjäll', 'Glimsfjäll Mejeri · Ekonomisk förening sedan 1932', 'glimsfjallmejeri.se', 'Glimsfjäll Mejeri'],
    ['en', 'Logo – cows and fells', 'Glimsfell Dairy · A farmers\u2019 co-operative since 1932', 'glimsfelldairy.co.uk', 'Glimsfell Dairy'],
  ] as const)('%s', (_lang, logo, footer, domain, name) => {
    expect(pageNames('Kontakt oss', lines([logo], [footer]), domain)[0]).toBe(name);
  });
});
