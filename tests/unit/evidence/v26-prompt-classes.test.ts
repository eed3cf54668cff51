// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { promptsOf } from './prompts-alone';

/**
 * Prompt classes of the twenty-sixth held-out set, moved into tuning. Sentences written for this test, none copied from
 * the fixtures; the rules alone (no learned judge), so the structure is what is tested.
 */

describe("strategy, department: a body of the state or of a trade named by its kind plans or expects ('the Chamber expects', 'Kystverket planlegger', 'Trafikverket planerar')", () => {
  it.each([
    ['en', 'The Northern Freight Chamber expects container volumes through the port to fall again next year.'],
    ['en', 'The World Health Organization is expected to publish new rules for hospital cleaning in 2027.'],
    ['en', 'The Scottish Renewable Energy Agency expects offshore wind in the region to double by 2030.'],
    ['nb', 'Kystverket planlegger å mudre innseilingen til Vardø havn i 2027.'],
    ['nb', 'Miljødirektoratet forventer at kravene til utslipp blir strengere de neste årene.'],
    ['sv', 'Trafikverket planerar att bygga ut E4 förbi Sundsvall till 2030.'],
    ['sv', 'Energimyndigheten räknar med att elpriserna stiger igen nästa vinter.'],
  ])('%s: their plan, not the company\'s strategy or unit: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('strategy');
    expect(promptsOf(sentence, lang)).not.toContain('department');
  });

  it.each([
    ['en', 'Our Bergen office will open a test lab for subsea valves in 2027.'],
    ['nb', 'Vi planlegger å åpne et nytt verksted i Vardø i 2027.'],
    ['sv', 'Vi planerar att öppna ett nytt kontor i Sundsvall till 2028.'],
  ])('%s: the company\'s own plan stays a plan: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('strategy');
  });
});

describe("career goals: a colleague who joined, then went from one post to another ('has gone from designer to …', 'har gått fra … til …', 'har gått från … via … till …')", () => {
  it.each([
    ['en', 'Selma joined us as an apprentice in 2014 and has since gone from fitter via foreman to workshop manager.'],
    ['nb', 'Selma begynte hos oss som lærling i 2014 og har siden gått fra montør via formann til verkstedsjef.'],
    ['sv', 'Selma kom till oss som lärling 2014 och har sedan dess gått från montör via arbetsledare till verkstadschef.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('career-goals');
  });

  it.each([
    ['en', 'The bakery started in a garage and went from four to 60 employees in ten years.'],
    ['nb', 'Hun begynte på lageret og gikk fra 40 til 60 paller i timen.'],
    ['sv', 'Bageriet startade i ett garage och gick från fyra till 60 anställda på tio år.'],
  ])('%s: a figure that grew, from one count to another, is no path: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('career-goals');
  });
});

describe("career goals: a step open once a course is completed ('who complete our academy can apply for', 'som fullfører lederskolen kan søke', 'som fullföljer ledarskolan kan söka')", () => {
  it.each([
    ['en', 'Warehouse operatives who complete our supervisor course can apply for shift manager posts.'],
    ['nb', 'Lagermedarbeidere som fullfører lederkurset vårt kan søke på stillinger som skiftleder.'],
    ['sv', 'Lagerarbetare som fullföljer vår ledarutbildning kan söka tjänster som skiftledare.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('career-goals');
  });

  it.each([
    ['en', 'The new line that completes its test programme in May can take the first orders in June.'],
    ['nb', 'Anlegget som fullfører prøvedriften kan ta imot de første kundene i mars.'],
    ['sv', 'Fartyget som genomgår sin provtur i maj kan ta de första lasterna i juni.'],
  ])('%s: a plant or a ship that completes a run is no course taken by someone: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('career-goals');
  });
});

describe("department: a role named by its unit ('team leaders', 'teamlederne', 'teamledarna') tells of the role, not of a team", () => {
  it.each([
    ['en', 'Team leaders walk the packing floor with their pickers twice every shift.'],
    ['en', 'Our team leaders listen to five calls with each agent every week.'],
    ['nb', 'Teamlederne går rundt på pakkegulvet sammen med plukkerne to ganger hvert skift.'],
    ['sv', 'Teamledarna går runt på packgolvet tillsammans med plockarna två gånger varje skift.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('department');
  });

  it.each([
    ['en', 'The returns team has two team leaders and thirty pickers on each shift.'],
    ['nb', 'Returteamet har to teamledere og tretti plukkere på hvert skift.'],
    ['sv', 'Returteamet har två teamledare och trettio plockare på varje skift.'],
  ])('%s: the unit named beside its leaders is still the unit: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('department');
  });
});

describe("department: everyone called a team ('with the whole team', 'med hele teamet', 'med hela teamet') is no unit", () => {
  it.each([
    ['en', 'We go through every customer survey with the whole team on Friday afternoons.'],
    ['nb', 'Vi går gjennom hver kundeundersøkelse med hele teamet på fredag ettermiddag.'],
    ['sv', 'Vi går igenom varje kundenkät med hela teamet på fredagseftermiddagen.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('department');
  });

  it.each([
    ['en', 'The whole team in the returns department meets on Monday mornings.'],
    ['nb', 'Hele teamet i returavdelingen møtes mandag morgen.'],
    ['sv', 'Hela teamet på returavdelningen träffas på måndagsmorgonen.'],
  ])('%s: a unit named beside it still counts: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('department');
  });
});

describe("people: a firm named by its trade reads like a person's name and is none ('Skånsk Rekrytering', 'Nordlys Bemanning', 'Kyriakou Shipping Management')", () => {
  it.each([
    ['en', 'Open applications are handled by our recruitment partner Tamar Recruitment.'],
    ['nb', 'Åpne søknader håndteres av rekrutteringspartneren vår Nordlys Bemanning.'],
    ['sv', 'Öppna ansökningar hanteras av vår rekryteringspartner Skånsk Rekrytering.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('people');
  });

  it.each([
    ['en', 'Open applications are handled by our recruiter Hannah Pascoe.'],
    ['nb', 'Åpne søknader håndteres av rekruttereren vår Ingrid Solheim.'],
    ['sv', 'Öppna ansökningar hanteras av vår rekryterare Maria Lindqvist.'],
  ])('%s: a person named in the same place still is one: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('people');
  });
});

describe("strategy: a decision taken by the company or its board ('has decided to build', 'har besluttet å', 'har vedtatt å', 'har beslutat att')", () => {
  it.each([
    ['en', 'The board has decided to build a second cold store at the harbour.'],
    ['nb', 'Styret har vedtatt å bygge et nytt kjølelager på kaia.'],
    ['nb', 'Selskapet har besluttet å flytte produksjonen til den nye hallen.'],
    ['sv', 'Styrelsen har beslutat att bygga ett nytt kyllager vid hamnen.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('strategy');
  });

  it.each([
    ['en', 'The government has decided to build a new road to the harbour.'],
    ['nb', 'Regjeringen har besluttet å bygge ny vei til havna.'],
    ['sv', 'Regeringen har beslutat att bygga en ny väg till hamnen.'],
  ])("%s: another's decision is theirs: %s", (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('strategy');
  });
});

describe("do-better: a claim on goods sold ('reklamasjoner', 'reklamationer', 'complaints') is a complaint; the buyer's right to one is not", () => {
  it.each([
    ['en', 'We have also had four complaints from a customer in Poland about loose labels, and we take that seriously.'],
    ['nb', 'Vi har også fått fire reklamasjoner fra en kunde i Polen på løse etiketter, og det tar vi på alvor.'],
    ['sv', 'Vi har också fått fyra reklamationer från en kund i Polen på lösa etiketter, och det tar vi på allvar.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('do-better');
  });

  it.each([
    ['en', 'You have a five-year right to complain on every window we fit.'],
    ['nb', 'Du har fem års reklamasjonsrett på alle vinduer vi monterer.'],
    ['sv', 'Du har fem års reklamationsrätt på alla fönster vi monterar.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('do-better');
  });
});

describe("do-better: a key-figure row that did not fall is read by its figures, whatever it counts", () => {
  it.each([
    ['en', 'Number of complaints 24 (40)'],
    ['nb', 'Antall klager 24 (40)'],
    ['sv', 'Antal klagomål 24 (40)'],
  ])('%s: fewer than the year before: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('do-better');
  });

  it.each([
    ['en', 'Number of complaints 40 (24)'],
    ['nb', 'Antall klager 40 (24)'],
    ['sv', 'Antal klagomål 40 (24)'],
  ])('%s: more than the year before: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('do-better');
  });
});

describe("department: a role compounded of its unit ('avdelingsleder', 'avdelningschef', 'department manager') is a role; a unit led by it is a unit", () => {
  it.each([
    ['en', 'Questions about the job: department manager Leah Byrne, tel. 07700 900456.'],
    ['nb', 'Spørsmål om jobben: avdelingsleder Lea Bjerke, tlf. 913 22 456.'],
    ['sv', 'Frågor om jobbet: avdelningschef Lea Björk, tel. 070-322 45 67.'],
  ])('%s: a contact line: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang, 'job-ad')).not.toContain('department');
  });

  it.each([
    ['en', 'We are nine surveyors in Tromsø, led by department manager Leah Byrne.'],
    ['nb', 'Vi er ni landmålere i Tromsø, ledet av avdelingsleder Lea Bjerke.'],
    ['sv', 'Vi är nio lantmätare i Luleå, ledda av avdelningschef Lea Björk.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('department');
  });
});
