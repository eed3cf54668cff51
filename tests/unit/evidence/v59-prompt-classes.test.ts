// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { promptsOf } from './prompts-alone';

/**
 * Prompt classes the fifty-ninth held-out set showed, read in the session after the one that measured it: a habit kept as
 * a day or a task comes round ("Every morning at seven the skippers … meet", "Every job ends with a debrief"), by roles in the
 * definite plural at a set frequency ("Cheferna arbetar en dag per kvartal i produktionen"), or a duty passed round ("Røkterne
 * bytter på å lede morgenmøtet"); a year short of its own plan, staff lost to competitors, goods a buyer rejected, a machine
 * that never worked as promised; the neighbours' and a named municipality's plans; a goal to be the most or the best of its
 * kind; a trade's role before a name ("fiskehelsebiolog", "Head Distiller") and an Irish name's particle ("Niamh Ó Catháin").
 * Sentences written for this test.
 */

describe('habits as a round or a task comes round', () => {
  test.each([
    ['en', 'Every morning at seven the skippers and the plant team meet to agree how much will be landed and when.'],
    ['en', 'Every job ends with a debrief in the van on the way home.'],
    ['nb', 'Hvert oppdrag avsluttes med en gjennomgang i bilen på vei hjem.'],
    ['sv', 'Varje uppdrag avslutas med en genomgång i bilen på vägen hem.'],
  ] as const)('%s: values: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('values');
  });
});

describe('roles in the definite plural, at a set frequency, or taking turns', () => {
  test.each([
    ['sv', 'Cheferna arbetar en dag per kvartal i produktionen.'],
    ['nb', 'Lederne jobber en dag i kvartalet i produksjonen.'],
    ['en', 'The managers work one day a quarter on the production floor.'],
    ['nb', 'Røkterne bytter på å lede morgenmøtet, slik at alle får øve på å ta ordet.'],
    ['sv', 'Skepparna turas om att leda morgonmötet.'],
    ['en', 'The supervisors take turns to lead the morning meeting.'],
  ] as const)('%s: values: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('values');
  });
  test.each([
    ['nb', 'Kundene handler en dag i uka.'],
    ['en', 'The customers visit one day a year.'],
    ['nb', 'Verftene i regionen har merket at ordrebøkene er tynnere enn før, særlig innen offshore.'],
  ] as const)('guard: %s: no values: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('values');
  });
});

describe('shortfalls owned', () => {
  test.each([
    ['en', '2025 was not the year we planned.'],
    ['nb', '2025 ble ikke det året vi hadde planlagt.'],
    ['sv', '2025 blev inte det år vi hade planerat.'],
    ['sv', 'Kvartalet blev sämre än vi hade räknat med.'],
    ['en', 'We also lost four experienced technicians to competitors in the first half of the year.'],
    ['nb', 'Vi mistet fire erfarne teknikere til konkurrenter i første halvår.'],
    ['sv', 'Vi förlorade fyra erfarna tekniker till konkurrenter under första halvåret.'],
    ['en', 'Last spring a tenth of our frozen langoustine was rejected by a Spanish buyer because the glazing was too thick.'],
    ['nb', 'I fjor vår ble en tidel av den frosne sjøkrepsen avvist av en spansk kjøper fordi glaseringen var for tykk.'],
    ['sv', 'I våras returnerades en tiondel av de frysta kräftorna av en spansk köpare.'],
    ['en', 'The new press never worked as promised in its first six months.'],
    ['nb', 'Det meste skyldtes en ny limpresse som aldri fungerte som lovet det første halvåret.'],
    ['sv', 'Det mesta berodde på en ny limpress som aldrig fungerade som utlovat första halvåret.'],
  ] as const)('%s: do-better: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('do-better');
  });
});

describe("others' plans", () => {
  test.each([
    ['en', 'Our neighbours at the harbour are building a new ferry quay, which the municipality expects to open in 2029.'],
    ['nb', 'Naboene våre på kaia bygger en ny ferjekai som kommunen regner med å åpne i 2029.'],
    ['sv', 'Våra grannar i hamnen bygger en ny färjekaj som kommunen räknar med att öppna 2029.'],
    ['en', 'The municipality of Ulvafjörður plans to extend the harbour quay by 2028.'],
  ] as const)('%s: no strategy: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang, 'news')).not.toContain('strategy');
  });
  test('guard: "we" promising the neighbours keeps its own admission', () => {
    expect(promptsOf('– Vi har lovet naboene et nytt støygjerde, men vi skulle nok ha tatt praten med dem før søknaden gikk inn, sier han.', 'nb', 'news')).toContain('do-better');
  });
  test('guard: the municipality of itself, unnamed, keeps its plan', () => {
    expect(promptsOf('The municipality will open a new school in 2028.', 'en')).toContain('strategy');
  });
});

describe('a goal to be the most or the best', () => {
  test.each([
    ['nb', 'Målet vårt er at smolten fra Ulvlandet skal være den mest robuste i Midt-Norge.'],
    ['sv', 'Vårt mål är att smolten från Ulvby ska vara den mest robusta i Mellansverige.'],
    ['en', 'Our goal is for the smolt from Ulvland to be the most robust in Mid-Norway.'],
  ] as const)('%s: vision: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('vision');
  });
});

describe('people by their trade', () => {
  test.each([
    ['nb', 'Spørsmål kan også rettes til fiskehelsebiolog Sander Ulvum, tlf. 413 80 226.'],
    ['sv', 'Frågor besvaras av fiskhälsobiolog Sara Ulvberg, tel. 070-123 45 67.'],
    ['en', 'Head Distiller Niamh Ó Catháin said the extra space would help.'],
  ] as const)('%s: people: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang, 'news')).toContain('people');
  });
});
