// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { planOfOthers } from '../../../core/evidence/others-plans';
import { personUnits } from '../../../core/evidence/person-units';
import { fold, words } from '../../../core/evidence/stems';
import { promptsOf } from './prompts-alone';

/**
 * Prompt classes the thirty-seventh held-out set showed, read on purpose after its one measurement: a role line over
 * a bio that names the person; a plan called "its own", another's; telling the people served of a delay, a habit.
 * Sentences written for this test in each language.
 */

const blocks = (...texts: string[]) => texts.map((text) => ({ tag: 'p', text, heading: 'Board and management' }));

describe('a role line over a bio that names the person is one person', () => {
  test.each([
    ['en', 'Chairman', 'Tavita Glimsen has chaired the board since 2022 and also leads the audit committee.'],
    ['en', 'Wharf Supervisor', '“I came for one ship call in 2015 and never left,” says Lim Wei Glim, who now runs the wharf crew.'],
    ['nb', 'Serviceleder', 'Oddvar Glimsvik fordeler oppdragene hver morgen og tar selv de vanskeligste feilsøkingene.'],
    ['sv', 'Teknisk chef', 'Mats Glimström ansvarar för fartygens underhåll och för elektrifieringen av flottan.'],
  ] as const)('%s: %s', (lang, role, bio) => {
    const [unit] = personUnits(blocks(role, bio), lang);
    expect(unit?.parts).toEqual([role, bio]);
  });
  test.each([
    // Guards: a section's heading over the first paragraph, and a role line over a sentence about the company.
    ['en', [{ tag: 'h2', text: 'Letter from the CEO', heading: 'Annual report' }, { tag: 'p', text: 'Glimsvik Meieri exists to turn milk from the mountain farms into cheese.', heading: 'Letter from the CEO' }]],
    ['nb', blocks('Daglig leder', 'Selskapet har levert fryseanlegg til hele kysten siden 1996.')],
  ] as const)('%s: no person', (lang, read) => {
    expect(personUnits(read, lang)).toEqual([]);
  });
});

describe('a plan called "its own" is another\'s', () => {
  test.each([
    ['en', "The Government's national strategy sets its own targets for outer-island transport."],
    ['en', 'The Public Entity sets its own goal of a climate-neutral island by 2040 in its energy plan.'],
    ['nb', 'Fylket har sin egen plan for hurtigbåtene fram mot 2030.'],
    ['sv', 'Regionen har sina egna mål för skärgårdstrafiken till 2030.'],
  ] as const)('%s: %s', (lang, sentence) => {
    expect(planOfOthers(words(fold(sentence)), false, sentence), lang).toBe(true);
    expect(promptsOf(sentence, lang)).not.toContain('strategy');
  });
  test('the company\'s own plan stays its own', () => {
    const sentence = 'By 2030 we will replace our own vessel and reach our own targets for fuel.';
    expect(planOfOthers(words(fold(sentence)), false, sentence)).toBe(false);
    expect(promptsOf(sentence, 'en')).toContain('strategy');
  });
  test("another body's plan is no shortfall of the company's either", () => {
    expect(promptsOf("Glimsvik's government aims to cap visitor numbers under its own tourism plan.", 'en')).not.toContain('do-better');
  });
});

describe('telling the people served of a delay is a habit, no shortfall', () => {
  test.each([
    ['en', 'We tell customers about a delay as soon as we know of it.'],
    ['nb', 'Vi forteller kundene om forsinkelser så snart vi vet om dem.'],
    ['sv', 'Vi berättar för resenärerna om förseningar innan de står på bryggan.'],
  ] as const)('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('do-better');
  });
  test('a delay had is still one', () => {
    expect(promptsOf('Eleven voyages left more than two days late because spare parts took seven weeks to arrive.', 'en')).toContain('do-better');
  });
});

describe("what an ad asks of the applicant is a quality wanted, no habit of the house", () => {
  test.each([
    ['en', 'We place great emphasis on you being calm and clear when many passengers need help.'],
    ['nb', 'Vi legger vekt på at du er rolig og tydelig når mange passasjerer trenger hjelp samtidig.'],
    ['sv', 'Vi lägger vikt vid att du är lugn och tydlig när många resenärer behöver hjälp.'],
  ] as const)('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang, 'job-ad')).not.toContain('values');
  });
});
