// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { pageNames } from '../../../core/company/page-name';
import type { PageLines } from '../../../core/model';

/**
 * A company page of the thirty-seventh held-out set, read on purpose after its one measurement: the footer's registry
 * line with a number Australia, Singapore or the Netherlands writes, naming the company more fully than the logo's short
 * brand. Names written for this test.
 */

const lines = (logos: string[], footer: string[]): PageLines => ({ logos, footer, h1: 'Contact us' }) as unknown as PageLines;

describe("a registry line's name, fuller than the logo's, is the company's", () => {
  test.each([
    ['en', 'Glimsvik Freight', 'Glimsvik Island Freight · ACN 612 440 219', 'glimsvikfreight.com.au', 'Glimsvik Island Freight'],
    ['en', 'Glimsvik Tours', 'Glimsvik Lagoon Tours · UEN 201912345K', 'glimsviktours.sg', 'Glimsvik Lagoon Tours'],
    ['en', 'Glimsvik Dive', 'Glimsvik Reef Dive · KvK 40281', 'glimsvikdive.aw', 'Glimsvik Reef Dive'],
  ] as const)('%s: %s', (_lang, logo, footer, domain, name) => {
    expect(pageNames(`Contact us | ${logo} – your island's lifeline`, lines([logo], [footer]), domain)[0]).toBe(name);
  });
  test('a line without a registration number gives no fuller name', () => {
    expect(pageNames("Contact us | Glimsvik Freight – your island's lifeline", lines(['Glimsvik Freight'], ['Glimsvik Island Freight · Flying Fish Cove']), 'glimsvikfreight.com.au')[0]).toBe('Glimsvik Freight');
  });
});
