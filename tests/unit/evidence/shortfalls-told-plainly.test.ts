// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { scoreBlocks } from '../../../core/evidence/score';
import { tellsShortfall } from '../../../core/evidence/shortfall';
import { fold, words } from '../../../core/evidence/stems';
import type { TextBlock } from '../../../core/model';
import { getPrompt, type Prompt } from '../../../core/prompts';

/**
 * Shortfalls that news stories and press releases tell in plain figures and dates, without a word of
 * failure: a count that fell ("61 volunteers, down from 140"), a date missed against the plan ("ett år
 * senere enn planen"), and something called off for want of people ("for lack of drivers", "i brist på
 * förare"). Not a bad thing that fell (an improvement), nor a want that is denied ("no lack of ideas").
 */

function prompt(id: string): Prompt {
  const found = getPrompt(id);
  if (!found) throw new Error(`No prompt ${id}`);
  return found;
}

const shown = (sentence: string, lang: string): string[] => {
  const blocks: TextBlock[] = [{ tag: 'p', heading: 'Nyheter', text: sentence }];
  return scoreBlocks(blocks, lang, [prompt('do-better')], { clipKind: 'news' }).map((h) => h.sentence);
};
const tells = (sentence: string): boolean => tellsShortfall(words(fold(sentence)));

describe('do-better: a count that fell from a higher one', () => {
  it.each([
    ['en', 'Last season the club had 45 volunteer coaches, down from 80 before the pandemic.'],
    ['nb', 'I fjor hadde koret 30 faste sangere, ned fra 55 for fem år siden.'],
    ['sv', 'I år har föreningen 120 medlemmar, ner från 200 för tio år sedan.'],
  ])('%s: %s is a shortfall', (lang, sentence) => {
    expect(tells(sentence)).toBe(true);
    expect(shown(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    // A bad thing that fell is an improvement; a count that rose is no shortfall.
    ['Sykefraværet er nå 4 prosent, ned fra 7 prosent i fjor.'],
    ['Complaints were down to 12 last year, down from 40 the year before.'],
    ['Föreningen har 200 medlemmar, upp från 120 för tio år sedan.'],
    ['The club now has 80 coaches, up from 45 last season.'],
  ])('%s is not', (sentence) => {
    expect(tells(sentence)).toBe(false);
  });
});

describe('do-better: a date missed against the plan', () => {
  it.each([
    ['en', 'The new sports hall opened a year later than planned.'],
    ['nb', 'Skolen sto ferdig et halvt år senere enn planen.'],
    ['sv', 'Bron blev klar ett år senare än planerat.'],
  ])('%s: %s is a shortfall', (lang, sentence) => {
    expect(tells(sentence)).toBe(true);
    expect(shown(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    // Later than something else than a plan; a plan ahead.
    ['We open later than the other shops on Sundays.'],
    ['Butikken stenger senere enn de andre på torsdager.'],
    ['Bron ska vara klar senare än planerat, meddelar kommunen.'],
  ])('%s is not', (sentence) => {
    expect(tells(sentence)).toBe(false);
  });
});

describe('do-better: called off for want of people', () => {
  it.each([
    ['en', 'Three evening classes were cancelled for lack of teachers.'],
    ['nb', 'To kveldsturer ble innstilt i mangel på sjåfører.'],
    ['sv', 'Tre kvällsturer ställdes in i brist på förare.'],
  ])('%s: %s is a shortfall', (lang, sentence) => {
    expect(tells(sentence)).toBe(true);
    expect(shown(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    ['There is no lack of ideas in the team.'],
    ['Vi har ingen mangel på søkere til sommerjobbene.'],
    ['Det råder ingen brist på engagemang i klubben.'],
  ])('%s is not', (sentence) => {
    expect(tells(sentence)).toBe(false);
  });
});

describe('do-better: a part of a count of bad things, told', () => {
  it.each([
    ['en', 'Two of the delays in March were caused by one faulty signal.'],
    ['nb', 'Tre av stansene i fjor skyldtes at reservedeler måtte bestilles fra Italia.'],
    ['sv', 'Fyra av olyckorna skedde vid samma korsning.'],
  ])('%s: %s is a shortfall', (lang, sentence) => {
    expect(tells(sentence)).toBe(true);
    expect(shown(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    // A part of a count of things that are not bad; a count of bad things that fell.
    ['Two of the new buses run on hydrogen.'],
    ['Tre av butikkene holder åpent på søndager.'],
    ['Fyra av fem kunder är nöjda med leveranstiden.'],
  ])('%s is not', (sentence) => {
    expect(tells(sentence)).toBe(false);
  });
});

describe('do-better: a plan with its time is a strategy, whatever it says may go down', () => {
  it.each([
    ['en', 'By 2030 we will cut complaints about late deliveries by half.'],
    ['nb', 'Innen 2029 skal sykefraværet ned til fire prosent.'],
    ['sv', 'Till 2030 ska utsläppen per ton minska med 40 procent.'],
  ])('%s: %s is not shown', (lang, sentence) => {
    expect(shown(sentence, lang)).toEqual([]);
  });
});
