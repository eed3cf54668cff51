// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tellsNorm, tellsPurpose } from '../../../core/evidence/habits-norms';
import { scoreBlocks } from '../../../core/evidence/score';
import { fold, words } from '../../../core/evidence/stems';
import type { TextBlock } from '../../../core/model';
import { getPrompt, type Prompt } from '../../../core/prompts';

/**
 * A vision told as a norm for the people a company serves, in the forms history pages, product pages,
 * help pages and career pages use: said of anyone or no one ("Ingen i Tromsø skal …", "Varje patient ska
 * …", "Alla som … ska …"), after a condition ("Når en båt får motorstopp …, skal fiskeren …"), or as an
 * opinion ("We think a heat pump should …"). Not a rule for the company's own staff, nor a plan with a time.
 */

function prompt(id: string): Prompt {
  const found = getPrompt(id);
  if (!found) throw new Error(`No prompt ${id}`);
  return found;
}

const folded = (sentence: string): string[] => words(fold(sentence));
const visionOf = (sentence: string, lang: string): string[] => {
  const blocks: TextBlock[] = [{ tag: 'p', heading: 'Historien vår', text: sentence }];
  return scoreBlocks(blocks, lang, [prompt('vision')], { clipKind: 'company' }).map((h) => h.sentence);
};

describe('a norm said of anyone or no one served', () => {
  it.each([
    ['nb', 'Ingen i Tromsø skal måtte stå uten tannlege fordi de bor langt fra byen.'],
    ['nb', 'Hver kunde skal få en regning som er til å forstå.'],
    ['sv', 'Varje patient ska få träffa samma barnmorska före och efter förlossningen.'],
    ['sv', 'Alla som cyklar till jobbet i Umeå ska ha en upplyst väg hela vägen.'],
    ['en', 'No family should have to choose between heating and eating.'],
  ])('%s: %s is a norm and a vision', (lang, sentence) => {
    expect(tellsNorm(folded(sentence))).toBe(true);
    expect(visionOf(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    // The company's own people: a house rule, a value. A time makes it a plan.
    ['nb', 'Alle ansatte skal ha gjennomført førstehjelpskurs.'],
    ['nb', 'Ingen hos oss skal jobbe mer enn to helger i måneden.'],
    ['sv', 'Alla medarbetare ska ha ett utvecklingssamtal varje vår.'],
    ['sv', 'Alla kunder ska ha fått den nya mätaren senast 2027.'],
    ['nb', 'Hver avdeling skal levere budsjettet innen 1. oktober.'],
    ['en', 'Every applicant should send a CV by 30 June.'],
  ])('%s: %s is no norm', (_, sentence) => {
    expect(tellsNorm(folded(sentence))).toBe(false);
  });
});

describe('a norm after a condition, for whoever it befalls', () => {
  it.each([
    ['nb', 'Når en båt får motorstopp på feltet, skal fiskeren være på sjøen igjen dagen etter.'],
    ['sv', 'När en värmepump stannar mitt i en kall natt, ska kunden ha värme igen samma kväll.'],
  ])('%s: %s is a norm', (lang, sentence) => {
    expect(tellsNorm(folded(sentence))).toBe(true);
    expect(visionOf(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    // "skal vi", "ska du": the company's routine or an instruction to the reader.
    ['nb', 'Når en båt får motorstopp, skal vi rykke ut innen en time.'],
    ['sv', 'När en värmepump stannar, ska du först kontrollera säkringen.'],
    ['nb', 'Når du har fått svar, skal søknaden sendes inn igjen.'],
  ])('%s: %s is no norm', (_, sentence) => {
    expect(tellsNorm(folded(sentence))).toBe(false);
  });
});

describe('a norm said as an opinion', () => {
  it.each([
    ['en', 'We think a heat pump should keep a house warm, not sit idle through a power cut.'],
    ['en', 'We believe that every bus stop in the valley should have a shelter.'],
    ['nb', 'Vi mener at strømregningen skal være like lett å lese som en kvittering.'],
    ['sv', 'Vi tycker att en hörapparat ska gå att laga på samma dag.'],
  ])('%s: %s is a norm', (_, sentence) => {
    expect(tellsNorm(folded(sentence))).toBe(true);
  });

  it.each([
    // Of the company or the reader, or no "should" at all: an opinion, not a norm for the world.
    ['en', 'We think we should open on Saturdays as well.'],
    ['en', 'We think you will like the new app.'],
    ['nb', 'Vi mener vi skal bli bedre på å svare raskt.'],
    ['sv', 'Vi tycker att du ska ringa oss först.'],
    ['sv', 'Vi tror att efterfrågan kommer att öka.'],
  ])('%s: %s is no norm', (_, sentence) => {
    expect(tellsNorm(folded(sentence))).toBe(false);
  });
});

describe('what a company or its head wants for others, named at some length', () => {
  it.each([
    ['We want every farm shop in the county to sell milk from cows it can see from the window.'],
    ['"I want a pupil from Wick to be able to study medicine without moving away," she says.'],
  ])('%s is a purpose', (sentence) => {
    expect(tellsPurpose(folded(sentence))).toBe(true);
    expect(visionOf(sentence, 'en')).toEqual([sentence]);
  });

  it.each([
    // A target with its year is a strategy; the reader, the company itself or a bare wish are no purpose for others.
    ['By 2030 we want half of our sales to come from repairs and rentals.'],
    ['We want more than a third of our revenue to come from Germany by 2028.'],
    ['I want you to feel at home in the team from the first day.'],
    ['We want to grow the business in Scotland and the north of England.'],
  ])('%s is no purpose', (sentence) => {
    expect(tellsPurpose(folded(sentence))).toBe(false);
  });
});
