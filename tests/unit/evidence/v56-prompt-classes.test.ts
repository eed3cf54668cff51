// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { promptsOf } from './prompts-alone';

/**
 * Prompt classes the fifty-sixth held-out set showed, read in the session after the one that measured it: a level owned as
 * too high in a clause of its own, a figure the house works to lower, a tool customers found hard to use (do-better); a
 * unit named "our asset management group" and a unit told by the people who work "there" (department); a cut before a year
 * of the next decade and "nästa år börjar vi …" (strategy); eyesight is no vision. Sentences written for this test.
 */

describe('do-better', () => {
  test.each([
    ['en', 'Rework in the paint shop was 6 percent last year, and that is too high.'],
    ['en', 'Absence on the night shift was 9 percent last winter, and we are working to bring it down.'],
    ['en', 'Customers told us that our ordering page was hard to use on a phone.'],
    ['nb', 'Vrakandelen i lakkeringen var på 6 prosent i fjor, og det er for høyt.'],
    ['nb', 'Kundene har sagt at bestillingssiden er vanskelig å bruke på mobilen.'],
    ['sv', 'Kassationen i lackeringen låg på 6 procent i fjol, och det är för högt.'],
    ['sv', 'Kunderna har sagt att beställningssidan är svår att använda i mobilen.'],
  ] as const)('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('do-better');
  });
  test('guards: a price called low, a plan to lower costs with a year', () => {
    expect(promptsOf('Our prices are low and our delivery is fast.', 'en')).not.toContain('do-better');
    expect(promptsOf('Vi har låga priser och snabba leveranser.', 'sv')).not.toContain('do-better');
  });
});

describe('department', () => {
  test.each([
    ['en', 'Our asset management group in Bergen handles grid contracts and power sales.'],
    ['nb', 'Røykeriet lager laks og sik hele året, og der jobber seks personer.'],
    ['sv', 'Packhallen sköter all utleverans, och där arbetar sju anställda.'],
  ] as const)('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('department');
  });
  test('guards: the managers’ group is people, and a hall where visitors come is no unit', () => {
    expect(promptsOf('Our senior management group meets every Monday.', 'en')).not.toContain('department');
    expect(promptsOf('Idrettshallen er åpen hver kveld, og der trener mange barn.', 'nb')).not.toContain('department');
  });
});

describe('strategy', () => {
  test.each([
    ['en', 'We will also cut fuel use per tonne by 15% before 2030 by moving the pumps to grid power.'],
    ['nb', 'Vi skal kutte dieselbruken med en firedel før 2030 ved å elektrifisere pumpene.'],
    ['sv', 'Redan nästa år börjar vi leverera färdiga väggelement till två husfabriker.'],
  ] as const)('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('strategy');
  });
  test('guard: a day that begins is no plan', () => {
    expect(promptsOf('Dagen börjar vi alltid med en genomgång i fikarummet.', 'sv')).not.toContain('strategy');
  });
});

describe('eyesight is no vision', () => {
  test('en: "hearing and vision checks" for schools', () => {
    expect(promptsOf('The Children’s Services unit runs the playgroups and the hearing and vision checks for five schools.', 'en')).not.toContain('vision');
  });
  test('guard: a vision stated', () => {
    expect(promptsOf('Our vision is that every family in the valley can get care close to home.', 'en')).toContain('vision');
  });
});
