// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { activeModel, useEvidenceModel } from '../../../core/evidence/model/judge';
import { scoreBlocks } from '../../../core/evidence/score';
import { promptsOf } from './prompts-alone';

/**
 * More prompt classes the twenty-second held-out set showed (the first are in v22-prompt-classes.test.ts), in English,
 * Norwegian and Swedish: a wish set to a deadline year ("By 2028 we want our platform live at 15 banks", "Innen 2029 vil
 * vi at …") is a target, the strategy's, not a vision; the same wish without its year is a vision, and so is one that names
 * itself the vision, deadline and all ("Vår visjon er å gjøre Nord-Norge selvforsynt … innen 2035"); what matters most to
 * the company, told as what should be so for others ("Det som betyr noe for oss, er at folk kan …"), is a vision, what it
 * asks of the reader ("Det viktigaste för oss är att du trivs") is not; a named person new in a post, told after a time
 * put first ("Sedan i oktober är Malin … ny ekonomichef", "Since March, Priya Shah has been our new site manager"), is a
 * person to meet, a place so told is not; a bad thing's figure above the company's own bar ("16 percent, well above our
 * target of 10", "langt over målet på 6 prosent") is a shortfall, a good thing's above it is not; a habit kept as a day,
 * a shift or a week comes round — everyone in a role opening it the same way ("Every supervisor starts the shift by …"),
 * or "we" doing something each round ("Vi starter hver mandag med …") — is a value, not the unit it names in passing;
 * a market's prices, rates or money that moved ("Salmon prices fell by 15 percent …", "Forskningsfinansieringen i Europa har
 * varit svag …") is the market's trouble, no shortfall of the company's, where its own doing is; the whole company
 * calling itself a team ("We are a team of 34 lawyers …", "Vi er et lite team på åtte") is no unit, a named team is;
 * a share of newcomers who left within their first year ("One in five new operators left us within their first year") is
 * an own shortfall, staff who stay are not; a habit of sharing or of a day that comes round, told with its reason ("Vi
 * delar våra misstag öppet på fredagsmötet, så att …"), is a value, not a purpose, where a work told so is a purpose; in
 * an ad, whom the reader will report to is a person to meet, not a reason to want the job, where a duty is; produce grown
 * or those who grow it ("food grown in Kenya", "grønnsaker dyrket i dalen", "avocado growers") are no growth, the company
 * growing is; a title line of a role and a unit the page goes on to call a team ("Senior Backend Engineer – Lending
 * Platform" over "The Lending Platform team is …") is no person, a role and a person's name is; a routine kept after each
 * one of something ("… send parents a short note after every term", "ringer kunden etter hver levering") is a habit.
 * Sentences written for this test; the rules alone (no learned judge), so the structure is what is tested.
 */

function promptsOfBlocks(blocks: Array<{ tag: string; text: string }>, lang: string): string[] {
  const shipped = activeModel();
  useEvidenceModel(undefined);
  try {
    return scoreBlocks(blocks, lang, undefined, { clipKind: 'job-ad' }).map((h) => h.promptId);
  } finally {
    useEvidenceModel(shipped);
  }
}


describe('vision: a wish set to a deadline year is a target, not a vision', () => {
  it.each([
    ['en', 'By 2029 we want our app used by 40 councils, up from nine today.', 'We want everyone in the valley to have a fast connection at home.'],
    ['nb', 'Innen 2029 vil vi at alle våre kunder skal kunne følge pakken sin på mobilen.', 'Vi vil at alle våre kunder skal kunne følge pakken sin på mobilen.'],
    ['sv', 'Senast 2029 vill vi att alla våra kunder ska kunna följa sitt paket i mobilen.', 'Vi vill att alla våra kunder ska kunna följa sitt paket i mobilen.'],
  ])('%s: %s', (lang, target, wish) => {
    expect(promptsOf(target, lang)).not.toContain('vision');
    expect(promptsOf(target, lang)).toContain('strategy');
    expect(promptsOf(wish, lang)).toContain('vision');
  });

  it.each([
    ['en', 'Our vision is a valley where every home is heated by clean energy by 2035.'],
    ['nb', 'Vår visjon er å gjøre Nord-Norge selvforsynt med fornybar energi innen 2035.'],
    ['sv', 'Vår vision är att göra Norrland självförsörjande med förnybar energi till 2035.'],
  ])('%s: a vision named as such keeps its deadline: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('vision');
  });
});

describe('vision: what matters most to the company, told as what should be so for others', () => {
  it.each([
    ['en', 'What counts for us is that every tenant can reach a person on the phone.'],
    ['nb', 'Det som betyr noe for oss, er at eldre kan bo hjemme så lenge de selv vil.'],
    ['sv', 'Det som betyder något för oss är att äldre kan bo kvar hemma så länge de vill.'],
  ])('%s: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).toContain('vision');
  });

  it.each([
    ['en', 'What matters most to us is that you enjoy your work.'],
    ['nb', 'Det viktigste for oss er at du har førerkort.'],
    ['sv', 'Det viktigaste för oss är att du trivs.'],
  ])('%s: what is asked of the reader is none: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('vision');
  });
});

describe('people: a named person new in a post, told after a time put first', () => {
  it.each([
    ['en', 'Since January, Tom Reid has been our new head baker.', 'Since January, the bakery has been our new flagship.'],
    ['nb', 'Fra januar er Ola Nordby Lien ny daglig leder i selskapet.', 'Fra januar er Lysheim nytt senter i regionen.'],
    ['sv', 'Sedan i mars är Johan Berg Lind ny driftchef på terminalen.', 'Sedan i mars är Umeå ny ort för oss.'],
  ])('%s: %s', (lang, person, place) => {
    expect(promptsOf(person, lang)).toContain('people');
    expect(promptsOf(place, lang)).not.toContain('people');
  });
});

describe('do-better: a bad thing above the bar the company set is a shortfall', () => {
  it.each([
    ['en', 'Waste rose to 16 percent, well above our target of 10 percent.', 'Sales reached 120 units, well above our target of 100.'],
    ['nb', 'Sykefraværet var 9 prosent, langt over målet på 6 prosent.', 'Omsetningen endte på 120 millioner, godt over målet på 100 millioner.'],
    ['sv', 'Sjukfrånvaron var 9 procent, långt över målet på 6 procent.', 'Omsättningen blev 120 miljoner, över målet på 100 miljoner.'],
  ])('%s: %s', (lang, bad, good) => {
    expect(promptsOf(bad, lang)).toContain('do-better');
    expect(promptsOf(good, lang)).not.toContain('do-better');
  });
});

describe('values: a habit kept as a day, a shift or a week comes round', () => {
  it.each([
    ['en', 'Every foreman starts the day by walking the site with the safety team.'],
    ['en', 'We open every week with a short meeting where anyone can raise a problem.'],
    ['nb', 'Hver skiftleder starter skiftet med en runde i hallen sammen med kvalitetsteamet.'],
    ['nb', 'Vi åpner hver uke med et kort møte i hver avdeling der alle kan si fra om feil.'],
    ['sv', 'Varje förman börjar dagen med en runda på bygget tillsammans med arbetslaget.'],
    ['sv', 'Vi börjar varje måndag med ett kort möte där alla kan ta upp fel.'],
  ])('%s: %s', (lang, sentence) => {
    const prompts = promptsOf(sentence, lang);
    expect(prompts).toContain('values');
    expect(prompts).not.toContain('department');
  });

  it.each([
    ['en', 'Every supervisor started the shift late last winter.'],
    ['nb', 'Hver skiftleder skal starte skiftet med en runde i hallen fra 2027.'],
    ['sv', 'Varje förman började dagen med en runda i fjol.'],
  ])('%s: an event or a plan is no habit: %s', (lang, sentence) => {
    expect(promptsOf(sentence, lang)).not.toContain('values');
  });
});

describe("do-better: a market's prices, rates or money that moved are the market's", () => {
  it.each([
    ['en', 'Timber prices fell by a fifth over the summer, which cut into our margins.', 'Our delivery times rose to nine days, and customers complained.'],
    ['nb', 'Lakseprisene falt med 15 prosent i andre halvår, og det svekket resultatet vårt.', 'Vi satte ned prisene for sent, og marginene falt.'],
    ['sv', 'Räntan steg hela året, och flera kunder sköt upp sina köp.', 'Vi höjde priserna för sent och tappade kunder.'],
  ])('%s: %s', (lang, market, own) => {
    expect(promptsOf(market, lang)).not.toContain('do-better');
    expect(promptsOf(own, lang)).toContain('do-better');
  });
});

describe('department: the whole company calling itself a team is no unit', () => {
  it.each([
    ['en', 'We are a team of 40 engineers and designers in Bristol and Cardiff.', 'Our design team is 12 engineers in Bristol.'],
    ['nb', 'Vi er et lite team på åtte rådgivere i Bergen.', 'Rådgivningsteamet i Bergen har åtte rådgivere.'],
    ['sv', 'Vi är ett team på 25 konsulter i Malmö och Lund.', 'Konsultteamet i Malmö har 25 konsulter.'],
  ])('%s: %s', (lang, whole, unit) => {
    expect(promptsOf(whole, lang)).not.toContain('department');
    expect(promptsOf(unit, lang)).toContain('department');
  });
});

describe('do-better: a share of newcomers who left within their first year', () => {
  it.each([
    ['en', 'A third of the apprentices we took on in 2025 left us within their first year.', 'Our drivers rarely leave us; most stay for more than ten years.'],
    ['nb', 'Hver fjerde nyansatte sykepleier sluttet hos oss i løpet av det første året.', 'De fleste blir hos oss i mange år.'],
    ['sv', 'Var tredje nyanställd montör slutade hos oss under första året.', 'De flesta stannar hos oss i många år.'],
  ])('%s: %s', (lang, left, stay) => {
    expect(promptsOf(left, lang)).toContain('do-better');
    expect(promptsOf(stay, lang)).not.toContain('do-better');
  });
});

describe('vision: a habit told with its reason is a value, not a purpose', () => {
  it.each([
    ['en', 'We share our mistakes openly at the Friday meeting, so that the next crew does not repeat them.', 'We build cycle lanes so that children can ride to school safely.'],
    ['nb', 'Vi deler feilene våre åpent på fredagsmøtet, slik at neste lag slipper å gjøre dem om igjen.', 'Vi lager ferger som går på strøm, slik at fjorden blir renere.'],
    ['sv', 'Vi delar våra fel öppet på måndagsmötet, så att nästa skift slipper göra om dem.', 'Vi bygger cykelbanor så att barnen kan cykla tryggt till skolan.'],
  ])('%s: %s', (lang, habit, purpose) => {
    expect(promptsOf(habit, lang)).not.toContain('vision');
    expect(promptsOf(habit, lang)).toContain('values');
    expect(promptsOf(purpose, lang)).toContain('vision');
  });
});

describe('why-this-job: whom the reader reports to is a person, not a reason to want the job', () => {
  it.each([
    ['en', 'You will report to Anna Berg, Head of Payments, who joined us in 2021.', 'You will lead the move of our billing engine to the cloud.'],
    ['nb', 'Du vil rapportere til driftssjef Kari Holm, som har ledet verkstedet siden 2018.', 'Du får ansvar for å bygge opp en ny linje for reparasjon av turbiner.'],
    ['sv', 'Du kommer att rapportera till produktionschef Eva Lund, som har lett bageriet sedan 2019.', 'Du kommer att ansvara för att bygga upp en ny linje för surdegsbröd.'],
  ])('%s: %s', (lang, report, duty) => {
    expect(promptsOf(report, lang, 'job-ad')).not.toContain('why-this-job');
    expect(promptsOf(report, lang, 'job-ad')).toContain('people');
    expect(promptsOf(duty, lang, 'job-ad')).toContain('why-this-job');
  });
});

describe('strategy: produce grown, or its growers, is no growth of the company', () => {
  it.each([
    ['en', 'Our purpose is to make sure that vegetables grown in the valley reach local schools fresh.', 'We will grow our export sales to a third of revenue by 2029.'],
    ['en', 'Avocado growers in the region sell most of their crop abroad.', 'The company is growing fast and will open two new stores in 2027.'],
    ['nb', 'Formålet vårt er at grønnsaker dyrket i dalen skal nå skolene ferske.', 'Vi skal vokse til 40 butikker innen 2029.'],
    ['sv', 'Vårt syfte är att grönsaker odlade i dalen ska nå skolorna färska.', 'Vi ska växa till 40 butiker till 2029.'],
  ])('%s: %s', (lang, produce, growth) => {
    expect(promptsOf(produce, lang)).not.toContain('strategy');
    expect(promptsOf(growth, lang)).toContain('strategy');
  });
});

describe('people: a title of a role and a unit the page calls a team is no person', () => {
  it.each([
    ['en', 'Senior Data Engineer – Payments Core', 'The Payments Core team is nine engineers in Leeds who run the card ledger.'],
    ['nb', 'Seniorutvikler – Betaling Bedrift', 'Betaling Bedrift-teamet har åtte utviklere i Oslo som eier fakturatjenestene.'],
    ['sv', 'Backendutvecklare – Digitala Kanaler', 'Digitala Kanaler-teamet består av tio utvecklare i Malmö.'],
  ])('%s: %s', (lang, title, team) => {
    expect(promptsOfBlocks([{ tag: 'h1', text: title }, { tag: 'p', text: team }], lang)).not.toContain('people');
  });

  it.each([
    ['en', 'Senior Data Engineer – Helen Marsh', 'Helen Marsh leads nine engineers in Leeds who run the card ledger.'],
    ['nb', 'Daglig leder – Kari Nordmann', 'Kari Nordmann har ledet selskapet siden 2015.'],
    ['sv', 'Verkställande direktör – Eva Lund', 'Eva Lund har lett bolaget sedan 2019.'],
  ])('%s: a role and a name stays a person: %s', (lang, title, bio) => {
    expect(promptsOfBlocks([{ tag: 'h1', text: title }, { tag: 'p', text: bio }], lang)).toContain('people');
  });
});

describe('values: a routine kept after each one of something', () => {
  it.each([
    ['en', 'Our nurses phone every patient\'s family after every operation.', 'Our nurses phoned the family after the operation last week.'],
    ['nb', 'Sjåførene våre ringer kunden etter hver levering for å høre om alt gikk bra.', 'Sjåføren ringte kunden etter leveringen i går.'],
    ['sv', 'Våra montörer skickar en kort rapport till kunden efter varje jobb.', 'Montören skickade en rapport till kunden efter jobbet i fredags.'],
  ])('%s: %s', (lang, routine, event) => {
    expect(promptsOf(routine, lang)).toContain('values');
    expect(promptsOf(event, lang)).not.toContain('values');
  });
});
