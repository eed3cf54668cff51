// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { scoreBlocks } from '../../../core/evidence/score';
import { promptsOf } from './prompts-alone';

/**
 * Prompt classes the fifty-fourth held-out set showed, read in the session after the one that measured it: a public body's
 * plan told in the genitive ("… municipality's tourism program aims for …", "The … Government's new roads program …", "The
 * Regional District's new housing plan calls for …") and municipal others ("Municipal water utilities … expect …"); a forecast
 * cut as a shortfall; a unit's move with its season and year a plan ("Avdelingen flytter våren 2027 …"); a unit split in groups, a works' shift pattern and a works' shop as units; a result below the target no
 * plan; a forecast with "when" no routine; a routine told with its case first ("When a boat lands with us …, the plant manager
 * meets …"); a colleague's path "den vägen"; a person card's own line no value of the house's. Sentences written for this test.
 */

describe("another's plan", () => {
  test.each([
    "Ulvsalla municipality's tourism program aims for 300,000 overnight stays in the region by 2030.",
    "The Ulvland Territory Government's new roads program includes sealing another 60 kilometres of the highway by 2029.",
    "The Regional District's new housing plan calls for 400 homes in the region by 2030, which would be good news for every mill.",
    'Municipal water utilities in Sweden expect to spend billions on new treatment plants by 2035.',
  ])('en: not strategy: %s', (sentence) => {
    expect(promptsOf(sentence, 'en')).not.toContain('strategy');
  });
  test("guards: the company's own plan, and a unit of its own with a utilities word in its name", () => {
    expect(promptsOf('We will open four new runs on the northern slope for the 2027–2028 season and add 60 beds by 2029.', 'en')).toContain('strategy');
    expect(promptsOf('The energy and utilities team looks after the boilers, and it will lead the electrode boiler project.', 'en')).toContain('department');
  });
});

describe('a forecast cut is a shortfall', () => {
  test.each([
    ['en', 'Ulvstone Flats cut its guidance twice this year after grades in the main stope came in lower than the model predicted.'],
    ['nb', 'Selskapet nedjusterte prognosen for året i oktober.'],
    ['sv', 'Bolaget sänkte prognosen för helåret i oktober.'],
  ] as const)('%s: do-better: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('do-better');
  });
});

describe('units', () => {
  test.each([
    ['en', 'R&D is split between a hydraulics group and an electronics group that develops our drives.'],
    ['en', 'The mould shop makes the plugs and moulds for every hull and turns a new design into tooling in ten weeks.'],
    ['nb', 'Forskningen er delt mellom en hydraulikkgruppe og en elektronikkgruppe.'],
    ['sv', 'Forskningen är uppdelad i en hydraulikgrupp och en elektronikgrupp.'],
    ['sv', 'Valsverket körs i femskift och valsade 214 000 ton under 2025.'],
  ] as const)('%s: department: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('department');
  });
  test('guard: a shop that sells is no unit', () => {
    expect(promptsOf('The gift shop sells local wool and knitwear.', 'en')).not.toContain('department');
  });
});

describe("a unit's move with its season and year is a plan", () => {
  test.each([
    ['nb', 'Avdelingen flytter våren 2027 inn i et nytt bygg med egen sansehage.'],
    ['sv', 'Avdelningen flyttar hösten 2027 in i en ny byggnad vid hamnen.'],
  ] as const)('%s: strategy: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang, 'job-ad')).toContain('strategy');
  });
});

describe('no plan: a result below the target', () => {
  test.each([
    ['sv', 'Leveransprecisionen har legat under målet hela hösten, och flera kunder har klagat på sena leveranser.'],
    ['nb', 'Leveringspresisjonen har ligget under målet hele høsten, og flere kunder har klaget på sene leveranser.'],
    // Read so before in English.
    ['en', 'Delivery precision has been below target all autumn, and several customers have complained about late deliveries.'],
  ] as const)('%s: not strategy: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('strategy');
  });
});

describe('routines told with their case', () => {
  test.each([
    ['en', 'When a boat lands with us for the first time, the plant manager meets the skipper on the quay and shows him how we grade the fish.'],
    ['nb', 'Når en båt står på slippen, spiser skipperen lunsj sammen med oss, og vi viser ham hva vi har funnet.'],
    ['sv', 'När en ny kund kommer till oss, går vi igenom hela fabriken tillsammans innan vi skriver avtal.'],
  ] as const)('%s: values: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('values');
  });
  test.each([
    ['nb', 'Vi venter høyere aktivitet i fjerde kvartal, når tre store butikkprosjekter skal overleveres.'],
    ['sv', 'Vi räknar med mer arbete i vår, när två stora projekt ska lämnas över.'],
    ['en', 'When the grid is under strain, we pay you to pause charging for up to an hour.'],
    ['en', 'When the storm hit in October, we had only one crew on call.'],
  ] as const)('%s: (guard) a forecast, an offer, a past: not values: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('values');
  });
});

describe("a colleague's path", () => {
  test.each([
    ['sv', 'Sju av dagens tio skiftledare har gått den vägen.'],
    ['en', "Seven of today's ten shift leaders have taken that route."],
  ] as const)('%s: career-goals: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('career-goals');
  });
  test('guard: a way of working is no path', () => {
    expect(promptsOf('Tre av våra fem team arbetar på det sättet.', 'sv')).not.toContain('career-goals');
  });
});

describe("a person card's line", () => {
  test("en: the bio under a name and a role is the person's, no value of the house's", () => {
    const blocks = [
      { tag: 'h2', text: 'People you will meet' },
      { tag: 'h3', text: 'Noora Ulvtanen', heading: 'People you will meet' },
      { tag: 'p', text: 'HR and staff housing', heading: 'Noora Ulvtanen' },
      { tag: 'p', text: 'Noora Ulvtanen answers every application herself and finds a bed for each seasonal worker before they arrive.', heading: 'Noora Ulvtanen' },
      { tag: 'h2', text: 'How we work' },
      { tag: 'p', text: 'We eat lunch together in the staff cabin every day, managers included.', heading: 'How we work' },
    ];
    const values = scoreBlocks(blocks, 'en', undefined, { clipKind: 'company' }).filter((h) => h.promptId === 'values').map((h) => h.sentence);
    expect(values).not.toContain(blocks[3]!.text);
    expect(values).toContain(blocks[5]!.text);
  });
});
