// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../core/', import.meta.url));
const sources = ['evidence', 'prompts'].flatMap((dir) =>
  readdirSync(join(root, dir))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => [`${dir}/${file}`, readFileSync(join(root, dir, file), 'utf8')] as const),
);

describe('evidence and prompts run in a service worker', () => {
  it.each(sources)('%s uses no DOM, storage or extension API', (_, source) => {
    expect(source).not.toMatch(/\b(?:document|window|DOMParser|localStorage|indexedDB|chrome|browser)\s*[.[(]/);
  });
});
