// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { sentenceQuality } from '../../../core/evidence/quality';
import { scoreBlocks } from '../../../core/evidence/score';
import { namesUnitAsSubject } from '../../../core/evidence/unit-subject';
import type { TextBlock } from '../../../core/model';
import { getPrompt, type Prompt } from '../../../core/prompts';

/**
 * Department: a unit told by what it is made of ("The kitchen brigade is six chefs and two kitchen porters"); a unit
 * named as the subject holds for the department even under a heading of how the company works, where it would
 * otherwise go to values as answered elsewhere; a dish list in prose ("a tasting menu") is no menu button, and a
 * post's "Posted by … · Share" line is furniture. Not a purpose ("Our purpose is to …"), the company's size, the
 * board, nor a dated plan of the unit ranked above the unit as it is.
 */
const prompt = (id: string): Prompt => {
  const found = getPrompt(id);
  if (!found) throw new Error(`No prompt ${id}`);
  return found;
};

const shown = (blocks: TextBlock[], lang: string, ids: string[] = ['department']): string[] =>
  scoreBlocks(blocks, lang, ids.map(prompt), { clipKind: 'company' }).filter((h) => h.promptId === 'department').map((h) => h.sentence);

describe('department: a unit told by its make-up, and kept under a heading of how the company works', () => {
  it.each([
    ['The night crew is four packers and two forklift drivers, and it clears the dock before six.'],
    ['The repair committee has three fitters, a planner and me, and it meets every Monday.'],
    ['Our billing desk is five advisers and a team lead who answer every invoice query.'],
  ])('en: %s', (sentence) => {
    expect(namesUnitAsSubject(sentence)).toBe(true);
    expect(shown([{ tag: 'p', heading: 'Who we are', text: sentence }], 'en')).toEqual([sentence]);
  });

  it.each([
    ['en', 'Our purpose is to make good, honest food that busy families can rely on every day.'],
    ['en', 'The company has 400 employees and two factories in Wales.'],
    ['en', 'The board has five members, and two of them are elected by staff.'],
    ['en', 'Our aim is two things, and both are simple.'],
  ])('not %s: %s', (_lang, sentence) => {
    expect(namesUnitAsSubject(sentence)).toBe(false);
  });

  it.each([
    ['en', 'How we work', 'The night crew is four packers and two forklift drivers, and it clears the dock before six.'],
    ['nb', 'Slik jobber vi', 'Pakketeamet på fire lagermedarbeidere sender alle ordre før klokken 15.'],
    ['sv', 'Så arbetar vi', 'Jourteamet på fem sjuksköterskor tar emot alla samtal på natten.'],
  ])('%s: a unit under "%s" stays the department\'s', (lang, heading, sentence) => {
    const blocks: TextBlock[] = [{ tag: 'p', heading, text: sentence }];
    expect(shown(blocks, lang, ['department', 'values'])).toEqual([sentence]);
  });

  it.each([
    ['nb', 'Kundeteamet utvides med to rådgivere i mars 2027.', 'Kundeteamet svarer på alle henvendelser samme dag.'],
    ['sv', 'Kundteamet utökas med två rådgivare i mars 2027.', 'Kundteamet svarar på alla frågor samma dag.'],
    // (In English both hold the cue "team" and weigh the same: the order is the page's.)
  ])('%s: the unit as it is ranks above a dated plan of it', (lang, plan, now) => {
    const blocks: TextBlock[] = [
      { tag: 'p', heading: 'Nytt', text: plan },
      { tag: 'p', heading: 'Nytt', text: now },
    ];
    expect(shown(blocks, lang)[0]).toBe(now);
  });

  it('reads a dish list in prose as prose, and a post byline with Share as furniture', () => {
    expect(sentenceQuality('The kitchen cooks breakfast, lunch and a tasting menu five nights a week.')).toBeGreaterThan(0.5);
    expect(sentenceQuality('Kjøkkenet lager frokost, lunsj og vår nye meny fem kvelder i uka.')).toBeGreaterThan(0.5);
    expect(sentenceQuality('Köket lagar frukost, lunch och en avsmakningsmeny fem kvällar i veckan.')).toBeGreaterThan(0.5);
    expect(sentenceQuality('Posted by the Harbour Tools team · Share')).toBeLessThan(0.15);
    expect(sentenceQuality('Skrevet av kundeteamet · Del', 'p')).toBeLessThan(0.15);
    expect(sentenceQuality('Meny Hem Om oss Kontakt')).toBeLessThan(0.15);
  });
});
