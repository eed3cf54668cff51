// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { scoreBlocks } from '../../../core/evidence/score';
import { tellsShortfall } from '../../../core/evidence/shortfall';
import { fold, words } from '../../../core/evidence/stems';
import type { TextBlock } from '../../../core/model';
import { getPrompt, type Prompt } from '../../../core/prompts';

/**
 * Do-better told plainly, as in incident reports, press releases and newsletters: people sent away for want
 * of something that nobody in the sentence owns ("eftersom det saknades barnmorskor"), a service out of use
 * for a stated time ("was unavailable … for three hours"), customers who went home without. And what looks
 * like them but is not: a reason that is no want, a planned closing without a time, a promise within a time.
 */

function prompt(id: string): Prompt {
  const found = getPrompt(id);
  if (!found) throw new Error(`No prompt ${id}`);
  return found;
}

const shownAlone = (sentence: string, lang: string, kind: 'company' | 'news' = 'company'): string[] => {
  const blocks: TextBlock[] = [{ tag: 'p', heading: 'Nytt', text: sentence }];
  return scoreBlocks(blocks, lang, [prompt('do-better')], { clipKind: kind }).map((h) => h.sentence);
};
const tells = (sentence: string): boolean => tellsShortfall(words(fold(sentence)));

describe('do-better: turned away for want of something, whoever lacked it', () => {
  it.each([
    ['sv', 'Under hösten fick 30 patienter åka till Gävle eftersom det saknades sjuksköterskor i Hudiksvall.'],
    ['nb', 'I sommer måtte 25 fødende reise til Bodø fordi det ikke var nok jordmødre i Mo.'],
    ['en', 'Last winter 40 pupils had no bus for a week because there were not enough drivers.'],
  ])('%s: %s', (lang, sentence) => {
    expect(tells(sentence)).toBe(true);
    expect(shownAlone(sentence, lang, 'news')).toEqual([sentence]);
  });

  it.each([
    // A reason that is no want: weather, a choice, plenty.
    ['sv', 'Vi flyttade kursen till Gävle eftersom det fanns fler hotell där.'],
    ['nb', 'Vi valgte Bodø fordi det var lettest å reise dit.'],
    ['en', 'We chose Leeds because there were more trains from there.'],
  ])('%s: %s is no shortfall', (_, sentence) => {
    expect(tells(sentence)).toBe(false);
  });
});

describe('do-better: out of use for a stated time', () => {
  it.each([
    ['en', 'On Monday 3 March the booking service was unavailable to clinics for two hours and ten minutes.'],
    ['nb', 'Bestillingstjenesten var nede i fire timer på fredag, midt i rushet.'],
    ['sv', 'Bokningssystemet var otillgängligt i tre timmar på måndagen.'],
  ])('%s: %s', (lang, sentence) => {
    expect(tells(sentence)).toBe(true);
    expect(shownAlone(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    // Opening hours, a planned closing, a count of offices: no time out of use.
    ['en', 'The shop is closed on Sundays and for two days at Christmas.'],
    ['nb', 'Butikken er stengt i romjulen.'],
    ['sv', 'Kontoret är stängt i juli.'],
  ])('%s: %s is no shortfall', (_, sentence) => {
    expect(tells(sentence)).toBe(false);
  });
});

describe('do-better: customers who went home without', () => {
  it.each([
    ['sv', 'I våras var kön till kassan lång på lördagarna, och många gick hem utan att ha handlat.'],
    ['nb', 'På julemarkedet ble kaffen borte før tolv, og mange gikk hjem uten noe varmt å drikke.'],
    ['en', 'At the spring fair the plants sold out by eleven, and many visitors went home without any.'],
  ])('%s: %s', (lang, sentence) => {
    expect(shownAlone(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    ['sv', 'Ingen går hem från oss utan en bukett.'],
    ['nb', 'Ingen går hjem herfra uten en blomst.'],
    ['en', 'Nobody goes home from the fair without a plant.'],
  ])('%s: %s, a promise, is not shown', (lang, sentence) => {
    expect(shownAlone(sentence, lang)).toEqual([]);
  });
});
