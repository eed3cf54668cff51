// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { promptsOf } from './prompts-alone';

/**
 * Prompt classes of the twenty-ninth held-out set, moved into tuning. Sentences written for this test, none copied from
 * the fixtures; the rules alone (no learned judge), so the structure is what is tested.
 */

describe("strategy: a public body's plan named in the genitive or by a joined place ('Kystverkets nye plan …', 'Møre og Romsdal fylkeskommune skal …')", () => {
  it.each([
    ['en', "North Yorkshire and York Council's transport plan expects three new bus routes by 2028."],
    ['en', 'Brighton and Hove City Council will build a new ferry pier by 2028.'],
    ['nb', 'Møre og Romsdal fylkeskommune skal bygge ny ferjekai innen 2028.'],
    ['nb', 'Kystverkets nye plan betyr at farleden skal utdypes innen 2029.'],
    ['sv', 'Naturvårdsverkets nya plan innebär att utsläppen ska halveras till 2030.'],
    ['sv', 'Västernorrland och Jämtland kommun ska bygga en ny färjeterminal till 2028.'],
  ])("%s: the body's plan, not the company's: %s", (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('strategy');
  });

  it.each([
    ['en', 'Our own plan expects three new depots by 2028.'],
    ['en', 'Hart and Sons will open a second sawmill in Leeds by 2028.'],
    ['nb', 'Vår nye plan betyr at vi skal åpne tre verksteder innen 2028.'],
    ['nb', 'Berg og Sønner skal åpne et nytt sagbruk i Orkanger innen 2028.'],
    ['sv', 'Vår nya plan innebär att vi ska öppna tre depåer till 2028.'],
    ['sv', 'Berg och Söner ska öppna ett nytt sågverk i Gävle till 2028.'],
    ['en', 'From September 2027 the two organisations will train 40 welders a year.'],
  ])("%s: the company's own plan stays: %s", (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('strategy');
  });
});

describe("do-better: a market's fall told after an outside cause ('The drought … and maize prices fell …') or with 'föll' ('Laxpriset föll …')", () => {
  it.each([
    ['en', 'The drought lasted into May and maize prices fell by a fifth over the summer.'],
    ['en', 'Rain stayed away all spring and wool prices fell by 9 per cent.'],
    ['nb', 'Regnet uteble i hele juni, og strømprisene falt med 30 prosent.'],
    ['nb', 'Tørken varte til august, og kornprisene falt med en femtedel.'],
    ['sv', 'Torkan slog till i juni och mjölkpriset föll med 8 procent.'],
    ['sv', 'Laxpriset föll med 14 procent under tredje kvartalet.'],
  ])('%s: the market\'s doing, not a shortfall of the company\'s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('do-better');
  });

  it.each([
    ['en', 'Our output fell by 12 % and prices fell too.'],
    ['nb', 'Leveringspresisjonen vår falt til 84 prosent i fjor.'],
    ['sv', 'Vår leveransprecision föll till 82 procent under kvartalet.'],
  ])('%s: the company\'s own fall stays: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('do-better');
  });
});

describe("do-better: a trade's figure told on a statistics body's word ('Ifølge Statistisk sentralbyrå …', 'Enligt SCB …', 'According to the statistics office …')", () => {
  it.each([
    ['en', 'According to the national statistics office, housing starts fell by 18 per cent last year.'],
    ['en', 'According to Statistics Canada, lumber exports fell by 14 per cent last year.'],
    ['nb', 'Ifølge Statistisk sentralbyrå har boligbyggingen i Norge falt to år på rad.'],
    ['nb', 'Ifølge Statistisk sentralbyrå falt eksporten av tørrfisk med 6 prosent i fjor.'],
    ['sv', 'Enligt SCB minskade bostadsbyggandet med 20 procent under 2025.'],
    ['sv', 'Enligt Statistiska centralbyrån föll exporten av trävaror två kvartal i rad.'],
  ])('%s: the trade\'s figure, not a shortfall of the company\'s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('do-better');
  });

  it.each([
    ['en', 'According to our own figures, deliveries fell behind schedule for the third month running.'],
    ['nb', 'Ifølge våre egne tall falt leveringspresisjonen til 81 prosent i fjor.'],
    ['sv', 'Enligt våra egna siffror sjönk leveransprecisionen till 80 procent i fjol.'],
  ])('%s: the company\'s own figures stay: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('do-better');
  });
});

describe("values: a habit kept at the start or end of each round ('… at the start of every shift', '… ved starten av hvert skift', '… i slutet av varje vecka')", () => {
  it.each([
    ['en', 'Supervisors walk the floor at the start of every shift.'],
    ['en', 'Team leads check the tool boards at the end of every week.'],
    ['nb', 'Formennene går en runde på verkstedet ved starten av hvert skift.'],
    ['nb', 'Lagerlederne teller opp varene ved slutten av hver uke.'],
    ['sv', 'Skiftledarna går en runda i hallen i början av varje skift.'],
    ['sv', 'Förmännen går igenom verktygen i slutet av varje vecka.'],
  ])('%s: a habit of the house: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('values');
  });

  it.each([
    ['en', 'The storm hit at the start of every shift change last winter.'],
    ['nb', 'Uværet tar ofte strømmen ved starten av hver vinter.'],
    ['sv', 'Vi ska gå igenom planen i slutet av varje kvartal från 2027.'],
  ])('%s: no habit of the house: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('values');
  });
});

describe("values: a service kept the same day ('We phone tenants back on the same working day', 'Vi ringer … samme arbeidsdag', 'Vi skickar … samma dag')", () => {
  it.each([
    ['en', 'We phone customers back on the same working day.'],
    ['en', 'We send every quote out on the same day as the site visit.'],
    ['nb', 'Vi ringer kundene tilbake samme arbeidsdag.'],
    ['sv', 'Vi ringer tillbaka till kunderna samma arbetsdag.'],
  ])('%s: a habit of the house: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('values');
  });

  it.each([
    ['en', 'We answered every call on the same day last winter.'],
    ['nb', 'Vi skal svare alle kunder samme dag fra 2027.'],
    ['sv', 'Vi levererade allt samma dag.'],
  ])('%s: an event or a plan, no habit: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('values');
  });
});
