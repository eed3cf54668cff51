// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { pageNames } from '../../../core/company/page-name';
import { initialsOpen } from '../../../core/company/short-forms';
import type { PageLines } from '../../../core/model';

/**
 * Company pages of the thirty-fifth held-out set, read on purpose after its one measurement: a domain that writes "ø"
 * or "ö" as "oe" confirms the logo's name (and so puts the page title's slogan aside); a logo's initials open the legal
 * name the footer writes. Names written for this test.
 */

const lines = (logo: string, footer: string[]): PageLines => ({ logos: [logo], footer, h1: 'Kontakt oss' }) as unknown as PageLines;

describe('a domain writing "oe" confirms the name; the title\'s slogan names nobody', () => {
  test.each([
    ['nb', 'Kontakt oss | Tre fra Meråker', 'Glimsmoen', ['Glimsmoen Sag & Skog · Tre fra Meråker siden 1921'], 'glimsmoen.no', 'Glimsmoen Sag & Skog'],
    ['nb', 'Om oss | Laks fra Lofoten', 'Haugmoen', ['Haugmoen Sjømat · Laks fra Lofoten siden 1950'], 'haugmoen.no', 'Haugmoen Sjømat'],
    ['en', 'Contact | Fresh from Essex', 'Shoebury', ['Shoebury Dairy · Fresh from Essex since 1921'], 'shoebury.co.uk', 'Shoebury Dairy'],
  ] as const)('%s: %s', (_lang, title, logo, footer, domain, name) => {
    expect(pageNames(title, lines(logo, [...footer]), domain)[0]).toBe(name);
  });
  // Swedish domains write "ö" as "o" ("glimso.se"), which already matched: no Swedish case of the class.
});

describe("a logo's initials open the legal name the footer writes", () => {
  test.each([
    ['en', 'CGCS', ['Cane Garden Corporate Services Ltd. is licensed by the Financial Services Commission.', '© 2026 CGCS. All rights reserved.'], 'Cane Garden Corporate Services Ltd.'],
    // Guards: a footer whose legal line the older rules read already names it.
    ['en', 'RVCG Co-op', ['© 2026 Roseau Valley Cocoa Growers Co-operative Society Ltd. Registered under the Co-operative Societies Act.'], 'Roseau Valley Cocoa Growers Co-operative Society Ltd'],
    ['nb', 'GSB', ['Glimsvik Sag og Bygg AS er godkjent lærebedrift.', '© 2026 GSB'], 'Glimsvik Sag og Bygg AS'],
    ['sv', 'GSB', ['Glimsviks Såg och Bygg AB är en godkänd lärlingsplats.', '© 2026 GSB'], 'Glimsviks Såg och Bygg AB'],
  ] as const)('%s: %s', (_lang, logo, footer, name) => {
    expect(pageNames('Contact us', lines(logo, [...footer]), 'example.com')[0]).toBe(name);
  });

  test('initials that open another name, or skip its words, are not its short form', () => {
    expect(initialsOpen('CGCS', 'Cane Garden Corporate Services Ltd')).toBe(true);
    expect(initialsOpen('CGS', 'Cane Garden Corporate Services Ltd')).toBe(false);
    expect(initialsOpen('RVCG Co-op', 'Roseau Valley Cocoa Growers Limited')).toBe(false);
  });
});
