// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { namesUnitAsSubject } from '../../../core/evidence/unit-subject';
import { promptsOf } from './prompts-alone';

/**
 * Prompt classes the forty-third held-out set showed, read on purpose after its one measurement: a company's aim told as
 * "it aims to"; capacity owned as lacking; a post that grows or is taken over in time; a unit run by its people with
 * "now" or "i dag" before "by". Left out: late departures (read so already in Bokmål and Swedish; the English "left late"
 * would also find "left later") and a year owned as hard (the tuning cases label it no shortfall, nine annual reports and
 * interviews). Sentences written for this test.
 */

describe('aims, late departures, capacity lacking and a post that grows', () => {
  test.each([
    ['en', 'It also aims to raise winter service revenue by 40 per cent within two years.', 'strategy'],
    ['nb', '– Vi har rett og slett ikke hatt kapasitet.', 'do-better'],
    ['sv', '– Vi har helt enkelt inte haft kapacitet.', 'do-better'],
    ['en', 'After a year the role can grow into operations manager for the whole farm.', 'career-goals'],
    ['nb', 'Etter fagbrevet får han fast jobb og skal etter hvert ta over ansvaret for restaureringene.', 'career-goals'],
    ['sv', 'Efter ett år kan tjänsten växa till driftschef för hela gården.', 'career-goals'],
  ] as const)('%s: %s', (lang, sentence, prompt) => {
    expect(promptsOf(sentence, lang)).toContain(prompt);
  });
  test.each([
    // Guards: a shop's late opening hours, the reader's own aim.
    ['nb', 'Butikken er åpen til sent på kvelden.', 'do-better'],
    ['sv', 'Vill du växa till en ledarroll? Sök tjänsten!', 'career-goals'],
  ] as const)('%s: not %s: %s', (lang, sentence, prompt) => {
    expect(promptsOf(sentence, lang)).not.toContain(prompt);
  });
});

describe('a unit run by its people with "now" or "i dag" before "by"', () => {
  test.each([
    ['sv', 'Växtodlingen sköts i dag av tre personer och ansvarar för 400 hektar.'],
    ['nb', 'Kaiområdet betjenes nå av fire lastere.'],
    ['en', 'The quay is now staffed by four loaders.'],
  ] as const)('%s: %s', (_lang, sentence) => {
    expect(namesUnitAsSubject(sentence)).toBe(true);
  });
  test('guard: a day is no unit', () => {
    expect(namesUnitAsSubject('Dagen sköts i dag av tre personer.')).toBe(false);
  });
});
