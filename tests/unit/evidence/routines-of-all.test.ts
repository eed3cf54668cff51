// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tellsRoutineOfAll } from '../../../core/evidence/routines-of-all';
import { scoreBlocks } from '../../../core/evidence/score';
import type { TextBlock } from '../../../core/model';
import { getPrompt } from '../../../core/prompts';

/**
 * Values shown as a routine kept by or for everyone: a word of all and a sign of a routine kept (a concession,
 * a step before another, a frequency). Not an event (a year, a month, a past), a promise to the reader, a wish
 * or a norm, a clause about a lab or a machine set off after a comma, nor "all" without a routine.
 */

const valuesHits = (sentence: string, lang: string): string[] => {
  const values = getPrompt('values');
  if (!values) throw new Error('No prompt values');
  const blocks: TextBlock[] = [{ tag: 'p', heading: 'Nyheter', text: sentence }];
  return scoreBlocks(blocks, lang, [values], { clipKind: 'company' }).map((h) => h.sentence);
};

describe('values: a routine kept by or for everyone', () => {
  it.each([
    ['en', 'Every fitter photographs the boiler before closing the cover, even on the last job of the day.'],
    ['en', 'Each nurse reads the handover notes aloud before the night shift starts.'],
    ['en', 'We phone every new tenant twice a month in their first year, even when nothing is wrong.'],
    ['en', 'A second pair of eyes always checks the dose, no matter how busy the ward is.'],
    ['nb', 'Hver sjåfør går rundt bilen før avgang, også når ruten er forsinket.'],
    ['nb', 'På lageret teller alle paller to ganger før de lastes, uansett hvor travelt det er.'],
    ['nb', 'Vi ringer alle nye kunder en gang i måneden det første året.'],
    ['nb', 'Alle tilbud leses av en kollega før de sendes, selv når fristen er i dag.'],
    ['sv', 'Varje montör fotograferar kopplingen innan locket skruvas på, även när kunden har bråttom.'],
    ['sv', 'I köket smakar alla av såsen innan den går ut till gästerna.'],
    ['sv', 'Vi besöker varje butik en gång i månaden, oavsett hur det går för den.'],
    ['sv', 'Alla ritningar granskas alltid av två personer innan de lämnas till kunden.'],
  ])('%s: %s', (lang, sentence) => {
    expect(tellsRoutineOfAll(sentence)).toBe(true);
    expect(valuesHits(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    // An event: a year, a month, a past.
    ['en', 'In March every engineer was trained on the new meters before the launch.'],
    ['sv', 'Mätrummet hittade varje avvikelse innan detaljerna skickades i oktober.'],
    // A promise to the reader, a plan, a wish, a norm.
    ['en', 'You get every order checked before it leaves the warehouse.'],
    ['nb', 'Vi gir deg fast pris på alle jobber før vi starter.'],
    ['nb', 'Alle skal kunne bo trygt hjemme, også når helsa svikter.'],
    ['sv', 'Alla ska känna sig välkomna i kyrkan, även när de inte tror.'],
    ['en', 'Every customer will have a named contact before the end of the year.'],
    // A clause about a lab or a machine, and all without a routine.
    ['sv', 'Varje gjutning röntgas i vårt labb, som hittar sprickor innan godset lämnar fabriken.'],
    ['en', 'Each unit is tested in our lab, which finds faults before the goods are shipped.'],
    ['nb', 'Vi leverer alle typer vinduer og dører til hele Østlandet.'],
    ['en', 'Every room has a sea view and a private balcony.'],
    ['sv', 'Alla våra bussar går på biogas.'],
  ])('not %s: %s', (_lang, sentence) => {
    expect(tellsRoutineOfAll(sentence)).toBe(false);
  });
});
