// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { scoreBlocks } from '../../../core/evidence/score';
import { activeModel, useEvidenceModel } from '../../../core/evidence/model/judge';
import { promptsOf } from './prompts-alone';

/**
 * Prompt classes the thirtieth held-out set showed (its cases read after the move into tuning): a party the company
 * serves, named by a clause ("Et av rederiene vi bygger for"), plans for itself; a habit kept each night or each shift,
 * told in the Nordic word order or with a clause of its own after it; a step open after a course; a path on offered
 * tells a unit less; a season's weather told as a cause. Sentences written for this test.
 */

describe('a party the company serves, named by that clause, plans for itself', () => {
  test.each([
    ['nb', 'Et av rederiene vi bygger for, planlegger å fornye hele fergeflåten innen 2030.'],
    ['sv', 'Ett av rederierna vi bygger åt planerar att förnya hela färjeflottan till 2030.'],
    ['en', 'One of the ferry operators we build for plans to renew its whole fleet by 2030.'],
  ] as const)('%s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('strategy');
  });

  test.each([
    ['nb', 'Fartøyene vi bygger for Fjord1 skal gå på batteri innen 2030.'],
    ['sv', 'Färjorna vi bygger åt Gotlandsbolaget ska gå på batteri till 2030.'],
    ['en', 'The ferries we build for Fjord Line will run on batteries by 2030.'],
  ] as const)("%s: what the company builds for a customer is still the company's plan", (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('strategy');
  });
});

describe('a habit kept each night or each shift is a value', () => {
  test.each([
    ['sv', 'Varje natt smakar nattbagarna av minst ett bröd från varje deg innan det packas.'],
    ['nb', 'Hver natt smaker nattbakerne minst ett brød fra hver deig før det pakkes.'],
    ['sv', 'Vi börjar varje pass med fem minuter vid tavlan där alla säger hur natten har gått.'],
    ['nb', 'Vi starter hvert skift med fem minutter ved tavla der alle sier hvordan natta har gått.'],
    ['en', 'We start every shift with five minutes at the board where everyone says how the night has gone.'],
  ] as const)('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('values');
  });

  test.each([
    ['nb', 'Hver dag leverer vi 3000 måltider til sykehjemmene.'],
    ['sv', 'Varje dag levererar vi 3000 måltider till äldreboendena.'],
    ['en', 'Every day we deliver 3000 meals to care homes.'],
  ] as const)('%s: how much is done each day is no habit', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('values');
  });
});

describe('a step open once a course is done is a career goal, and tells a unit less than a sentence about the unit', () => {
  test.each([
    ['en', 'After the programme you can lead an improvement team or become a production supervisor.', 'Our design team in Mariestad works directly with dealers on new ranges.'],
    ['sv', 'Efter programmet kan du leda ett förbättringsteam eller bli produktionsledare.', 'Designavdelningen i Mariestad arbetar direkt med återförsäljarna med nya serier.'],
    ['nb', 'Etter traineeprogrammet kan du lede et eget team eller bli produksjonsleder.', 'Designteamet vårt i Horten jobber direkte med forhandlerne om nye serier.'],
  ] as const)('%s', (lang, path, unit) => {
    expect(promptsOf(path, lang)).toContain('career-goals');
    const shipped = activeModel();
    useEvidenceModel(undefined);
    try {
      const hits = scoreBlocks([{ tag: 'p', text: path }, { tag: 'p', text: unit }], lang, undefined, { clipKind: 'company' }).filter((h) => h.promptId === 'department');
      const score = (s: string) => hits.find((h) => h.sentence === s)?.score ?? 0;
      expect(score(unit)).toBeGreaterThan(score(path));
    } finally {
      useEvidenceModel(shipped);
    }
  });
});

describe("a season's weather told as the cause of a loss is no shortfall of the company's", () => {
  test.each([
    ['sv', 'Sommaren 2026 var också ovanligt regnig, vilket minskade försäljningen på uteserveringar i hela regionen.'],
    ['nb', 'Sommeren 2026 var også uvanlig regnfull, noe som reduserte salget på uteserveringer med en firedel.'],
    ['en', 'The summer of 2026 was also unusually wet, which cut sales at outdoor terraces by a quarter.'],
  ] as const)('%s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('do-better');
  });

  test('sv: the weather beside what the company failed to do is still its shortfall', () => {
    expect(promptsOf('Sommaren 2026 var också ovanligt regnig, och vi hann inte leverera till hälften av kunderna.', 'sv')).toContain('do-better');
  });
});
