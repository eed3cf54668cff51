// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tellsPurpose } from '../../../core/evidence/habits-norms';
import { scoreBlocks } from '../../../core/evidence/score';
import { fold, words } from '../../../core/evidence/stems';
import type { TextBlock } from '../../../core/model';
import { getPrompt } from '../../../core/prompts';

/**
 * Vision: a wish for the people served, said with "would like", "'d like" or "wanted" as much as with "want"
 * ("I would like every tenant to know …", "she wanted farmers to be able to …"; the Bokmål and Swedish "vil at … skal",
 * "vill att … ska" were read already). Not vision: what the company does to every case, or always, with its reason
 * ("Vi holder alle … slik at …", "We call every customer …, so that …"): a routine of the house, however it ends.
 */

const purpose = (sentence: string): boolean => tellsPurpose(words(fold(sentence)));
const visionHits = (sentence: string, lang: string): string[] => {
  const vision = getPrompt('vision');
  if (!vision) throw new Error('No prompt vision');
  const blocks: TextBlock[] = [{ tag: 'p', text: sentence }];
  return scoreBlocks(blocks, lang, [vision], { clipKind: 'company' }).map((h) => h.sentence);
};

describe('vision: a wish for the people served, with "would like" or "wanted"', () => {
  it.each([
    ['en', 'I would like every tenant in the borough to know the name of the person who fixes their boiler.'],
    ['en', "We'd like a farmer on a small holding to get a vet's answer the same evening."],
    ['en', 'The founder said she wanted families in the valley to be able to buy bread baked that morning.'],
    ['nb', 'Jeg vil at alle leietakere i bydelen skal vite hvem som fikser varmtvannet deres.'],
    ['sv', 'Jag vill att varje hyresgäst i stadsdelen ska veta vem som lagar deras värme.'],
  ])('%s: "%s" is a wish for others', (lang, sentence) => {
    expect(visionHits(sentence, lang)).toContain(sentence);
  });

  it.each([
    ['en', 'Would you like us to call you back tomorrow morning?'],
    ['en', 'I would like to thank everyone who came to the open day.'],
  ])('%s: "%s" is no wish for others', (_lang, sentence) => {
    expect(purpose(sentence)).toBe(false);
  });
});

describe('vision: a routine done to every case, with its reason, is no purpose', () => {
  it.each([
    ['nb', 'Vi holder alle medarbeidersamtaler med to ledere til stede, slik at ingen står alene med en vurdering.'],
    ['nb', 'Vi ringer alltid kunden dagen etter, slik at feil blir rettet før helgen.'],
    ['sv', 'Vi håller alla avgångssamtal med en chef från en annan enhet, så att den som slutar kan säga vad den tycker.'],
    ['en', 'We call every customer the day after a repair, so that a fault is put right before the weekend.'],
  ])('%s: "%s" is a routine, not a purpose', (lang, sentence) => {
    expect(purpose(sentence)).toBe(false);
    expect(visionHits(sentence, lang)).not.toContain(sentence);
  });

  it.each([
    ['en', 'We build small wind turbines so that a farm can run its own dryer.'],
    ['sv', 'Vi bygger solparker på mark som ingen kan odla på, så att åkrarna får fortsätta vara åkrar.'],
  ])('%s: "%s" still tells a purpose', (_lang, sentence) => {
    expect(purpose(sentence)).toBe(true);
  });
});

describe('vision: a wish whose "whom" runs on in a relative clause before "skal"/"ska"', () => {
  it.each([
    ['nb', 'Vi vil at hvert barn som går ut av en av barnehagene våre, skal klatre, tåle å bli våt og tørre å spørre.'],
    ['nb', 'Jeg vil at hver eldre som bor alene i bygdene, skal ha besøk hver dag.'],
    ['sv', 'Vi vill att varje barn som lämnar en av förskolorna i kommunen, ska klättra och våga fråga.'],
    ['sv', 'Jag vill att varje äldre som bor ensam på landet, ska få besök varje dag.'],
  ])('%s: "%s" tells a purpose', (lang, sentence) => {
    expect(purpose(sentence)).toBe(true);
    expect(visionHits(sentence, lang)).toContain(sentence);
  });

  it('en: "We want every child who leaves one of our nurseries to climb …" is read as before', () => {
    const sentence = 'We want every child who leaves one of our nurseries to climb, get wet without minding and dare to ask.';
    expect(visionHits(sentence, 'en')).toContain(sentence);
  });
});
