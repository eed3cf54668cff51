// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tellsGapInPractice } from '../../../core/evidence/gaps-in-practice';
import { fold, words } from '../../../core/evidence/stems';
import { shownAlone } from './do-better-alone';

/**
 * Do-better from how the work went, told in figures without a target's word: help that came a stated time after the
 * incident, a share of the shifts covered by hired-in staff, a part of the checks found done at an audit, a task done
 * less often than the own routine says. Not a fast answer ("within", "already", two hours), not good news, not a plan.
 */

const gap = (sentence: string): boolean => tellsGapInPractice(words(fold(sentence)));

describe('gaps in how the work went', () => {
  it.each([
    // Help a stated time after the incident.
    ['en', 'The replacement buses reached the village eleven hours after the landslide blocked the line, and not before the storm had passed.'],
    ['en', 'Drinking water reached the school 14 hours after the leak.'],
    ['nb', 'Aggregatet kom på plass sju timer etter brannen.'],
    ['sv', 'Reservkraften kom fram två dygn efter olyckan.'],
    // A share of the shifts covered by hired-in staff.
    ['en', 'Every third night shift on the ward was covered by agency nurses.'],
    ['nb', 'Hver femte vakt i hjemmetjenesten ble dekket av innleide fra vikarbyrå.'],
    ['sv', 'Var fjärde pass på lagret bemannades av inhyrda från bemanningsföretag.'],
    ['en', 'Every other night shift at the depot was covered by agency drivers.'],
    ['nb', 'Annenhver vakt på sykehjemmet ble dekket av innleide fra bemanningsbyrå.'],
    ['sv', 'Vartannat nattpass på boendet bemannades av inhyrda från bemanningsföretag.'],
    // Hours covered by hourly or on-call staff, shifts or nights worked alone.
    ['en', 'Agency drivers worked 31 percent of all timetabled hours in the autumn.'],
    ['nb', 'Tilkallingsvikarer gikk 28 prosent av alle timer på sykehjemmet i juli.'],
    ['sv', 'Timanställda gjorde 35 procent av alla arbetade timmar på lagret i november.'],
    ['en', 'In 2026 a single dispatcher was alone on duty at the control room on 96 nights.'],
    ['nb', 'I 2026 var en trafikkleder alene på vakt i sentralen 110 netter.'],
    ['sv', 'Under hösten arbetade en ensam sjuksköterska 9 av 20 nattpass på avdelningen.'],
    // Told or alerted late: after half an hour or more, or a time passed from the event until people knew.
    ['en', 'The duty manager was alerted after 50 minutes, by a customer rather than by our alarms.'],
    ['nb', 'Det gikk to døgn fra lekkasjen ble oppdaget til beboerne fikk vite om den.'],
    ['sv', 'Det gick tre dagar från felet upptäcktes till kunderna fick veta om det.'],
    // A share that came late: "only after", "først etter", "först efter".
    ['en', 'Roughly every fifth parcel to Ireland arrived only after Christmas.'],
    ['nb', 'Omtrent hver tiende pakke til Nord-Norge kom først etter jul.'],
    ['sv', 'Ungefär var femte leverans till Gotland kom först efter midsommar.'],
    // A working week far past the norm.
    ['en', 'Through the harvest the crews worked 55 hours a week for two months.'],
    ['nb', 'I høysesongen jobbet montørene 50 timer i uka i åtte uker.'],
    ['sv', 'Under hösten arbetade vi i snitt 52 timmar i veckan på lagret.'],
    // A part of the checks found done at an audit.
    ['en', 'At the audit, 9 of 25 cleaning logs were signed.'],
    ['nb', 'Ved revisjonen var 31 av 50 sjekklister for kjølelageret signert.'],
    ['sv', 'Vid inspektionen var 12 av 20 egenkontroller ifyllda.'],
    // Done less often than the own routine says.
    ['en', 'The freezer alarms were tested every fourth week, while our routine says every week.'],
    ['nb', 'Brannslukkerne ble sjekket hver tredje uke, mens rutinen sier hver uke.'],
    ['sv', 'Kylrummet kontrollerades var tredje dag, medan vår rutin säger varje dag.'],
  ])('%s: %s', (lang, sentence) => {
    expect(gap(sentence)).toBe(true);
    expect(shownAlone(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    ['en', 'Crews were on site two hours after the alarm.'],
    ['en', 'Power was back within six hours after the storm.'],
    ['en', 'Only one shift in twenty was covered by agency nurses, 5 percent of all hours.'],
    ['nb', 'Allerede fem timer etter raset var veien åpen igjen.'],
    ['nb', 'Ved revisjonen var 50 av 50 sjekklister signert.'],
    ['sv', 'Kylrummet kontrolleras varje timme, medan rutinen säger var fjärde timme.'],
    ['sv', 'Från januari ska var fjärde pass bemannas av inhyrda från bemanningsföretag.'],
    ['en', 'Only 4 percent of the hours were worked by agency drivers.'],
    ['en', 'Our engineer was alerted after 3 minutes by the monitoring.'],
    ['en', 'Two of the depots were closed for three weeks after the flood.'],
    ['nb', 'Tre av butikkene var stengt i to uker etter flommen.'],
    ['sv', 'Två av butikerna var stängda i tre veckor efter översvämningen.'],
    ['nb', 'Montørene jobber 37,5 timer i uka.'],
    ['sv', 'Var tionde order levererades redan dagen efter.'],
    ['nb', 'Ingen jobber alene på nattevakter hos oss.'],
  ])('%s, no gap: %s', (_, sentence) => {
    expect(gap(sentence)).toBe(false);
  });
});
