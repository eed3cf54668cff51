// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { guessCompany } from '../../../core/company/identity';
import type { PageMetadata } from '../../../core/model';

/**
 * A company page whose title is a slogan beside "About us" ("Keeping Botswana Fresh | About Us"), its logo and footer
 * naming the company its domain spells: the slogan is none of the company's names, so it finds no other company and no
 * news about something else (v30 part B's open item). Names written for this test.
 */

const guess = (url: string, title: string, footer: string, logo: string): { name: string; aliases: string[] } => {
  const g = guessCompany(url, { title } as PageMetadata, [], undefined, { header: [], footer: [footer], logos: [logo] });
  return { name: g.name, aliases: g.aliases ?? [] };
};

describe("a slogan beside the page's 'about' word is no name", () => {
  test.each([
    ['en', 'https://www.mogoditshanecold.example/about', 'Keeping Botswana Fresh | About Us', '© 2026 Mogoditshane Cold Chain. All rights reserved.', 'MOGODITSHANE COLD CHAIN', 'Mogoditshane Cold Chain'],
    ['nb', 'https://www.hovdesag.example/om-oss', 'Ekte Valdres | Om oss', '© 2026 Hovde Sag AS', 'Hovde Sag', 'Hovde Sag AS'],
    ['sv', 'https://www.tangabybryggeri.example/om-oss', 'Äkta Halland | Om oss', '© 2026 Tångaby Bryggeri AB', 'Tångaby Bryggeri', 'Tångaby Bryggeri AB'],
  ] as const)('%s', (_lang, url, title, footer, logo, name) => {
    const g = guess(url, title, footer, logo);
    expect(g.name).toBe(name);
    expect(g.aliases.map((a) => a.toLowerCase()).some((a) => a.includes(title.split(' | ')[0]!.toLowerCase()))).toBe(false);
  });

  test('nb: the "about" title\'s name sharing a word with the domain\'s stays one of its names', () => {
    const g = guess('https://www.hovdesag.example/om-oss', 'Om Hovde Sagbruk', '© 2026 Hovde Sag AS', 'Hovde Sag');
    expect([g.name, ...g.aliases]).toContain('Hovde Sagbruk');
  });
});
