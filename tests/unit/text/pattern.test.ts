// @vitest-environment node
import { expect, test } from 'vitest';
import { escapePattern } from '../../../core/text/pattern';

test('a name with the characters of a pattern matches only itself', () => {
  for (const name of ['Ravi Textile Mills (Pvt.) Limited', 'Al Wasmi W.L.L.', 'A+B [Nord] $ Co.|AS', 'Skog\\Sjö ^ *']) {
    const pattern = new RegExp(`^${escapePattern(name)}$`, 'u');
    expect(pattern.test(name)).toBe(true);
    expect(pattern.test(name.replace(/[.()+|[\]$^*\\]/u, 'x'))).toBe(false);
  }
});
