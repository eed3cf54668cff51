// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { scoreBlocks } from '../../../core/evidence/score';
import { activeModel, useEvidenceModel } from '../../../core/evidence/model/judge';
import { promptsOf } from './prompts-alone';

/**
 * Prompt classes the thirty-third held-out set (part B) showed, read on purpose after its one measurement: a habit kept
 * each week told in the English order; a trouble every firm of the trade in a place shared; a habit of talking about
 * problems and targets; a post's field named "People and Culture"; a rule of the road (seat belts, an alcohol test); a
 * step dated in a part of the year in Bokmål and Swedish; a named person's own ambition. Sentences written for this test.
 */

describe('a habit kept each round, its subject after the time (English order): a value', () => {
  test.each([
    ['en', "Every Friday the whole factory stops for fifteen minutes to hear one farmer's story."],
    ['en', 'Every morning the night crew walks the day crew through the log before anyone goes home.'],
    ['nb', 'Hver fredag stopper hele fabrikken i femten minutter for å høre historien til én bonde.'],
    ['sv', 'Varje fredag stannar hela fabriken i femton minuter för att höra en bondes berättelse.'],
  ] as const)('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('values');
  });
});

describe('a trouble every firm of the trade in a place shared is no shortfall of the company', () => {
  test.each([
    ['en', 'Power cuts from the national grid forced every dairy in Blantyre to throw away milk twice this year.'],
    ['en', 'Snowstorms closed the border crossings for nine days in February, and every haulier in the region lost trips.'],
    ['nb', 'Strømbruddene i november rammet alle meieriene i regionen.'],
    ['sv', 'Strömavbrotten i november drabbade alla mejerier i regionen.'],
  ] as const)('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('do-better');
  });

  test.each([
    ['en', 'We threw away milk twice this year because our cold room failed.'],
    ['nb', 'Vi måtte kaste melk to ganger i år fordi kjølerommet vårt sviktet.'],
  ] as const)("%s: the company's own trouble still is", (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('do-better');
  });
});

describe('a habit of talking about problems before targets is how they work: no shortfall, no plan', () => {
  test.each([
    ['en', 'We talk about problems at the morning briefing before we talk about targets.'],
    ['nb', 'Vi snakker om problemene på morgenmøtet før vi snakker om målene.'],
    ['sv', 'Vi pratar om problemen på morgonmötet innan vi pratar om målen.'],
  ] as const)('%s: %s', (lang, sentence) => {
    const got = promptsOf(sentence, lang);
    expect(got).toContain('values');
    expect(got).not.toContain('do-better');
    expect(got).not.toContain('strategy');
  });
});

describe('"Director of People and Culture" names a post\'s field: no culture told', () => {
  test.each([
    ['en', 'Aishath Shaheema, Director of People and Culture, leads the Hiyala Academy.'],
    ['nb', 'Kari Nordmann, direktør for HR og kultur, leder akademiet.'],
    ['sv', 'Anna Berg, chef för HR och kultur, leder akademin.'],
  ] as const)('%s: %s', (lang, sentence) => {
    const got = promptsOf(sentence, lang);
    expect(got).toContain('people');
    expect(got).not.toContain('values');
  });
});

describe("a rule of the road (seat belts at all times, an alcohol test) is the law's: no value", () => {
  test.each([
    ['en', 'Seat belts are worn at all times, and every driver takes an alcohol test before each trip.'],
    ['nb', 'Bilbelte brukes til enhver tid, og alle sjåfører tar alkotest før hver tur.'],
    ['sv', 'Bilbälte används hela tiden, och varje förare gör ett alkotest före varje tur.'],
  ] as const)('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('values');
  });
});

describe('a step dated in a part of the year ahead ("under andra kvartalet 2027"): a plan', () => {
  test.each([
    ['sv', 'Den nya sågverkslinjen i Mora tas i drift under andra kvartalet 2027.'],
    ['nb', 'Det nye anlegget på Killingsholmen åpnes i første halvår 2027.'],
    ['sv', 'Vi ska öka förädlingsgraden så att hälften av volymen säljs som hyvlade produkter 2028, och den nya linjen tas i drift under andra kvartalet 2027.'],
  ] as const)('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('strategy');
  });

  test('sv: a part of a year gone by is no plan', () => {
    expect(promptsOf('Sågverket sågade 300 000 kubikmeter under andra kvartalet 2026.', 'sv')).not.toContain('strategy');
  });
});

describe("a named person's own ambition is their path, not the company's plan", () => {
  test.each([
    ['nb', 'Lærling Amina Haji tar fagbrev som industrimekaniker neste år og vil bli maskinist om bord.'],
    ['sv', 'Lärlingen Sara Lind tar yrkesbevis nästa år och vill bli maskinchef ombord.'],
    ['en', 'Our apprentice Jonas Berg will finish his certificate next year and wants to become a marine engineer.'],
  ] as const)('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('strategy');
  });

  test("nb: the company's own wish to become something is still its plan", () => {
    expect(promptsOf('Rederiet vil bli det første i regionen med batteridrift på alle skip innen 2029.', 'nb')).toContain('strategy');
  });
});

describe("a leader's team named by the leader, at its work on a round: the department, no habit of the house", () => {
  test.each([
    ['en', "Chikondi's team of six extension officers visits every bulking group once a month to test milk and train farmers."],
    ['sv', 'Annas team besöker varje mjölkgrupp en gång i månaden för att testa mjölken.'],
    ['nb', 'Kari sitt team besøker hver melkegruppe en gang i måneden for å teste melken.'],
  ] as const)('%s: %s', (lang, sentence) => {
    const got = promptsOf(sentence, lang);
    expect(got).toContain('department');
    expect(got).not.toContain('values');
  });
});

describe("v31's: a trade's role welcomes a named newcomer ('ny skördarförare', 'ny maskinfører', 'new electrician'): people", () => {
  test.each([
    ['sv', 'Välkommen Oskar Näslund, ny skördarförare i lag 7!'],
    ['nb', 'Velkommen Kari Hansen, ny maskinfører på anlegget i Orkanger!'],
    ['en', 'Welcome Tom Reid, our new electrician at the Hull depot!'],
  ] as const)('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('people');
  });

  test('nb: a company that is the operator of a field is no person', () => {
    expect(promptsOf('Nordvarden Energi er operatør for feltene Lomvi og Alke i Norskehavet.', 'nb')).not.toContain('people');
  });
});

describe("v31's: a firm's unit named in the possessive by its capitals is the department", () => {
  test("en: Dasol's Ship Equipment Division", () => {
    expect(promptsOf("Dasol's Ship Equipment Division, which sells retrofit packages abroad, will grow from 12 to 20 people next year, Park said.", 'en')).toContain('department');
  });

  test("en: a person's goal in the possessive is no unit", () => {
    expect(promptsOf("Grace's goal for 2027 is to open a second depot in Mzuzu and collect milk from 4,000 farmers.", 'en')).not.toContain('department');
  });
});

describe("v31's: someone who started somewhere 'and now leads a team' tells the team less than a sentence about the team", () => {
  test.each([
    ['en', 'Linnea joined as a summer worker in 2016 and now leads a team of eleven test operators.', 'The Calibration team in our R&D centre tunes engine software for customers in 30 countries.'],
    ['sv', 'Hon började som undersköterska 2015 och leder nu ett team på tolv sjuksköterskor.', 'Avdelning 12 i Falun har 24 vårdplatser och tar emot patienter efter operation.'],
    ['nb', 'Hun begynte som lærling i 2012 og leder nå et team på ti montører.', 'Serviceavdelingen i Orkanger har ti montører og tar alle oppdrag i Trøndelag.'],
  ] as const)('%s', (lang, path, unit) => {
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

describe('review mends: what the v33 prompt classes must not take', () => {
  test('nb: a thing that "vil bli" is still the company\'s plan, whoever reports it', () => {
    expect(promptsOf('Konsernsjef Hanne Berg sier at anlegget vil bli utvidet i 2027.', 'nb')).toContain('strategy');
  });

  test('nb: a verb in -fører is no role ("Vi utfører service for Hexa Marine …")', () => {
    expect(promptsOf('Vi utfører service for Hexa Marine over hele Vestlandet.', 'nb')).not.toContain('people');
  });

  test('en: "our people and culture" is still culture told', () => {
    expect(promptsOf('We invest in our people and culture every day, and we share the results with every team.', 'en')).toContain('values');
  });

  test('en: a past told after the round ("Every day the storm delayed deliveries") is no habit', () => {
    expect(promptsOf('Every day the storm delayed deliveries to the islands.', 'en')).not.toContain('values');
  });
});
