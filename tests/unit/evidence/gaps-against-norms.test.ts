// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { scoreBlocks } from '../../../core/evidence/score';
import { tellsShortfall } from '../../../core/evidence/shortfall';
import { fold, words } from '../../../core/evidence/stems';
import type { TextBlock } from '../../../core/model';
import { getPrompt } from '../../../core/prompts';

/**
 * Do-better from the company's own figures set against a norm, without a negative word: a figure against what was
 * agreed or promised and worse than it (a time or a bad thing above it, anything else below), a time later or longer
 * than it should have been ("after 06:00 instead of 05:00"), a long time only when it is the answer's or the wait's.
 * Not good news told the same way, and not a trouble whose cause lay with someone else ("in their own building") or
 * beyond the company's reach ("that we can do nothing about").
 */

const doBetterHits = (sentence: string, lang: string): string[] => {
  const prompt = getPrompt('do-better');
  if (!prompt) throw new Error('No prompt do-better');
  const blocks: TextBlock[] = [{ tag: 'p', heading: 'Nytt', text: sentence }];
  return scoreBlocks(blocks, lang, [prompt], { clipKind: 'company' }).map((h) => h.sentence);
};
const gap = (sentence: string): boolean => tellsShortfall(words(fold(sentence)));

describe('an own figure worse than the norm', () => {
  it.each([
    ['en', 'Temporary staff worked 26 percent of weekend hours in June, against the 12 percent agreed with the union.'],
    ['en', 'Refunds reached customers after nine days on average, against the three days we promise.'],
    ['en', 'In winter the first bus reached the terminal at 07:20 instead of 06:50.'],
    ['nb', 'Innleide sto for 30 prosent av timene i helgene, mot de 15 prosentene vi avtalte med klubben.'],
    ['nb', 'Varene kom fram etter 11 dager i stedet for fire.'],
    ['sv', 'Inhyrda gjorde 25 procent av alla timmar i juli, mot de 10 procent som parterna kom överens om.'],
    ['sv', 'Tidningen kom ut 06:30 istället för 05:00 tre morgnar i rad.'],
  ])('%s: %s', (lang, sentence) => {
    expect(gap(sentence)).toBe(true);
    expect(doBetterHits(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    // Good news told against the norm: above a promised share, earlier or shorter than before.
    ['en', 'We answered 98 percent of calls within a minute, against the 90 percent we promised.'],
    ['en', 'The nightly run now takes 9 minutes instead of 40.'],
    ['nb', 'Vi svarte på 97 prosent av henvendelsene samme dag, mot de 90 prosentene vi lover.'],
    ['sv', 'Bussarna går nu 05:40 istället för 06:10.'],
    // A time that no one waited: "svarar" and the week are apart.
    ['sv', 'Kundtjänsten i Gävle svarar i telefon för alla tio kontoren, och alla nyanställda sitter där en vecka.'],
  ])('not %s: %s', (_lang, sentence) => {
    expect(gap(sentence)).toBe(false);
  });
});

describe('a trouble whose cause lay with others', () => {
  it.each([
    ['en', 'A customer in Leeds lost power to his heat pump that weekend, but the outage came from a fault in their own building.'],
    ['nb', 'En kunde på Voss mistet strømmen samme helg, men det skyldtes en feil i deres eget anlegg.'],
    ['sv', 'Kunderna på landsbygden ringer ofta om strömavbrott som vi inte kan göra något åt.'],
  ])('not do-better, %s: %s', (lang, sentence) => {
    expect(doBetterHits(sentence, lang)).toEqual([]);
  });

  it.each([
    ['en', 'An outage in our own data centre left customers without power readings for four hours.'],
    ['sv', 'Strömavbrotten i våra egna nät varade i snitt fyra timmar i fjol.'],
  ])('still do-better when the trouble is ours, %s: %s', (lang, sentence) => {
    expect(doBetterHits(sentence, lang)).toEqual([sentence]);
  });
});
