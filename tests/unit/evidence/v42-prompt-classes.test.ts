// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { isPersonName } from '../../../core/evidence/people-names';
import { personUnits } from '../../../core/evidence/person-units';
import { namesUnitAsSubject } from '../../../core/evidence/unit-subject';
import { promptsOf } from './prompts-alone';

/**
 * Prompt classes the forty-second held-out set showed, read on purpose after its one measurement: a name with a title
 * before it or credentials after it on a team page; a unit counted after "of" or "employs" ("sysselsetter",
 * "sysselsätter"); a plan told as "the plan is to"; a level owned as too high with a word between ("also too high",
 * "vilket är för högt"). Sentences written for this test.
 */

describe('a name with a title before it or credentials after it is a person on a team page', () => {
  const team = (name: string, post: string, bio: string) => [
    { tag: 'h3', text: name, heading: 'Leadership' },
    { tag: 'p', text: post, heading: name },
    { tag: 'p', text: bio, heading: name },
  ];
  test.each([
    ['en', 'Dr. Miriam Glimsdale', 'Lead Physician', 'Miriam has practised family medicine in the town for 18 years and chairs the quality committee.'],
    ['en', 'Rachel Glimford, RN, CDE', 'Diabetes Nurse Educator', 'Rachel started with us as a practical nurse in 2015 and became a certified educator in 2021.'],
    ['nb', 'Dr. Kari Glimsvik', 'Overlege', 'Kari har ledet avdelingen siden 2019 og underviser nye leger.'],
    ['sv', 'Anna Glimström, PhD', 'Forskningschef', 'Anna leder labbet och handleder våra doktorander.'],
  ] as const)('%s: %s', (lang, name, post, bio) => {
    const [unit] = personUnits(team(name, post, bio), lang);
    expect(unit?.parts).toEqual([name, post, bio]);
  });
  test.each([
    // Guards: a role after a comma is no credential; a heading's words are no name.
    ['Kari Lie, CEO', false],
    ['Dr. Meet Our Team', false],
    ['Mr Glimsby', false],
  ] as const)('%s', (text, person) => {
    expect(isPersonName(text)).toBe(person);
  });
});

describe('a unit counted after "of" or "employs" is the team you would join', () => {
  test.each([
    ['en', 'The Energy and Heat Recovery unit of four engineers runs the connection to the district heating network.'],
    ['en', 'A separate Quality Lab of five people measures every first piece.'],
    ['en', 'The planing mill employs 26 people on two shifts and makes panelling.'],
    ['nb', 'Høvleriet sysselsetter 26 personer på to skift.'],
    ['sv', 'Lackeringen sysselsätter nio personer i två skift.'],
  ] as const)('%s: %s', (_lang, sentence) => {
    expect(namesUnitAsSubject(sentence)).toBe(true);
  });
  test.each([
    // Guards: the whole firm by its count, a price of two things, a large plant's payroll.
    ['en', 'The company employs 140 people in three countries.'],
    ['nb', 'Bedriften sysselsetter 26 personer.'],
    ['sv', 'Företaget sysselsätter 26 personer.'],
    ['en', 'The price of two tickets went up.'],
    ['en', 'The sawmill employs 140 people.'],
  ] as const)('%s: no unit: %s', (_lang, sentence) => {
    expect(namesUnitAsSubject(sentence)).toBe(false);
  });
});

describe('a plan told as "the plan is to", and a level owned as too high with a word between', () => {
  test.each([
    ['en', 'The plan is to open the lower gallery to visitors in the summer of 2028.', 'strategy'],
    ['nb', 'Planen er å åpne den nedre gruvegangen for publikum sommeren 2028.', 'strategy'],
    ['sv', 'Planen är att öppna den nedre orten för besökare sommaren 2028.', 'strategy'],
    ['en', 'Our scrap rate on long shafts was also too high, because our own setup instructions were out of date.', 'do-better'],
    ['nb', 'Vrakandelen på lange aksler lå på 6 prosent, noe som er for høyt og koster oss en million i året.', 'do-better'],
    ['sv', 'Kassationerna i limträlinjen låg på 6,2 procent, vilket är för högt och kostar oss en miljon per år.', 'do-better'],
  ] as const)('%s: %s', (lang, sentence, prompt) => {
    expect(promptsOf(sentence, lang)).toContain(prompt);
  });
  test.each([
    // Guards: a price too high for the customer is no level owned; a plan to apply is the reader's.
    ['en', 'Is the price too high for you? Call us.', 'do-better'],
    ['sv', 'Planerar du att söka? Ansök senast 10 januari.', 'strategy'],
  ] as const)('%s: not %s: %s', (lang, sentence, prompt) => {
    expect(promptsOf(sentence, lang)).not.toContain(prompt);
  });
});
