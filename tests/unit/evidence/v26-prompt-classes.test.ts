// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { promptsOf } from './prompts-alone';

/**
 * Prompt classes of the twenty-sixth held-out set, moved into tuning. Sentences written for this test, none copied from
 * the fixtures; the rules alone (no learned judge), so the structure is what is tested.
 */

describe("strategy, department: a body of the state or of a trade named by its kind plans or expects ('the Chamber expects', 'Kystverket planlegger', 'Trafikverket planerar')", () => {
  it.each([
    ['en', 'The Northern Freight Chamber expects container volumes through the port to fall again next year.'],
    ['en', 'The World Health Organization is expected to publish new rules for hospital cleaning in 2027.'],
    ['en', 'The Scottish Renewable Energy Agency expects offshore wind in the region to double by 2030.'],
    ['nb', 'Kystverket planlegger å mudre innseilingen til Vardø havn i 2027.'],
    ['nb', 'Miljødirektoratet forventer at kravene til utslipp blir strengere de neste årene.'],
    ['sv', 'Trafikverket planerar att bygga ut E4 förbi Sundsvall till 2030.'],
    ['sv', 'Energimyndigheten räknar med att elpriserna stiger igen nästa vinter.'],
  ])('%s: their plan, not the company\'s strategy or unit: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('strategy');
    expect(promptsOf(sentence, lang)).not.toContain('department');
  });

  it.each([
    ['en', 'Our Bergen office will open a test lab for subsea valves in 2027.'],
    ['nb', 'Vi planlegger å åpne et nytt verksted i Vardø i 2027.'],
    ['sv', 'Vi planerar att öppna ett nytt kontor i Sundsvall till 2028.'],
  ])('%s: the company\'s own plan stays a plan: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('strategy');
  });
});
