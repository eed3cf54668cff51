// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { planOfOthers } from '../../../core/evidence/others-plans';
import { fold, words } from '../../../core/evidence/stems';
import { namesUnitAsSubject } from '../../../core/evidence/unit-subject';
import { promptsOf } from './prompts-alone';

/**
 * Prompt classes the thirty-eighth held-out set showed, read on purpose after its one measurement: a county's investment
 * and a goal a government has set, theirs; a unit named by the work it does, with no unit word; colleagues counted and
 * where they stand now. Sentences written for this test in each language.
 */

describe("a county's investment and a goal another body has set are theirs", () => {
  test.each([
    ['en', 'The county is investing in a new road between the two towns, due to open in 2028.'],
    ['en', 'The Island Government has set a goal of making every building energy efficient by 2030.'],
    ['nb', 'Fylket har satt et mål om utslippsfrie ferjer innen 2030.'],
    ['sv', 'Länet har satt ett mål om fossilfria färjor till 2030.'],
  ] as const)('%s: %s', (lang, sentence) => {
    expect(planOfOthers(words(fold(sentence)), false, sentence)).toBe(true);
    expect(promptsOf(sentence, lang)).not.toContain('strategy');
  });
  test("the company's own investment and goal stay its own", () => {
    for (const sentence of ['We are investing in a new line in 2027.', 'We have set a goal of cutting diesel use by half by 2030.']) {
      expect(planOfOthers(words(fold(sentence)), false, sentence), sentence).toBe(false);
    }
  });
});

describe('a unit named by the work it does, with no unit word', () => {
  test.each([
    ['nb', 'Kundeservice har flyttet til Honningsvåg og svarer på telefon fra klokken 06 til 22.'],
    ['nb', 'Stopperiet, der 18 tapetserere og syersker jobber, er hjertet i fabrikken.'],
    ['sv', 'Trafikledningen har flyttat till en ny central och bemannas nu dygnet runt.'],
    ['sv', 'Köket i restaurang Tallstugan växer från sju till elva kockar.'],
    ['en', 'Customer Service moved to Nassau in May and now answers calls until ten.'],
  ] as const)('%s: %s', (_lang, sentence) => {
    expect(namesUnitAsSubject(sentence)).toBe(true);
  });
  test.each([
    // Guards: the sale of something, and a bakery that is the company itself in a paper's story.
    ['Salget av hytter økte i fjor.'],
    ['Bageriet på Västerslätt har tagit in extra personal inför Lucia.'],
  ])('no unit: %s', (sentence) => {
    expect(namesUnitAsSubject(sentence)).toBe(false);
  });
});

describe('colleagues counted, and where they stand now', () => {
  test.each([
    ['en', 'Eleven line operators completed our Supervisor Pathway in 2026 and now lead shifts at both plants.'],
    ['sv', 'Vår bagarskola har utbildat 26 nya bagare sedan 2022, och sex av dem är i dag skiftledare.'],
    ['nb', 'Vi tar inn to lærlinger i energimontørfaget hvert år, og de fleste fortsetter som driftsteknikere hos oss.'],
  ] as const)('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('career-goals');
  });
  test.each([
    // Guards: counted customers, and the reader counted.
    ['nb', 'Tre av våre kunder er i dag store eksportører.'],
    ['nb', 'Mange av dere vet at butikken nå er åpen på søndager.'],
  ] as const)('%s: no path: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('career-goals');
  });
});
