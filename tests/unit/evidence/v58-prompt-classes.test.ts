// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { promptsOf } from './prompts-alone';

/**
 * Prompt classes the fifty-eighth held-out set showed, read in the session that measured it: a unit that works in a count of
 * shifts ("The potroom runs … in five shifts", "Justerverket … kör nu två fulla skift"); scrap that rose and an admission
 * ("Vi ska inte sticka under stol med att …"); studying towards a trade, paid by the company ("läser han till … betald av
 * företaget"). Sentences written for this test.
 */

describe('a unit in its shifts', () => {
  test.each([
    ['en', 'The potroom runs 220 electrolysis cells around the clock in five shifts.'],
    // Read so before in Bokmål ("kjører … skift" a cue of its own).
    ['nb', 'Valseverket har fått to nye operatører og kjører nå tre skift.'],
    ['sv', 'Justerverket har fått tre nya operatörer och kör nu två fulla skift.'],
  ] as const)('%s: department: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('department');
  });
  test('guard: "we" in shifts names no unit', () => {
    expect(promptsOf('Vi kör två skift.', 'sv')).not.toContain('department');
  });
});

describe('scrap that rose, owned', () => {
  test.each([
    ['en', "We won't hide that the autumn was hard: the scrap rate rose to 7 percent in October."],
    ['nb', 'Vi skal ikke legge skjul på at høsten var tung: kassasjonen økte til 7 prosent i oktober.'],
    ['sv', 'Vi ska inte sticka under stol med att hösten varit tung: kassationen steg till 7 procent i oktober.'],
  ] as const)('%s: do-better: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('do-better');
  });
});

describe('studying towards a trade, paid by the company', () => {
  test.each([
    ['sv', 'Nu läser han till sågverkstekniker på distans, betald av företaget.'],
    ['nb', 'Nå leser hun til sagbrukstekniker på nett, betalt av bedriften.'],
    // Read so before in English ("become a … technician" a path).
    ['en', 'She now studies to become a sawmill technician online, paid for by the company.'],
  ] as const)('%s: career-goals: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('career-goals');
  });
  test('guard: a study the reader may take, nothing paid', () => {
    expect(promptsOf('Du kan läsa till sågverkstekniker om du vill.', 'sv')).not.toContain('career-goals');
  });
});
