// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fellShort } from '../../../core/evidence/structures';
import { activeModel, useEvidenceModel } from '../../../core/evidence/model/judge';
import { scoreBlocks } from '../../../core/evidence/score';
import { fold, words } from '../../../core/evidence/stems';
import type { TextBlock } from '../../../core/model';
import { shownAlone } from './do-better-alone';

/**
 * Do-better: a time told past a bar ("more than four hours", "mer enn 60 timer", "för mer än sex månader sedan") is
 * a gap, whatever waited or was out (against-norm.ts); a time a multiple of an earlier one ("dubbelt så länge som i
 * våras") is worse as any time that grows; and an own figure that fell short holds the sentence for do-better as two
 * cues do: it stands against another prompt's heading ("Så jobbar vi"), where a word of trouble alone does not. Not a target or a rule for
 * what lies ahead, a benefit offered to the reader, years of history, a count that is no time, nor a time that shrank.
 */
const fell = (sentence: string): boolean => fellShort(sentence, words(fold(sentence)));

describe('do-better: a time past a bar, a time a multiple of before', () => {
  it.each([
    ['en', 'Last winter 1,400 households on the coast were without heating for more than two days at least once.'],
    ['en', 'Three in ten of our porters worked more than 50 hours in a week during the autumn.'],
    ['nb', 'I høst sto 120 kunder i Vadsø uten internett i over ett døgn.'],
    ['nb', 'To av tre brukere har fått vedtak som ble oppdatert for mer enn seks måneder siden.'],
    ['sv', 'Under januari fick 800 hushåll vänta mer än tre dagar på en reparatör.'],
    ['sv', 'Patienterna satt i snitt 50 minuter i väntrummet, dubbelt så länge som i höstas.'],
    ['sv', 'Förra året körde 14 av våra 40 förare längre än nio timmar utan rast.'],
  ])('%s: %s', (lang, sentence) => {
    expect(fell(sentence), 'Should read as a figure that fell short').toBe(true);
    expect(shownAlone(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    // A target, a plan, the reader's benefit, history in years, a count that is no time, a time that shrank.
    ['en', 'From next year no customer will wait more than two days for a repair.'],
    ['en', 'You get more than 30 days of holiday a year, and we pay for your gym.'],
    ['en', 'We have served the valley for more than 40 years.'],
    ['en', 'More than 300 customers came to the open day at the depot.'],
    ['nb', 'Målet er at ingen skal vente mer enn fire uker på svar.'],
    ['nb', 'Du får over fem uker ferie og fri trening.'],
    ['sv', 'Patienterna väntade i snitt 20 minuter, hälften så länge som i våras.'],
    ['sv', 'Vi har funnits i Karlstad i mer än 30 år.'],
  ])('not %s: %s', (_lang, sentence) => {
    expect(fell(sentence)).toBe(false);
  });
});

describe('do-better: a figure that fell short stands against another prompt’s heading', () => {
  const shown = (heading: string, sentence: string, lang: string): string[] => {
    const blocks: TextBlock[] = [
      { tag: 'h2', text: heading },
      { tag: 'p', heading, text: sentence },
    ];
    return scoreBlocks(blocks, lang, undefined, { clipKind: 'company' })
      .filter((h) => h.promptId === 'do-better')
      .map((h) => h.sentence);
  };

  it.each([
    ['en', 'How we work', 'In March we answered 61 per cent of calls within a minute, against a target of 85 per cent.'],
    ['nb', 'Slik jobber vi', 'I mars svarte vi på 61 prosent av samtalene innen ett minutt, mot et mål på 85 prosent.'],
    ['sv', 'Så jobbar vi', 'I mars besvarade vi 61 procent av samtalen inom en minut, mot målet 85 procent.'],
  ])('%s: under “%s”', (lang, heading, sentence) => {
    expect(shown(heading, sentence, lang)).toEqual([sentence]);
  });

  it.each([
    ['en', 'How we work', 'Every Friday we read the week’s complaints together and pick one to fix.'],
    ['nb', 'Slik jobber vi', 'Hver fredag leser vi ukas klager sammen og velger én vi skal rette opp.'],
    ['sv', 'Så jobbar vi', 'Varje fredag läser vi veckans klagomål tillsammans och väljer ett att rätta till.'],
  ])('not without a figure, %s: under “%s” a habit with a word of trouble stays the heading’s', (lang, heading, sentence) => {
    expect(shown(heading, sentence, lang)).toEqual([]);
  });

  it.each([
    ['en', 'The new depot opened after a short delay.', 'Last winter 1,400 households on the coast were without heating for more than two days at least once.'],
    ['nb', 'Det nye lageret åpnet etter en kort forsinkelse.', 'I høst sto 120 kunder i Vadsø uten internett i over ett døgn.'],
    ['sv', 'Den nya terminalen öppnade efter en kort försening.', 'Under januari fick 800 hushåll vänta mer än tre dagar på en reparatör.'],
  ])('%s: the figure that fell short comes before a word of trouble alone', (lang, word, figure) => {
    const blocks: TextBlock[] = [{ tag: 'p', text: word }, { tag: 'p', text: figure }];
    const shipped = activeModel();
    useEvidenceModel(undefined);
    try {
      const order = scoreBlocks(blocks, lang, undefined, { clipKind: 'company' }).filter((h) => h.promptId === 'do-better').map((h) => h.sentence);
      expect(order).toEqual([figure, word]);
    } finally {
      useEvidenceModel(shipped);
    }
  });
});
