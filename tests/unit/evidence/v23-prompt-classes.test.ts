// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { activeModel, useEvidenceModel } from '../../../core/evidence/model/judge';
import { scoreBlocks } from '../../../core/evidence/score';

/**
 * Prompt classes the twenty-third held-out set showed (then moved into tuning), in English, Norwegian and Swedish:
 * a report's key figure with the earlier period's figure in brackets after it ("Driftsinntekter 48 MNOK (55)",
 * "Operating profit: NOK 3.1 million (2025: NOK 4.4 million)") is a shortfall when the change is for the worse, and
 * ranks below a sentence that tells the shortfall in words; a bracket that says something else is no earlier figure;
 * too much taken on, a price or a level owned as too high ("Vi tok på oss for mange prosjekter", "prisen var for høy",
 * "vi har haft för hög personalomsättning") and business lost by it (a tender lost, a client who did not renew,
 * penalties paid) is a shortfall, a purpose told with the same small words ("for høy kvalitet") none;
 * why the company was started is its purpose ("We started Lindqvist Data because …", "Vi begynte med en enkel idé: …",
 * "Da vi startet, ville vi én ting: …", "det vi är till för"), any other start ("Vi startet byggingen i mars fordi …") none;
 * what the government proposes or gives another body the task of ("Regeringen har gett … i uppdrag att …", "The ministry
 * proposes …") and what a customer has announced it will do ("Vår største kunde har varslet at den skal …") are their plans,
 * not the company's strategy; the company proposing or tasking its own ("Vi har gett alla butiker i uppdrag …") plans its own;
 * staff who act on their own call, without asking or waiting for a permission ("… uten å spørre om lov", "without waiting
 * for a manager's approval"), is a value shown as behaviour; once, in the past, it is an event;
 * how the staff are split into teams, a head count working in a number of them ("På lagret arbetar 35 truckförare i tre
 * arbetslag") or every team led by someone ("Hvert lag ledes av en bas"), is the department's; shifts as hours are not;
 * a promise with a time ahead ("Rederiet lover to nye ferjer i 2027", "promises a new depot in 2028") is a plan, one without
 * a time a promise of service; a time of training at the company with the test that ends it ("Læretiden er to år og
 * avsluttes med fagprøve") and newcomers rotating between parts of it before they choose are a path, a rota of shifts none.
 * Sentences written for this test; the rules alone (no learned judge), so the structure is what is tested.
 */

function hitsOf(blocks: Array<{ tag: string; text: string }>, lang: string, kind: 'company' | 'news' = 'company') {
  const shipped = activeModel();
  useEvidenceModel(undefined);
  try {
    return scoreBlocks(blocks, lang, undefined, { clipKind: kind });
  } finally {
    useEvidenceModel(shipped);
  }
}

const promptsOf = (sentence: string, lang: string, kind: 'company' | 'news' = 'company'): string[] =>
  hitsOf([{ tag: 'p', text: sentence }], lang, kind).map((h) => h.promptId);

/** The sentences of a prompt's hits, best first. */
const ranked = (blocks: Array<{ tag: string; text: string }>, lang: string, promptId: string): string[] =>
  hitsOf(blocks, lang)
    .filter((h) => h.promptId === promptId)
    .sort((a, b) => b.score - a.score)
    .map((h) => h.sentence);

describe('do-better: a key figure with the earlier period in brackets, worse than before', () => {
  it.each([
    ['en', 'Operating profit: NOK 3.1 million (2025: NOK 4.4 million)'],
    ['en', 'Order intake 84 million (97)'],
    ['nb', 'Driftsinntekter 48 MNOK (55)'],
    ['nb', 'Leveringspresisjon 91,5 prosent (95,2)'],
    ['sv', 'Rörelseresultat 6,2 Mkr (9,8)'],
    ['sv', 'Antal reklamationer 61 (38)'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('do-better');
  });

  it.each([
    ['en', 'Order intake 97 million (84)'],
    ['en', 'We have 14 engineers (5 of them apprentices).'],
    ['nb', 'Driftsinntekter 55 MNOK (48)'],
    ['nb', 'Verkstedet har 30 ansatte (12 lærlinger).'],
    ['sv', 'Rörelseresultat 9,8 Mkr (6,2)'],
    ['sv', 'Antal reklamationer 38 (61)'],
  ])('%s: better than before, or a bracket that is no earlier figure, is none: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('do-better');
  });

  it.each([
    ['en', 'Order intake 84 million (97)', 'Order intake fell because two customers postponed their projects.'],
    ['nb', 'Driftsinntekter 48 MNOK (55)', 'Inntektene falt fordi to kunder utsatte prosjektene sine.'],
    ['sv', 'Rörelseresultat 6,2 Mkr (9,8)', 'Resultatet sjönk eftersom två kunder sköt upp sina projekt.'],
  ])('%s: the row ranks below the sentence that tells it', (lang, row, told) => {
    const order = ranked([{ tag: 'li', text: row }, { tag: 'p', text: told }], lang, 'do-better');
    expect(order).toContain(row);
    expect(order.indexOf(told)).toBeLessThan(order.indexOf(row));
  });
});

describe('do-better: too much taken on, a level owned as too high, business lost by it', () => {
  it.each([
    ['en', 'We took on too many projects for a team of our size.'],
    ['en', 'Our bid was too high, and we lost the contract to a local firm.'],
    ['en', 'Two tenants did not renew their service agreements this spring.'],
    ['nb', 'Vi tok på oss for mange prosjekter i fjor høst.'],
    ['nb', 'Vi har hatt for høy sykemelding i lageret de siste årene.'],
    ['nb', 'Rederiet tapte anbudet på sambandet fordi prisen var for høy.'],
    ['sv', 'Vi tog på oss för många uppdrag under våren.'],
    ['sv', 'Vi har haft för hög personalomsättning bland nya säljare.'],
    ['sv', 'Bolaget förlorade upphandlingen eftersom anbudet var för högt prissatt.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('do-better');
  });

  it.each([
    ['en', 'We set a high bar for quality in everything we build.'],
    ['nb', 'Vi jobber for høy kvalitet i alt vi leverer.'],
    ['sv', 'Vi arbetar för hög kvalitet i varje leverans.'],
  ])('%s: the same small words for a purpose are none: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('do-better');
  });
});

describe('vision: why the company was started', () => {
  it.each([
    ['en', 'We started Lindqvist Data because farmers had no simple way to see their own yields.'],
    ['en', 'We began with one idea: nobody in the valley should drive an hour for a prescription.'],
    ['en', 'When Harbour Lane opened in 2009 with two rooms and a kettle, we wanted one thing: that every guest feels expected.'],
    ['en', 'That is still what we are for.'],
    ['nb', 'Vi startet Fjellgarn AS fordi småbrukerne ikke fikk solgt ulla si.'],
    ['nb', 'Vi begynte med en enkel idé: ingen i bygda skal mangle et sted å møtes.'],
    ['nb', 'Da Kverneland Mat ble startet i 1998, ville vi én ting: at skolene skulle få ordentlig mat.'],
    ['sv', 'Vi grundade Bergsljus AB för att små butiker väntade i veckor på sina pengar.'],
    ['sv', 'Vi började med en enkel tanke: ett hus ska fungera så bra att ingen märker det.'],
    ['sv', 'Det är fortfarande det vi är till för.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('vision');
  });

  it.each([
    ['en', 'We started offering night shifts because customers asked for them.'],
    ['nb', 'Vi startet byggingen i mars fordi tillatelsen kom tidligere enn ventet.'],
    ['sv', 'Vi startade nattskiftet eftersom kunderna ville ha snabbare leveranser.'],
  ])('%s: any other start is no purpose: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('vision');
  });
});

describe("strategy: a plan the government proposes or tasks another with, or a customer has announced, is theirs", () => {
  it.each([
    ['en', 'The ministry proposes a new licence for all private clinics from 2028.'],
    ['en', 'Our biggest customer has announced that it will close 40 stores by 2027.'],
    ['nb', 'Regjeringen har gitt Direktoratet for byggkvalitet i oppdrag å lage nye krav innen 2028.'],
    ['nb', 'Vår største kunde har varslet at den skal bygge eget lager i 2027.'],
    ['sv', 'Regeringen har gett Boverket i uppdrag att ta fram nya regler till 2028.'],
    ['sv', 'Vår största kund har meddelat att den ska öppna tolv nya butiker 2027.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('strategy');
  });

  it.each([
    ['en', 'We propose to open three new depots in the north by 2028.'],
    ['nb', 'Vi har gitt alle avdelinger i oppdrag å kutte energibruken med 20 prosent innen 2028.'],
    ['sv', 'Vi har gett alla butiker i uppdrag att halvera matsvinnet till 2028.'],
  ])('%s: the company proposing or tasking its own plans its own: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('strategy');
  });
});

describe('values: staff act on their own call, without a step of permission', () => {
  it.each([
    ['en', 'Any driver who sees a damaged pallet can refuse it without asking a manager for permission.'],
    ['en', 'Our nurses order extra supplies without waiting for the ward manager to sign.'],
    ['nb', 'Montørene bestiller deler selv, uten å vente på godkjenning fra lederen.'],
    ['nb', 'Den som ser en feil på linja, stanser den uten å spørre om lov.'],
    ['sv', 'Säljarna ger kunden en ersättning direkt, utan att vänta på chefens godkännande.'],
    ['sv', 'Alla i butiken får byta en vara utan att fråga om lov.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('values');
  });

  it.each([
    ['en', 'Last year a technician replaced the pump without waiting for approval.'],
    ['nb', 'I fjor byttet en montør pumpa uten å vente på godkjenning.'],
    ['sv', 'I fjol bytte en montör pumpen utan att vänta på godkännande.'],
  ])('%s: once, in the past, it is an event: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('values');
  });
});

describe('department: how the staff are split into teams', () => {
  it.each([
    ['en', 'At the depot, 45 drivers work in three crews.'],
    ['en', 'Our 60 nurses work in five teams on the ward.'],
    ['nb', 'I verkstedet jobber 22 mekanikere i fire arbeidslag.'],
    ['nb', 'Hvert lag ledes av en bas.'],
    ['sv', 'På lagret arbetar 35 truckförare i tre arbetslag.'],
    ['sv', 'Varje arbetslag leds av en förman.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('department');
  });

  it.each([
    ['en', 'Our 14 bakers work in two shifts.'],
    ['nb', 'Våre 12 kokker jobber i to skift.'],
    ['sv', 'Våra 14 bagare arbetar i två skift.'],
  ])('%s: shifts as hours are no teams: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('department');
  });
});

describe('strategy: a promise with a time ahead is a plan', () => {
  it.each([
    ['en', 'After a winter of delays, Nordbane promises two new trains on the line in 2027.'],
    ['nb', 'Etter mange klager lover rederiet to nye ferjer i 2027.'],
    ['sv', 'Efter en höst med inställda turer lovar bolaget tre nya bussar under 2027.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang, 'news')).toContain('strategy');
  });

  it.each([
    ['en', 'We promise to answer every message within a day.'],
    ['nb', 'Vi lover å svare på alle henvendelser samme dag.'],
    ['sv', 'Vi lovar att svara på alla frågor samma dag.'],
  ])('%s: without a time it is a promise of service: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('strategy');
  });
});

describe('career-goals: a time of training with its test, a rotation of newcomers', () => {
  it.each([
    ['en', 'The apprenticeship lasts two years and ends with a trade test.'],
    ['en', 'New graduates rotate between sales, planning and the plant in their first year.'],
    ['nb', 'Læretiden er to år og avsluttes med fagprøve i rørleggerfaget.'],
    ['nb', 'Nyutdannede økonomer roterer mellom regnskap, innkjøp og lønn før de velger fast plass.'],
    ['sv', 'Lärlingstiden är två år och avslutas med gesällprov i snickeri.'],
    ['sv', 'Nyutexaminerade ingenjörer roterar mellan konstruktion och produktion första året.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('career-goals');
  });

  it.each([
    ['en', 'The nurses rotate between day and night shifts every month.'],
    ['nb', 'Vi roterer mellom dag- og nattskift.'],
    ['sv', 'Vi roterar mellan tre vaktlistor.'],
  ])('%s: a rota of shifts is no path: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('career-goals');
  });
});
