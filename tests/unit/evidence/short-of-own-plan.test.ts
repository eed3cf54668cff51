// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fellShort } from '../../../core/evidence/structures';
import { fold, words } from '../../../core/evidence/stems';
import { shownAlone } from './do-better-alone';

/**
 * Do-better from an own result short of what the company's own plan, target, budget, promise or policy set, in the
 * shapes where no second figure of the same kind stands right beside the own one: a part of a whole and then the bar
 * it was measured by; a time after the date the plan set; a count below the minimum a rule of the house sets; a result
 * or a volume below its budget (a budget caps what is spent, and sets a bar for what is earned); a bar set beside
 * with "where". Not the whole reached, a plan for the time ahead, a path told as a part, or spending under budget.
 */

const fell = (sentence: string): boolean => fellShort(sentence, words(fold(sentence)));

describe('an own result short of its own plan, target or minimum', () => {
  it.each([
    ['en', 'We closed 41 of the 60 defects on the list within our own target of ten days.'],
    ['en', 'The roof was finished 6 weeks after the date in our build programme.'],
    ['en', 'Of 80 drivers, 9 were paid below the minimum rate our own pay policy sets.'],
    ['en', 'Operating profit came to 12 million, compared with the budgeted 19 million.'],
    ['en', 'Last month 71 per cent of parcels left on the day ordered, where our promise is 95 per cent.'],
    ['nb', 'Vi har montert 5 av 8 heiser som planen satte opp til uke 40.'],
    ['nb', 'I dag har 4 av 11 sveisere sertifikat, og målet er at alle skal ha det innen 2028.'],
    ['nb', 'Brua ble åpnet 5 uker etter datoen i fremdriftsplanen.'],
    ['nb', 'Driftsresultatet ble 14 millioner kroner, mot budsjettets 21 millioner kroner.'],
    ['sv', 'Vi har monterat 12 av 20 fönsterpartier som planen angav till vecka 12.'],
    ['sv', 'Etapp två är nu 8 arbetsdagar efter den tidplan vi satte i våras.'],
    ['sv', 'Av 40 städare låg 6 under den lägstalön som vår lönepolicy anger.'],
    ['sv', 'Omsättningen blev 310 miljoner kronor, mot budgeterade 350 miljoner kronor.'],
  ])('%s: %s', (lang, sentence) => {
    expect(fell(sentence)).toBe(true);
    expect(shownAlone(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    ['en', 'We closed 60 of the 60 defects on the list within our own target of ten days.'],
    ['en', 'Three of our four site managers came through the graduate programme.'],
    ['en', 'Operating costs came to 12 million, compared with the budgeted 19 million.'],
    ['nb', 'Neste år skal 8 av 11 sveisere ta sertifikat, og målet er at alle skal ha det innen 2028.'],
    ['nb', 'Fire av fem ansatte har en egen utviklingsplan.'],
    ['sv', 'Omsättningen blev 380 miljoner kronor, mot budgeterade 350 miljoner kronor.'],
    ['sv', 'Verkstaden använde 2 100 övertidstimmar, medan budgeten var 3 000 timmar.'],
  ])('%s, no gap: %s', (lang, sentence) => {
    expect(fell(sentence)).toBe(false);
    expect(shownAlone(sentence, lang)).toEqual([]);
  });
});
