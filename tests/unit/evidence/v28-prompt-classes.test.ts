// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { promptsOf } from './prompts-alone';

/**
 * Prompt classes of the twenty-eighth held-out set, moved into tuning. Sentences written for this test, none copied from
 * the fixtures; the rules alone (no learned judge), so the structure is what is tested.
 */

describe("strategy: another's promise or announced plan ('the regional council has promised to …', 'Statnett har varslet at …', 'Trafikverket har aviserat att …')", () => {
  it.each([
    ['en', 'The regional government has promised to build a new bridge to the harbour by 2028.'],
    ['en', 'Network Rail has announced that the line will get two new passing loops by 2029.'],
    ['nb', 'Statnett har varslet at nettet i regionen skal forsterkes innen 2029.'],
    ['nb', 'Regjeringen har lovet å bygge ny vei til havna innen 2028.'],
    ['sv', 'Trafikverket har aviserat att banan ska få två nya mötesspår till 2030.'],
    ['sv', 'Regeringen har lovat att bygga en ny bro till hamnen före 2028.'],
  ])('%s: their plan, not the company\'s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('strategy');
  });

  it.each([
    ['en', 'Our chief executive has announced that the new plant will open in 2027.'],
    ['en', 'We have promised to double our apprentice intake by 2028.'],
    ['nb', 'Konsernsjefen har varslet at fabrikken skal utvides innen 2028.'],
    ['nb', 'Vi har lovet å doble antall lærlinger innen 2028.'],
    ['sv', 'Koncernchefen har aviserat att fabriken ska byggas ut till 2028.'],
    ['sv', 'Vi har lovat att fördubbla antalet lärlingar till 2028.'],
  ])('%s: the company\'s own, told by itself or its leaders: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('strategy');
  });
});

describe("strategy: a retailer's plan is the customer's ('our largest retailer plans to …', 'forhandleren vår planlegger å …', 'vår största återförsäljare planerar att …')", () => {
  it.each([
    ['en', 'Our biggest retailer plans to halve its range of garden furniture next year.'],
    ['en', 'Two of our stockists plan to close their shops in Leeds by 2027.'],
    ['nb', 'Den største forhandleren vår planlegger å halvere sortimentet sitt innen 2027.'],
    ['nb', 'Forhandlerne våre i Trøndelag planlegger å samle lagrene sine innen 2028.'],
    ['sv', 'Vår största återförsäljare planerar att halvera sitt sortiment till 2027.'],
    ['sv', 'Återförsäljarna i Norrland planerar att samla sina lager före 2028.'],
  ])('%s: theirs, not the company\'s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('strategy');
  });

  it.each([
    ['en', 'Retailers will get their orders within two days from 2027.'],
    ['nb', 'Forhandlerne skal få varene sine innen to dager fra 2027.'],
    ['sv', 'Återförsäljarna ska få sina varor inom två dagar från 2027.'],
  ])('%s: what the company will give its retailers is its own plan: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('strategy');
  });
});

describe("vision: a purpose pointed back to ('That purpose has not changed since 1911', 'Det formålet har ikke endret seg', 'Det har varit vårt uppdrag sedan 1946') says only that it holds", () => {
  it.each([
    ['en', 'That purpose has not changed since the mill opened in 1896.'],
    ['en', 'It has been our mission since 1952, and it still is.'],
    ['nb', 'Det formålet har ikke endret seg siden laget ble stiftet i 1919.'],
    ['nb', 'Det har vært formålet vårt siden 1919, og det gjelder fortsatt.'],
    ['sv', 'Det har varit vårt uppdrag sedan 1952 och det gäller än i dag.'],
    ['sv', 'Det syftet har inte ändrats sedan föreningen bildades 1919.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('vision');
  });

  it.each([
    ['en', 'Our purpose is to give every child in the valley a safe way to school.'],
    ['nb', 'Formålet vårt er å gi alle barn i dalen en trygg skolevei.'],
    ['sv', 'Vårt uppdrag är att ge alla barn i dalen en trygg skolväg.'],
  ])('%s: the purpose itself still surfaces: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('vision');
  });
});

describe("values: how newcomers are taught, beside an experienced colleague or a mentor ('new drivers ride with a mentor', 'de eldste lærer opp de nye', 'nya svetsare i par med en erfaren kollega')", () => {
  it.each([
    ['en', 'New drivers spend their first fortnight in the cab with a mentor from their depot.'],
    ['en', 'Our oldest bakers train the new ones on every shift.'],
    ['nb', 'Nye montører går i par med en erfaren kollega de første tre månedene.'],
    ['nb', 'Hos oss lærer de eldste snekkerne opp de nye.'],
    ['sv', 'Nya förare kör med en erfaren kollega under de första veckorna.'],
    ['sv', 'Hos oss lär de äldsta bagarna upp de nya.'],
  ])('%s: a habit, values shown: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('values');
  });

  it.each([
    ['en', 'New customers get an experienced adviser for their first season.'],
    ['en', 'You will get a mentor from your own team.'],
    ['nb', 'Nye kunder får en erfaren rådgiver den første sesongen.'],
    ['nb', 'Du får en egen mentor det første året.'],
    ['sv', 'Nya kunder får en erfaren rådgivare under första säsongen.'],
    ['sv', 'Nya tandläkare får en egen handledare under det första året.'],
  ])('%s: a customer\'s adviser, or a mentor of one\'s own (a career\'s), is no habit of values: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('values');
  });
});

describe("career goals: colleagues counted who have risen since ('two of them have since become shift leaders', 'tre av lærlingene har gått videre til formann', 'två av dem har sedan blivit skiftledare')", () => {
  it.each([
    ['en', 'Two of them have since become site supervisors.'],
    ['en', 'Several of our drivers have gone on to become depot managers.'],
    ['nb', 'Tre av lærlingene har siden blitt formenn.'],
    ['nb', 'Flere av sjåførene har gått videre til jobben som transportleder.'],
    ['sv', 'Två av dem har sedan blivit arbetsledare.'],
    ['sv', 'Fyra montörer från vår egen skola har gått vidare till skiftledare.'],
  ])('%s: a route shown by those who took it: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('career-goals');
  });

  it.each([
    ['en', 'Two of our plants have since become more efficient.'],
    ['nb', 'To av butikkene har siden blitt bedre på svinn.'],
    ['sv', 'Två av fabrikerna har sedan blivit mer lönsamma.'],
  ])('%s: a thing that has become better is no route: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('career-goals');
  });
});

describe("strategy: an outsider's works under way ('the government is building …', 'Statens vegvesen bygger …', 'Trafikverket bygger om …')", () => {
  it.each([
    ['en', 'The government is building a new rail link to the port by 2029.'],
    ['en', 'The regional authority is rebuilding the ring road during 2027.'],
    ['nb', 'Statens vegvesen bygger ny bru over fjorden innen 2028.'],
    ['nb', 'Kommunene bygger ut gang- og sykkelveier i hele regionen innen 2027.'],
    ['sv', 'Trafikverket bygger om väg 40 mot hamnen under 2027.'],
    ['sv', 'Regeringen bygger ut laddinfrastrukturen längs E4 till 2028.'],
  ])('%s: theirs, not the company\'s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('strategy');
  });

  it.each([
    ['en', 'We are building a new depot in Leeds by 2027.'],
    ['nb', 'Vi bygger et nytt lager i Mo i Rana innen 2027.'],
    ['sv', 'Vi bygger en ny fabrik i Luleå till 2027.'],
  ])('%s: the company building is its own plan: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('strategy');
  });
});

describe("vision: what the company makes, meant to last a lifetime ('we make boots that are built to last for decades', 'vi lager møbler som er ment å vare i generasjoner', 'vi gör porslin som är tänkt att hålla i fyrtio år')", () => {
  it.each([
    ['en', 'We make boots that are built to be resoled and worn for decades.'],
    ['en', 'We build boats that are meant to sail for fifty years.'],
    ['nb', 'Vi lager møbler som er ment å gå i arv i generasjoner.'],
    ['nb', 'Vi bygger hus som er laget for å stå i hundre år.'],
    ['sv', 'Vi gör porslin som är tänkt att användas varje dag i fyrtio år.'],
    ['sv', 'Vi tillverkar stolar som är gjorda för att hålla i generationer.'],
  ])('%s: a purpose told by what the goods are for: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('vision');
  });

  it.each([
    ['en', 'We make software that is designed to integrate with any payroll system.'],
    ['nb', 'Vi lager programvare som er laget for å passe alle lønnssystemer.'],
    ['sv', 'Vi gör programvara som är tänkt att passa alla lönesystem.'],
  ])('%s: a product\'s features are no purpose: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('vision');
  });
});

describe("vision: a norm for the place the company serves, told as ours ('no one in our town should have to …', 'ingen i byen vår skal måtte …', 'ingen i vår stad ska behöva …')", () => {
  it.each([
    ['en', 'We believe no one in our valley should have to drive an hour to see a doctor.'],
    ['en', 'Nobody in our county should have to choose between heating and eating.'],
    ['nb', 'Ingen i bygda vår skal måtte kjøre en time til legen.'],
    ['nb', 'Vi mener at ingen i byen vår skal måtte velge mellom husleie og mat.'],
    ['sv', 'Ingen i vår kommun ska behöva köra en timme till läkaren.'],
    ['sv', 'Vi tycker att ingen i vår stad ska behöva välja mellan hyra och mat.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('vision');
  });

  it.each([
    ['en', 'We think everyone in our team should wear a helmet on site.'],
    ['nb', 'Alle i laget vårt skal bruke hjelm på anlegget.'],
    ['sv', 'Alla i vårt lag ska ha hjälm på bygget.'],
  ])('%s: a rule for our own people is no vision: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('vision');
  });
});
