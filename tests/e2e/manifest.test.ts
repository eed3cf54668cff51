import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { OUTPUT_DIR } from './browser';

const ROOT = join(import.meta.dirname, '..', '..');

function manifest(build: string): Record<string, unknown> {
  const file = join(OUTPUT_DIR, build, 'manifest.json');
  if (!existsSync(file)) throw new Error(`No ${build} build: run "npm run test:e2e", which builds it first.`);
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

/** The permissions the README explains, one per row of its permissions table. */
function explainedPermissions(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.split(/^## /m).find((part) => part.startsWith('Permissions')) ?? '';
  return [...section.matchAll(/^\| `([\w]+)` \|/gm)].map((m) => m[1]!);
}

describe('the production manifest', () => {
  const production = manifest('chrome-mv3');

  test('asks for no host permissions and injects no content script on its own', () => {
    expect(production['host_permissions']).toBeUndefined();
    expect(production['optional_host_permissions']).toBeUndefined();
    expect(production['content_scripts']).toBeUndefined();
  });

  test('asks only for the permissions the README explains', () => {
    const explained = explainedPermissions();
    expect(explained.length).toBeGreaterThan(0);
    expect([...(production['permissions'] as string[])].sort()).toEqual([...explained].sort());
  });

  test('the production background has no door for the end-to-end tests', () => {
    expect(readFileSync(join(OUTPUT_DIR, 'chrome-mv3', 'background.js'), 'utf8')).not.toContain('roundTwoE2e');
  });

  test('the test build differs only by access to local test pages', () => {
    const e2e = manifest('chrome-mv3-e2e');
    expect(e2e['host_permissions']).toEqual(['http://127.0.0.1/*']);
    expect(e2e['permissions']).toEqual(production['permissions']);
  });
});
