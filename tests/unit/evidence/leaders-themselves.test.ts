// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tellsLeadersThemselves } from '../../../core/evidence/leaders-themselves';
import { sentenceQuality } from '../../../core/evidence/quality';
import { scoreBlocks } from '../../../core/evidence/score';
import { fold, words } from '../../../core/evidence/stems';
import { getPrompt } from '../../../core/prompts';

/**
 * Values shown by leaders who do the work themselves, in the present ("our team leaders take calls themselves",
 * "lederne står i kassen selv", "cheferna kör själva ut"): a habit of the house. Not a story of one time in the past,
 * nor someone else doing it themselves. And people who log in to do their work are prose, not a login button.
 */

const leaders = (sentence: string): boolean => tellsLeadersThemselves(words(fold(sentence)));
const values = getPrompt('values')!;
const shownAlone = (sentence: string, lang: string): string[] =>
  scoreBlocks([{ tag: 'p', text: sentence }], lang, [values], { clipKind: 'company' }).map((h) => h.sentence);

describe('leaders who do the work themselves', () => {
  it.each([
    ['en', 'On busy Saturdays our store managers work the tills themselves, and I join them.'],
    ['nb', 'Når det er travelt i desember, står butikklederne i kassen selv.'],
    ['sv', 'När någon är sjuk kör cheferna själva ut varorna till kunderna.'],
  ])('%s: %s', (lang, sentence) => {
    expect(leaders(sentence)).toBe(true);
    expect(shownAlone(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    ['en', 'That night the manager drove the van himself.'],
    ['nb', 'Kundene monterer møblene selv etter en enkel bruksanvisning.'],
    ['sv', 'Den natten körde chefen själv ut varorna.'],
  ])('%s, not a habit of leaders: %s', (_, sentence) => {
    expect(leaders(sentence)).toBe(false);
  });
});

describe('logging in told in prose', () => {
  it.each([
    ['en', 'On Mondays our team leaders log in early and take calls themselves.'],
    ['nb', 'Om morgenen logger lederne inn og tar telefoner selv.'],
    ['sv', 'På måndagar brukar cheferna logga in tidigt och ta samtal själva.'],
  ])('%s, prose: %s', (_, sentence) => {
    expect(sentenceQuality(sentence, 'p')).toBeGreaterThan(0.5);
  });

  it.each([
    ['en', 'Log in to your account'],
    ['nb', 'Logg inn med BankID'],
    ['sv', 'Logga in här'],
  ])('%s, a button: %s', (_, sentence) => {
    expect(sentenceQuality(sentence, 'li')).toBeLessThan(0.15);
  });
});
