// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tellsHabit, tellsNorm, tellsPurpose } from '../../../core/evidence/habits-norms';
import { scoreBlocks } from '../../../core/evidence/score';
import { fold, words } from '../../../core/evidence/stems';
import type { TextBlock } from '../../../core/model';
import { getPrompt, type Prompt } from '../../../core/prompts';

/**
 * Values shown as habits (what is always done, by or for everyone; a rule for whoever it concerns; a routine
 * after every event), and a vision said as a norm for the world the company serves ("… should end up in an
 * animal", "… skal være så god at …"). And what looks like either but is not: a standing vacancy, a plan
 * with a date, a requirement of the reader, a regret.
 */

function prompt(id: string): Prompt {
  const found = getPrompt(id);
  if (!found) throw new Error(`No prompt ${id}`);
  return found;
}

const hits = (id: string, sentence: string, lang: string): string[] => {
  const blocks: TextBlock[] = [{ tag: 'p', text: sentence }];
  return scoreBlocks(blocks, lang, [prompt(id)], { clipKind: 'company' }).map((h) => h.sentence);
};
const folded = (sentence: string): string[] => words(fold(sentence));

describe('values: habits', () => {
  it.each([
    ['en', 'We cover the cost of a first-aid course for every driver, in paid time.'],
    ['en', 'Every new apprentice spends a week in the control room before going out with a crew.'],
    ['en', 'Whoever is on call, the whole office has breakfast together on Fridays.'],
    ['en', 'Anyone can pause a delivery they think is unsafe, and nobody has to explain why.'],
    ['nb', 'Vi ringer alltid kunden selv dersom en levering blir forsinket.'],
    ['nb', 'Alle nyansatte kjører en uke med en erfaren sjåfør før de får egen rute.'],
    ['nb', 'Den som oppdager en feil på linjen, får stoppe den, og det takker vi for.'],
    ['sv', 'Vi bjuder alltid på frukost den första måndagen i månaden.'],
    ['sv', 'Alla nyanställda jobbar två dagar i kundtjänst under första veckan.'],
    ['sv', 'Efter varje olycka går vi igenom vad som hände, utan att leta syndabockar.'],
    ['en', 'Every apprentice gets a fortnight in the design office before choosing a trade.'],
    ['nb', 'Alle lærlinger får en egen fadder fra et annet verksted det første året.'],
    ['sv', 'Hos oss får alla förare prova på planeringen en vecka om året.'],
  ])('%s: %s', (lang, sentence) => {
    expect(tellsHabit(folded(sentence))).toBe(true);
    expect(hits('values', sentence, lang)).toEqual([sentence]);
  });

  it.each([
    ['en', 'We are always looking for drivers who enjoy a early start.'],
    ['en', 'Our depot in Exeter opened in 1998.'],
    ['nb', 'Vi ser alltid etter dyktige mekanikere.'],
    ['nb', 'Vi leverer til butikker i hele fylket.'],
    ['sv', 'Vi söker alltid fler undersköterskor till nattpasset.'],
    ['sv', 'Alla priser är inklusive moms.'],
    ['en', 'All orders can be returned within 30 days of delivery.'],
    // A purpose for everyone served, not a habit.
    ['en', 'We exist to put a warm meal on the table for every child in the valley.'],
    ['nb', 'Vi jobber for å gi et godt tilbud til hver familie i kommunen.'],
    ['sv', 'Vi finns till för att ge ett tryggt boende till varje familj i kommunen.'],
    ['nb', 'Alle bestillinger kan returneres innen 30 dager.'],
  ])('not a habit: %s: %s', (lang, sentence) => {
    expect(tellsHabit(folded(sentence))).toBe(false);
    expect(hits('values', sentence, lang)).toEqual([]);
  });
});

describe('vision: a norm for the world served', () => {
  it.each([
    ['en', 'Every litre of milk a dairy sends us should reach a table, not a drain.'],
    ['en', 'A child in a village school should learn to swim as early as a child in the city.'],
    // "a menu" in prose is no menu button.
    ['en', 'A driver stuck at a closed border at midnight should reach a person, not a menu.'],
    ['nb', 'Maten fra gården skal være så god at folk kjører en omvei for å kjøpe den.'],
    ['sv', 'Brödet från Västerslätt ska vara så gott att ingen vill handla fabriksbröd igen.'],
  ])('%s: %s', (lang, sentence) => {
    expect(tellsNorm(folded(sentence))).toBe(true);
    expect(hits('vision', sentence, lang)).toEqual([sentence]);
  });

  it.each([
    ['en', 'You should have a full driving licence and a clean record.'],
    ['en', 'We should have told our customers about the delay much earlier.'],
    ['en', 'Our team should be in the new building by the spring.'],
    ['nb', 'Det nye lageret skal være klart i 2027.'],
    ['nb', 'Du skal være så trygg på maskinen at du kan lære opp andre.'],
    ['sv', 'Verkstaden ska vara färdig senast i mars 2027.'],
    // Instructions, not a world to aim for.
    ['en', 'Applications should be sent to the site manager by the end of the month.'],
    ['en', 'Towels should be washed after every stay.'],
  ])('not a norm: %s: %s', (lang, sentence) => {
    expect(tellsNorm(folded(sentence))).toBe(false);
  });
});

describe('vision: a purpose told through what the company does', () => {
  it.each([
    ['en', 'We build ramps that a wheelchair user can take without help.'],
    ['en', 'We grow salad in old mines so that the valley keeps its jobs.'],
    ['nb', 'Vi lager sykler som alle kan reparere med et vanlig verktøysett.'],
    ['nb', 'Vi planter skog på gamle beiter slik at jorda ikke vaskes ut.'],
    ['sv', 'Vi bygger bostäder som unga kan hyra utan att ställa sig i kö i tio år.'],
    ['en', 'The founders say the company wants farmers to lose less feed to rats and damp.'],
  ])('%s: %s', (lang, sentence) => {
    expect(tellsPurpose(folded(sentence))).toBe(true);
    expect(hits('vision', sentence, lang)).toEqual([sentence]);
  });

  it.each([
    ['en', 'We moved the meeting to Friday so that everyone could come.'],
    ['en', 'We have three machines that can cut steel up to 40 mm.'],
    ['nb', 'Vi er 40 ansatte som kan hjelpe deg med det meste.'],
    ['sv', 'Vi har en kundtjänst som kan svara på frågor dygnet runt.'],
    ['en', 'Do you want to join a small team in Truro?'],
    ['en', 'Customers want to know when the van will arrive.'],
  ])('not a purpose: %s: %s', (_, sentence) => {
    expect(tellsPurpose(folded(sentence))).toBe(false);
  });
});
