// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { promptsOf } from './prompts-alone';

/**
 * Prompt classes the thirty-sixth held-out set showed, read on purpose after its one measurement. Sentences written for
 * this test in each language.
 */

describe('a unit or a furniture maker before a role, in a "Name – Role." line, is no person', () => {
  test.each([
    ['en', 'Marine Electronics Department – Electronics Technician.'],
    ['nb', 'Glimsvik Møbel – Eksportansvarlig.'],
    ['sv', 'Glimsvik Möbler – Exportansvarig.'],
    ['nb', 'Kvalitetsavdelingen Seksjon – Kvalitetsleder.'],
  ] as const)('%s: %s', (lang, line) => {
    expect(promptsOf(line, lang, 'job-ad')).not.toContain('people');
  });
  test('a person before the role still is one', () => {
    expect(promptsOf('Joaquin Mesa – Director of Rooms.', 'en')).toContain('people');
    expect(promptsOf('Eirik Hjelle – Salgssjef.', 'nb')).toContain('people');
  });
});
