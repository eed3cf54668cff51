// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { promptsOf } from './prompts-alone';

/**
 * Prompt classes the forty-sixth held-out set showed, read on purpose after its one measurement: a unit that runs its
 * machines in shifts; a study the company sponsors; work not won or a customer lost; a ship's skipper or captain as a
 * role; a new post put first, then its holder; goods meant to be handed down; "we always" in a later clause. Left out: a
 * public body whose name holds "Department" ranked as a unit (one case), "we want to show that" as a vision (a news quote
 * in tuning labels it people), a habit of all told of pupils or teams ("alla mockar efter sin egen lektion"). Sentences
 * written for this test.
 */

describe('what a sentence is evidence of', () => {
  test.each([
    ['en', 'The press shop runs 12 presses in two shifts and employs 40 people.', 'company', 'department'],
    ['nb', 'Sagbruket kjører to sager i to skift og sysselsetter 30 personer.', 'company', 'department'],
    ['sv', 'Gjuteriet kör fyra ugnar i tre skift året runt.', 'company', 'department'],
    ['en', 'Every year we sponsor three operators to study automation at the local college.', 'company', 'career-goals'],
    ['nb', 'Hvert år sponser vi to lærlinger som vil studere ved fagskolen.', 'company', 'career-goals'],
    ['sv', 'Varje år sponsrar vi två operatörer som vill studera till ingenjör.', 'company', 'career-goals'],
    ['en', 'Revenue fell because two contracts ended early and we had not won new work.', 'news', 'do-better'],
    ['en', 'In the spring we lost a large hotel chain as a customer.', 'news', 'do-better'],
    ['nb', 'I vår mistet vi en stor hotellkjede som kunde, og vi vant ikke anbudet i Bodø.', 'news', 'do-better'],
    ['sv', 'Vi vann inte upphandlingen i Luleå i år.', 'news', 'do-better'],
    ['nb', 'Skipper Marte Eide på MS Glimsfjord begynte som matros hos oss i 2015.', 'company', 'people'],
    ['en', 'Captain Tom Reilly on MV Glimsby started as a deckhand with us in 2009.', 'company', 'people'],
    ['sv', 'Ny ekonomichef är Karin Lund, som kommer från ett sågverk i Dalarna.', 'news', 'people'],
    ['nb', 'Ny driftssjef er Ola Berg, som kommer fra et kraftselskap i Telemark.', 'news', 'people'],
    ['sv', 'Vi gör stolar som ska gå i arv, av ek från skogarna runt gården.', 'company', 'vision'],
    ['nb', 'Vi lager kniver som skal gå i arv, av stål fra Norge.', 'company', 'vision'],
    ['en', 'We build tables that are passed down, from oak grown on the estate.', 'company', 'vision'],
    ['nb', 'Vi møter hver kunde i døra, og vi ringer alltid tilbake samme dag.', 'company', 'values'],
    ['en', 'We meet every guest at the door, and we always call back the same day.', 'company', 'values'],
  ] as const)('%s: %s', (lang, sentence, kind, prompt) => {
    expect(promptsOf(sentence, lang, kind)).toContain(prompt);
  });
});

describe('what a sentence is not evidence of', () => {
  test.each([
    // Guards: the company itself in shifts, a plan of shifts; a standing vacancy in the later clause.
    ['en', 'We run 12 presses in two shifts.', 'company', 'department'],
    ['sv', 'Från mars kör vi fyra ugnar i tre skift.', 'company', 'department'],
    ['en', 'We pay well, and we are always looking for drivers.', 'company', 'values'],
  ] as const)('%s: not %s: %s', (lang, sentence, kind, prompt) => {
    expect(promptsOf(sentence, lang, kind)).not.toContain(prompt);
  });
});
