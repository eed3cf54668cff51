// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { scoreBlocks } from '../../../core/evidence/score';
import type { TextBlock } from '../../../core/model';
import { getPrompt } from '../../../core/prompts';

/**
 * Strategy, a class v16 showed: a council's or a customer's plan named beside the company's is theirs ("The county
 * council plans to tender its ferry routes from 2028", "Drammen kommune planlegger …", "Köparen av elen … planerar"),
 * not where the company is heading; the company's own plan in the same words stays. v17 showed the class is wider: any
 * plan whose subject is outside the company (the government, a competitor, the industry, public bodies in the plural,
 * a customer with a word of intent) is theirs (core/evidence/others-plans.ts); customers the company promises
 * something to ("Customers will get …") are not planners.
 */

const strategyHits = (sentence: string, lang: string): string[] => {
  const strategy = getPrompt('strategy');
  if (!strategy) throw new Error('No prompt strategy');
  const blocks: TextBlock[] = [{ tag: 'p', heading: 'Nyheter', text: sentence }];
  return scoreBlocks(blocks, lang, [strategy], { clipKind: 'company' }).map((h) => h.sentence);
};

describe("strategy: another body's plan", () => {
  it.each([
    ['en', 'The county council plans to tender its local ferry routes as one contract from 2028.'],
    ['en', 'Our largest customer, a salmon exporter, plans to double its exports to Asia by 2029.'],
    ['nb', 'Drammen kommune planlegger samtidig å gjøre Bragernes torg bilfritt fra 2027.'],
    ['nb', 'Vår største kunde, et sjømatselskap i Lofoten, planlegger å doble eksporten til Asia innen 2029.'],
    ['sv', 'Laholms kommun planerar ett nytt industriområde vid E6 från 2028.'],
    ['sv', 'Köparen av elen, ett stålverk i Hallstahammar, planerar att elektrifiera sina ugnar till 2029.'],
    ['en', 'The Scottish government wants every new home to have a heat pump by 2030.'],
    ['en', 'Competitor Harlow Data raised 12 million pounds this spring and plans to open in Leeds in 2027.'],
    ['nb', 'Regjeringen vil at alle nye ferger skal være utslippsfrie innen 2030.'],
    ['nb', 'Konkurrenten Fjordlink planlegger å etablere seg i Bergen i 2027.'],
    ['nb', 'Bransjen regner med at etterspørselen etter elektrikere vil øke kraftig fram mot 2030.'],
    ['sv', 'Regeringen vill att alla kommuner ska ha en plan för vattenförsörjning senast 2028.'],
    ['sv', 'Många kommuner har ont om personal, och branschen räknar med att behovet växer till 2030.'],
    ['sv', 'Kunden Norrhamn Logistik planerar att bygga två nya lager under 2028.'],
    // A partner's or a supplier's plan (the nineteenth set's annual letter).
    ['en', 'Our partner Elmcourt Pharma plans to open a manufacturing plant in Ireland in 2028.'],
    ['nb', 'Partneren vår Fjordlab planlegger å bygge et nytt laboratorium i Bergen i 2027.'],
    ['sv', 'Leverantören Norrvidde Kartong planerar att bygga en ny fabrik i Umeå under 2028.'],
  ])('%s: %s', (lang, sentence) => {
    expect(strategyHits(sentence, lang)).toEqual([]);
  });

  it.each([
    ['en', 'We plan to replace both older vessels with battery-hybrid ships by 2027.'],
    ['nb', 'Vi planlegger å åpne to nye utsalg i Lier innen 2028.'],
    ['sv', 'Vi planerar att bygga en ny solpark utanför Köping under 2027.'],
    ['en', 'From 1 February 2027 customers will be able to book a call-back time online, and we will add six advisers to the contact team.'],
    ['nb', 'Innen 2028 skal vi ha doblet kapasiteten i dokka, slik at kundene slipper å vente.'],
    ['sv', 'Till 2028 ska vi öppna en ny mottagning i Enköping, så att våra kunder i Mälardalen får kortare resväg.'],
  ])('%s, the company\'s own plan: %s', (lang, sentence) => {
    expect(strategyHits(sentence, lang)).toEqual([sentence]);
  });
});

describe("strategy: a named person's own diary, their role between commas", () => {
  it.each([
    ['en', 'Eirik Tverråsen, Secretary General, will present the full-year figures in March 2027.'],
    ['nb', 'Kari Nordvik, daglig leder, skal legge fram årstallene i mars 2027.'],
    ['sv', 'Anna Lindqvist, vd, ska presentera bokslutet i februari 2027.'],
  ])('%s: %s', (lang, sentence) => {
    expect(strategyHits(sentence, lang)).toEqual([]);
  });

  it.each([
    ['en', 'Our chief executive says we will open two new depots in Kisumu by June 2027.'],
    ['nb', 'Daglig leder sier at vi skal åpne to nye butikker i Tromsø i 2027.'],
  ])('%s, the company\'s plan told by its leader: %s', (lang, sentence) => {
    expect(strategyHits(sentence, lang)).toEqual([sentence]);
  });
});
