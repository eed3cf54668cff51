// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { pageNames } from '../../../core/company/page-name';
import type { PageLines } from '../../../core/model';

/**
 * A company page of the thirty-eighth held-out set, read on purpose after its one measurement: the footer's address line
 * names the company more fully than the logo's short brand. Names written for this test.
 */

const lines = (logos: string[], footer: string[]): PageLines => ({ logos, footer, h1: 'Work where results matter' }) as unknown as PageLines;

describe("an address line's name, the logo's words in order and more, is the company's", () => {
  test.each([
    ['en', 'Glimsvik Labs', 'Glimsvik Clinical Labs · Carr. 2 Km 156.4, Mayagüez, Puerto Rico 00680 · (787) 555-0142', 'glimsviklabs.example', 'Glimsvik Clinical Labs'],
    ['nb', 'Glimsvik Lab', 'Glimsvik Medisinske Lab · Storgata 4, 8006 Bodø · 75 55 01 42', 'glimsviklab.no', 'Glimsvik Medisinske Lab'],
    ['sv', 'Glimsvik Lab', 'Glimsvik Kliniska Lab · Storgatan 4, 972 31 Luleå · 0920-55 01 42', 'glimsviklab.se', 'Glimsvik Kliniska Lab'],
  ] as const)('%s: %s', (_lang, logo, footer, domain, name) => {
    expect(pageNames('Careers – Work where results matter', lines([logo], [footer]), domain)[0]).toBe(name);
  });
  test('a line without an address after the name gives no fuller name', () => {
    expect(pageNames('Careers – Work where results matter', lines(['Glimsvik Labs'], ['Glimsvik Clinical Labs · Accredited laboratory']), 'glimsviklabs.example')[0]).toBe('Glimsvik Labs');
  });
});
