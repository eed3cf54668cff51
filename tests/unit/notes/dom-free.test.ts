// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../core/notes/', import.meta.url));
const sources = readdirSync(root)
  .filter((file) => file.endsWith('.ts'))
  .map((file) => [file, readFileSync(join(root, file), 'utf8')] as const);

describe('notes run anywhere the database does', () => {
  it.each(sources)('core/notes/%s uses no DOM or extension API', (_, source) => {
    expect(source).not.toMatch(/\b(?:document|window|DOMParser|localStorage|chrome|browser)\s*[.[(]/);
  });
});
