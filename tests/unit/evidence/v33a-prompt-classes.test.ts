// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { jobAdEvidence } from '../../../core/evidence/job-ad';
import { promptsOf } from './prompts-alone';

/**
 * Prompt classes the thirty-third held-out set (part A) showed, read on purpose after its one measurement. Sentences
 * written for this test in each language where the class exists there.
 */

describe('a year told with an English past of its own is history, not a plan', () => {
  test.each([
    'Shipyards in Western Norway saw fewer offshore orders in 2025, and steel prices stayed high across the industry.',
    'Most dairies in the region got fewer tenders in 2025.',
    'Freight rates rose sharply in 2024 and fell back in 2025.',
  ])('%s', (sentence) => {
    expect(promptsOf(sentence, 'en')).not.toContain('strategy');
  });
  test('a present doing word with a time ahead stays a plan', () => {
    expect(promptsOf('A new repair workshop opens in March 2027.', 'en')).toContain('strategy');
  });
});

describe("a link to another ad with its closing date is no plan", () => {
  test.each([
    ['en', 'Production engineer, upholstery shop – apply by 17 January 2027'],
    ['nb', 'Produksjonstekniker, salmakeriet – søknadsfrist 17. januar 2027'],
    ['sv', 'Produktionstekniker, tapetseriet – sök senast 17 januari 2027'],
  ] as const)('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('strategy');
  });
});

describe("a paper's imprint names its editor, nobody at the company", () => {
  test.each([
    ['nb', 'Vikebladet Vestposten · Ansvarleg redaktør: Sølvi Myklebust'],
    ['nb', 'Sortlandsposten · Ansvarlig redaktør: Ronny Eilertsen'],
    ['sv', 'Karlskoga-Kuriren · Ansvarig utgivare: Katarina Ödlund'],
    ['en', 'The Harbour Times · Editor-in-chief: Sarah Jones'],
  ] as const)('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang, 'news')).not.toContain('people');
  });
  test("a staff magazine's publisher with a post of the company's after the name is one of its people", () => {
    expect(promptsOf('Ansvarig utgivare: Petra Ekvall, kommunikationsansvarig', 'sv', 'news')).toContain('people');
  });
});

describe('a unit owned as having been too small: a shortfall', () => {
  test.each([
    ['nb', 'Bakgrunnen er enkel: Elektroavdelingen har vært for liten.'],
    ['sv', 'Monteringen har varit för liten i två år.'],
    // English names the unit as "we" here: "The electrical department has been too small" stays the unit's, as a unit's
    // sentence with a stronger department cue does.
    ['en', 'We have been too small in the electrical department for two years.'],
  ] as const)('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang, 'news')).toContain('do-better');
  });
});

describe('a path the house offers, from where one starts to the post one is given: career', () => {
  test.each([
    ['nb', 'Hos oss kan en ung ingeniør begynne med tegninger og etter tre til fire år få ansvar som prosjektleder for et helt nybygg.'],
    ['sv', 'Hos oss kan en ung ingenjör börja med ritningar och efter tre till fyra år få ansvar som projektledare för ett helt nybygge.'],
    ['en', 'Here a young engineer can start with drawings and after three to four years take responsibility as project manager for a whole newbuild.'],
  ] as const)('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('career-goals');
  });
});

describe("a firm named by its trade's compound is no person, whatever it runs", () => {
  test.each([
    ['nb', 'Eidsfjord Sjøtransport driver fire hurtigbåter og to ferjer i Vesterålen.'],
    ['sv', 'Vika Sjömat driver två fabriker i Bohuslän.'],
    ['en', 'Harbour Transport runs six ferries across the sound.'],
  ] as const)('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang, 'job-ad')).not.toContain('people');
  });
  test.each([
    ['nb', 'Kari Nordmann driver gården sammen med mannen.'],
    ['en', 'Tom Reed runs the night shift.'],
  ] as const)('a person running something stays one: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang, 'job-ad')).toContain('people');
  });
});

describe("an ad's description is read against every prompt: a plan in it is strategy, not vision", () => {
  test.each([
    ['sv', 'Till våren 2027 öppnar vi en ny odlingsavdelning för ätbara växter i Enköping, och vi vill att den ska stå för en femtedel av försäljningen inom tre år.'],
    ['nb', 'Til våren 2027 åpner vi en ny avdeling for spiselige planter i Ski, og vi vil at den skal stå for en femtedel av salget innen tre år.'],
    ['en', 'In spring 2027 we open a new department for edible plants in Enköping, and we want it to make up a fifth of our sales within three years.'],
  ] as const)('%s', (lang, plan) => {
    const description = `Vår uppgift är att få fler att lyckas med sina odlingar.\n\n${plan}`;
    const hits = jobAdEvidence({ hiringOrganization: { name: 'Hjälmsta Trädgård AB' }, description }, lang);
    expect(hits.filter((h) => h.promptId === 'vision').map((h) => h.sentence)).not.toContain(plan);
  });
});

// English names a stage by capitalised words; Bokmål and Swedish by one definite noun ("Monteringen"), no name to mistake.
describe("v31's left class: a stage of the work named in capitals is no person, whatever it runs", () => {
  test.each([
    ['en', 'Engine Test runs every engine for 45 minutes before delivery and feeds the data back to design.'],
    ['en', 'Final Assembly builds 140 engines per shift on two lines.'],
  ] as const)('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('people');
  });
});

describe("review mends: what this stop's classes must not take", () => {
  test('an English past beside a modal leaves the plan', () => {
    expect(promptsOf('The crew that grew from 5 to 12 people will move into the new hall in March 2027.', 'en')).toContain('strategy');
  });
  test.each([
    ['en', 'Tom Bridge runs the night shift at the depot.'],
    ['en', 'Andrew Cloud leads our support team in Leeds.'],
  ] as const)('a surname that is also a street or a platform word stays a person: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang, 'job-ad')).toContain('people');
  });
  test.each([
    ['nb', 'Du kan starte 1. mars og får ansvar som kundeansvarlig for Nord-Norge.'],
    ['sv', 'Du kan börja 1 mars och får ansvar som kundansvarig för Norrland.'],
    ['en', 'You can start immediately and will have responsibility as key account manager for the north.'],
  ] as const)('a start date is no career path: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang, 'job-ad')).not.toContain('career-goals');
  });
  test("an ad's description is read as a job ad's: a vision beside a complaint stays a vision", () => {
    const sentence = 'Vår visjon er å bli best på service, men vi har fått kritikk for lange ventetider.';
    const hits = jobAdEvidence({ hiringOrganization: { name: 'Fjordbuss AS' }, description: sentence }, 'nb');
    expect(hits.filter((h) => h.promptId === 'vision').map((h) => h.sentence)).toContain(sentence);
  });
});

describe("late review mends: what last stop's prompt classes must not take", () => {
  test.each([
    ['en', 'No job has ever been too small for our crew, and we take the small repairs gladly.'],
    ['nb', 'Ingen oppdrag har vært for små for oss, og vi tar gjerne den lille reparasjonen.'],
    ['sv', 'Inga uppdrag har varit för små för oss, och vi tar gärna de små reparationerna.'],
  ] as const)('a boast that nothing was too small is no shortfall: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('do-better');
  });
  test('a shortfall told after another clause stays one', () => {
    expect(promptsOf('Ingen kunder klaget, men lageret har vært for lite i høst.', 'nb')).toContain('do-better');
  });
  test.each([
    ['nb', 'Lærling Ola Hansen vil bli maskinist når fagbrevet er på plass i 2027.'],
    ['sv', 'Lärlingen Emma Lindqvist vill bli maskinist när yrkesbeviset är klart 2027.'],
    ['en', 'Apprentice Maria Olsen wants to become a marine engineer when her certificate is done in 2027.'],
  ] as const)("a named person's ambition is no plan, whatever the name ends in: %s", (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('strategy');
  });
  test('a thing that will be is still a plan of the company', () => {
    expect(promptsOf('Anlegget vil bli utvidet med en ny linje i 2027.', 'nb')).toContain('strategy');
  });
  test('rules that apply by a year, with the company\'s own plan after, stay strategy; a day to apply by is none', () => {
    expect(promptsOf('New EU emission rules apply by 2027, so we will convert the whole fleet to electric ferries.', 'en')).toContain('strategy');
    expect(promptsOf('Production engineer – apply before January 17, 2027', 'en')).not.toContain('strategy');
  });
  test.each([
    ['nb', 'Leveransene ble forsinket fordi alle maskinene i hallen stod stille i to dager.'],
    ['en', 'Deliveries were late because every machine in the workshop stood still for two days.'],
    ['sv', 'Leveranserna blev försenade eftersom alla maskiner i hallen stod stilla i två dagar.'],
  ] as const)("every machine of the house standing still is the company's own shortfall: %s", (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('do-better');
  });
  test('a trouble every firm of a trade in a place shared is still no shortfall', () => {
    expect(promptsOf('Power cuts in March forced every dairy in Blantyre to throw away milk.', 'en')).not.toContain('do-better');
  });
});

