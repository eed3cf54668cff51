// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tellsWorseThanBefore } from '../../../core/evidence/worse-than-before';
import { shownAlone } from './do-better-alone';

/**
 * Something to do better told as a figure set against an earlier one, where the change is for the worse:
 * a share or a count that shrank, a time or a bad thing that grew. Not good news told the same way (a count
 * that grew, complaints or waits that fell), a price range, or a target for the years ahead.
 */

describe('do-better: a figure worse than an earlier one', () => {
  it.each([
    ['en', 'Trains that left on time were 81 per cent this winter, against 93 per cent two years earlier.'],
    ['en', 'The average wait for a plumber went from 3 days in 2024 to 8 days in 2025.'],
    ['en', 'We answered 640 letters from tenants last quarter, compared with 910 a year before.'],
    ['en', 'Returned parcels rose from 2.5 per cent in Q1 to 4.1 per cent in Q3.'],
    ['nb', 'Andelen ruter som gikk etter planen var 84 prosent i vinter, mot 95 prosent året før.'],
    ['nb', 'Behandlingstiden for en byggesøknad gikk fra 4 uker i 2023 til 11 uker i 2025.'],
    ['nb', 'I år meldte 22 frivillige seg til vakt, mot 57 for tre år siden.'],
    ['nb', 'Reklamasjonene økte fra 1,2 prosent i 2024 til 3,4 prosent i 2025.'],
    ['sv', 'Av alla samtal besvarades 71 procent inom en minut, jämfört med 89 procent året innan.'],
    ['sv', 'Handläggningstiden gick från 6 veckor under 2024 till 10 veckor under 2025.'],
    ['sv', 'I höstas kom 35 deltagare till kursen, jämfört med 80 för tre år sedan.'],
    ['sv', 'Kassationen ökade från 3,5 procent i fjol till 6,2 procent i år.'],
  ])('%s: %s', (lang, sentence) => {
    expect(tellsWorseThanBefore(sentence)).toBe(true);
    expect(shownAlone(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    // Good news told as a change: more of what is wanted, less of what is not.
    ['en', 'Revenue grew from 12 million in 2023 to 17 million in 2025.'],
    ['en', 'Complaints went from 140 in 2024 to 60 in 2025.'],
    ['en', 'The average wait for a repair went from 9 days in 2023 to 4 days in 2025.'],
    ['en', 'Satisfied customers were 94 per cent this year, against 88 per cent a year earlier.'],
    // A price range, a size beside another, and a target: no change told for the worse.
    ['en', 'Courses cost from 200 to 450 pounds.'],
    ['en', 'We will cut the energy per tonne from 1.8 to 1.2 kilowatt hours by 2030.'],
    ['nb', 'Vi er 48 ansatte, mot 30 for fem år siden.'],
    ['nb', 'Sykefraværet falt fra 7,5 prosent i 2023 til 4,8 prosent i 2025.'],
    ['nb', 'Billettene koster fra 90 til 240 kroner.'],
    ['nb', 'Vi skal gå fra 40 til 70 prosent fornybar energi innen 2030.'],
    ['sv', 'Andelen nöjda kunder var 91 procent, jämfört med 84 procent året innan.'],
    ['sv', 'Leveranstiden gick från 12 dagar i 2023 till 5 dagar i 2025.'],
    ['sv', 'Målet är att gå från 20 till 50 procent återvunnet material till 2028.'],
    ['sv', 'Vi är 60 anställda i dag, jämfört med 35 för fem år sedan.'],
  ])('not %s: %s', (_lang, sentence) => {
    expect(tellsWorseThanBefore(sentence)).toBe(false);
  });

  it('shows nothing for good news told as a change, in each language', () => {
    expect(shownAlone('Our members grew from 800 in 2023 to 1 250 in 2025.', 'en')).toEqual([]);
    expect(shownAlone('Medlemstallet gikk fra 800 i 2023 til 1 250 i 2025.', 'nb')).toEqual([]);
    expect(shownAlone('Antalet medlemmar gick från 800 år 2023 till 1 250 år 2025.', 'sv')).toEqual([]);
  });
});
