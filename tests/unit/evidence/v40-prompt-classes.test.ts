// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { promptsOf } from './prompts-alone';

/**
 * Prompt classes the fortieth held-out set showed, read on purpose after its one measurement: a year owned as not good
 * enough, work delivered late on an estimate too low, contracts lost, people not kept informed and a fix owed; and a survey
 * told of as the place people said it ("i enkäten"), no invitation to take one. Sentences written for this test.
 */

describe('shortfalls owned: not good enough, late, underestimated, contracts lost, people not kept informed', () => {
  test.each([
    ['nb', 'Dette året har ikke vært bra nok på alle områder.'],
    // Read so before the fix too (an older cue); kept as the class's Swedish form.
    ['sv', 'Det här året har inte varit bra nog på alla områden.'],
    ['en', 'Two of our designs were delivered late to the yard because we underestimated the engineering hours needed.'],
    ['nb', 'To av konstruksjonene våre kom fram etter planen fordi vi undervurderte timene.'],
    ['sv', 'Två av våra konstruktioner kom fram efter planen eftersom vi underskattade timmarna.'],
    ['en', 'Last winter we lost two big contracts because our deliveries were up to a week behind.'],
    ['nb', 'I fjor vinter tapte vi to store kontrakter fordi leveransene kom opptil en uke etter avtalen.'],
    ['sv', 'I fjol vinter förlorade vi två stora kontrakt eftersom leveranserna kom upp till en vecka efter avtalet.'],
    ['en', 'Patients told us that they were not kept informed while they waited, and we have to fix that.'],
    // Read so before the fix too (an older cue); kept as the class's Bokmål form.
    ['nb', 'Pasientene sa at de ikke ble holdt orientert mens de ventet, og det må vi rette opp.'],
    ['sv', 'Patienterna sa i enkäten att de inte hölls informerade medan de väntade, och det måste vi rätta till.'],
  ] as const)('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('do-better');
  });
  test.each([
    // Guards: a contract won, no customer lost, a survey to take.
    ['en', 'We won two big contracts for the new ferries.'],
    ['en', 'We lost not a single customer last year.'],
    ['nb', 'Vi tapte ikke en eneste kunde i fjor.'],
    ['sv', 'Vi förlorade inte en enda kund i fjol.'],
    ['sv', 'Svara på enkäten och vinn en resa till fjällen!'],
  ] as const)('%s: no shortfall: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('do-better');
  });
});
