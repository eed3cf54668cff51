// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tellsPresentPlan } from '../../../core/evidence/plans';
import { scoreBlocks } from '../../../core/evidence/score';
import { fold, words } from '../../../core/evidence/stems';
import type { TextBlock } from '../../../core/model';
import { getPrompt } from '../../../core/prompts';

/**
 * Strategy: a step of a plan dated by its day and month without the year ("closes on 30 April", "innen 20. mai",
 * "senast den 14 maj"), by a Bokmål or Swedish date with no word before it ("begynner 3. mars 2027", "startar den 9
 * mars 2027"), or from a month on beside a modal ("We will open every Sunday from June"): a time ahead as a year is.
 * Not a past told with its date, a routine in a month, nor a title's closing date.
 */

const strategyHits = (sentence: string, lang: string): string[] => {
  const strategy = getPrompt('strategy');
  if (!strategy) throw new Error('No prompt strategy');
  const blocks: TextBlock[] = [{ tag: 'p', text: sentence }];
  return scoreBlocks(blocks, lang, [strategy], { clipKind: 'company' }).map((h) => h.sentence);
};
const plan = (sentence: string): boolean => tellsPresentPlan(sentence, words(fold(sentence)));

describe('strategy: a step dated without its year', () => {
  it.each([
    ['en', 'The old canteen closes on 30 April, and the new one on the second floor takes over.'],
    ['en', 'We will open the recycling yard every Sunday from June to September.'],
    ['en', 'The night bus timetable changes from 2 May, and drivers will get the new rota a week before.'],
    ['nb', 'Nye ventilasjonsaggregater monteres i verkstedhallen innen 20. mai.'],
    ['nb', 'Ny vaktordning for elektrikerne begynner 3. mars 2027.'],
    ['nb', 'Det nye bookingsystemet tas i bruk 1. april.'],
    ['sv', 'Fasaden på hus A ska vara klar senast den 14 maj.'],
    ['sv', 'Den nya ronden startar den 9 mars 2027.'],
    ['sv', 'Bryggan öppnas igen den 1 juni efter ombyggnaden.'],
  ])('%s: %s', (lang, sentence) => {
    expect(plan(sentence)).toBe(true);
    expect(strategyHits(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    // The past with its date, a routine in a month, a figure of a month, a title's or a dateline's date.
    ['en', 'On 3 March the press stopped for a week after a bearing failed.'],
    ['en', 'Our supplier stopped sending the spare parts in July because of a strike.'],
    ['en', 'Warehouse Operative (nights), closes 12 January 2027'],
    ['nb', 'Stormen 14. november flyttet en container på kaia.'],
    ['nb', 'I oktober var ventetiden på telefonen sju minutter.'],
    ['nb', 'Lagermedarbeider, søknadsfrist 9. januar 2027'],
    ['sv', 'Många kunder ringde oss i januari när kylan kom.'],
    ['sv', 'Löneöversynen sker i april.'],
    ['sv', 'Verkstadsnytt nr 11 · november 2026'],
  ])('%s, not a plan: %s', (_lang, sentence) => {
    expect(plan(sentence)).toBe(false);
  });
});
