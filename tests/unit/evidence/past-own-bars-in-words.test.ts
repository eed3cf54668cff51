// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fellShort } from '../../../core/evidence/structures';
import { fold, words } from '../../../core/evidence/stems';
import { shownAlone } from './do-better-alone';

/**
 * Do-better from an own result past a bar the company set itself, told in words rather than with a second figure right
 * beside it (own-bar-words.ts), and the against-norm.ts shapes that read the bar from "and our own …", a guideline value,
 * what was counted on, or a line's running time: short of the bar ("less than the board assumed", "under budget" for a
 * volume), a time past it ("after the 45 minutes we set ourselves"), a time over what the plan says, a part of a whole
 * against a routine for every time. Not spending under budget, fewer of a bad thing, a limit kept, a rule for the time
 * ahead, good news told the same way, or time that passed ("det gikk 12 minutter").
 */

const fell = (sentence: string): boolean => fellShort(sentence, words(fold(sentence)));

describe('an own result past a bar the company set itself, told in words', () => {
  it.each([
    ['en', 'The mill ground 9 400 tonnes, 600 tonnes less than the board had assumed in spring.'],
    ['en', 'On 23 of 70 night shifts the two nurses overlapped for less than the fifteen minutes our own policy asks for.'],
    ['en', 'Three ambulances reached the village after the 30 minutes we set ourselves, at 41, 44 and 52 minutes.'],
    ['en', 'The pump was restarted after 19 minutes; our emergency plan says 10.'],
    ['en', 'The weekly check of the hoists was done in 8 of 13 weeks, although our routine says every week.'],
    ['en', 'The bakery line ran 26 hours this week, against the plan of 35.'],
    ['en', 'Germination came to 78 per cent, and our own requirement for selling the seed is 88.'],
    ['nb', 'Trykkeriet trykket 310 tonn papir, 25 tonn under budsjett.'],
    ['nb', 'Vi høstet 120 tonn epler, 30 tonn mindre enn styret la til grunn i vår.'],
    ['nb', 'Sprinkleranlegget ble slått på etter 9 minutter; i brannplanen vår står det 3.'],
    ['nb', 'Ovnen gikk 52 timer i forrige uke, mot planen på 70.'],
    ['nb', 'Vi sendte 14 tonn fisk, mot de 20 tonn vi hadde regnet med i fjor høst.'],
    ['sv', 'Tvättmaskinerna kontrollerades 11 av 22 arbetsdagar i mars, trots att vår rutin säger varje dag.'],
    ['sv', 'Vid fyra av tio mätningar låg dammet på 14 mg, där vårt eget riktvärde är 10 mg.'],
    ['sv', 'Renheten i vetefröet blev 94 procent, och vårt eget krav för certifiering är 98.'],
    ['sv', 'Vi skördade 60 ton potatis, mot de 75 ton som vi hade räknat med i vintras.'],
    ['sv', 'Sågen gick 28 timmar förra veckan, mot planen på 36.'],
  ])('%s: %s', (lang, sentence) => {
    expect(fell(sentence)).toBe(true);
    expect(shownAlone(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    ['en', 'Building costs came to 3 million, 400 000 pounds under budget.'],
    ['en', 'We had 4 complaints, fewer than the target we set ourselves.'],
    ['en', 'Dust stayed at 3 mg, below our own limit of 5 mg.'],
    ['en', 'Every ambulance should reach the village within the 30 minutes we set ourselves.'],
    ['en', 'The kiln ran 44 hours this week, against the plan of 40.'],
    ['en', 'The pump was restarted after 4 minutes; our emergency plan says 10.'],
    ['en', 'The weekly check of the hoists was done in 13 of 13 weeks, as our routine says.'],
    ['nb', 'Kostnadene ble 2 millioner kroner under budsjett.'],
    ['nb', 'Det gikk 12 minutter før brannvesenet kom, mot planen på 15.'],
    ['nb', 'Vi skal ikke bruke mer enn de 30 minuttene vi har satt oss.'],
    ['nb', 'Vi sendte 24 tonn fisk, mot de 20 tonn vi hadde regnet med i fjor høst.'],
    ['sv', 'Renheten i vetefröet blev 99 procent, och vårt eget krav för certifiering är 98.'],
    ['sv', 'Vid fyra av tio mätningar låg dammet på 7 mg, där vårt eget riktvärde är 10 mg.'],
    ['sv', 'Fyra av fem medarbetare följer vår rutin för rengöring varje dag.'],
  ])('%s, no gap: %s', (lang, sentence) => {
    expect(fell(sentence)).toBe(false);
    expect(shownAlone(sentence, lang)).toEqual([]);
  });
});
