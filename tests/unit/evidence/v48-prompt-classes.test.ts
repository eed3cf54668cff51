// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { promptsOf } from './prompts-alone';

/**
 * Prompt classes the forty-eighth held-out set showed, read on purpose after its one measurement: a service people can
 * count on whatever the weather, and what a company shall give the places it serves, as its purpose; a bad figure that
 * rose (mortality), a count lost or called off ("3 400 fish escaped", "23 bookings were refunded"), a figure above the
 * company's own bar ("dubbelt så mycket som vi ska ha"); a body's members listed after its name, a short "Role: Name."
 * caption, a guide as a role; a plan "in late 2027" or with a start planned for a year; the staff as a body choosing one
 * way over another, newcomers paired with one skipper; a yearly development talk. Left out: habits of one role told
 * without a contrast ("Operators write the daily site report themselves …"), "Bearbetningen är företagets hjärta", and a
 * duty line that names the job's change ("You will … move the crew from fixing breakdowns to preventing them"). Sentences
 * written for this test.
 */

describe('what a sentence is evidence of', () => {
  test.each([
    ['nb', 'Ulvhaug Transport skal få varene fram til folk og bedrifter langs kysten, uansett vær.', 'company', 'vision'],
    ['sv', 'Ulvsjö Buss ska få alla elever till skolan i tid, oavsett väder.', 'company', 'vision'],
    ['en', 'We build and look after the roads, tracks and dams that farms and small towns on the Ulvaro depend on, so that a school bus can get through in any season.', 'company', 'vision'],
    ['nb', 'Ulvefoss Kraft skal gi bygdene i indre Sogn ren kraft og inntekter som blir værende i dalen.', 'company', 'vision'],
    ['sv', 'Ulvforsen Kraft ska ge bygderna i älvdalen ren el och jobb som stannar kvar.', 'company', 'vision'],
    ['en', 'We harvested 9 800 tonnes, but mortality in the sea phase rose to 14 percent after a jellyfish outbreak.', 'company', 'do-better'],
    ['nb', 'Dødeligheten i sjøfasen steg til 14 prosent etter et manetangrep i september.', 'company', 'do-better'],
    ['en', 'Two net pens were damaged in the storm, and 3 400 fish escaped.', 'company', 'do-better'],
    ['en', 'Last winter 23 bookings were refunded after guides fell ill.', 'news', 'do-better'],
    ['nb', 'I fjor ble 14 bestillinger refundert etter at to guider ble syke.', 'news', 'do-better'],
    ['sv', 'Kassationen i bearbetningen låg på fyra procent, och det är dubbelt så mycket som vi ska ha.', 'news', 'do-better'],
    ['nb', 'Svinnet i pakkeriet lå på fire prosent, og det er dobbelt så mye som vi skal ha.', 'news', 'do-better'],
    ['en', 'Board of Directors: Ulla Selvær (Chair), Arild Ulvsanna, Beate Ulvøy', 'company', 'people'],
    ['nb', 'Styret: Kari Ulvestad, Ola Ulvik og Siri Berg', 'company', 'people'],
    ['nb', 'Styreleder: Ola Ulvik.', 'company', 'people'],
    ['en', 'Head guide Sanni Ulvio trains every new guide on the routes herself.', 'news', 'people'],
    ['en', 'We will open a 12-bed memory support wing in Ulvsdale in late 2027.', 'company', 'strategy'],
    ['nb', 'Vi har søkt konsesjon for et nytt småkraftverk i Ulvbekken, med planlagt driftsstart i 2029.', 'company', 'strategy'],
    ['sv', 'Vi har sökt tillstånd för en ny kraftstation i Ulvbäcken, med planerad driftstart under 2029.', 'company', 'strategy'],
    ['en', 'Staff sit down with residents at lunch rather than standing over them.', 'company', 'values'],
    ['en', 'Guides eat with the guests at the hut instead of at a separate table.', 'news', 'values'],
    ['nb', 'Sjåførene tar pause sammen i stedet for å spise alene i bilen.', 'company', 'values'],
    ['en', 'New deckhands are paired with the same skipper for their first month.', 'company', 'values'],
    ['en', 'Every employee has a development talk each spring where we agree on one new skill for the year.', 'company', 'career-goals'],
    ['nb', 'Alle ansatte har en utviklingssamtale hver vår der vi blir enige om én ny ferdighet.', 'company', 'career-goals'],
    ['en', 'Start as a labourer, get your tickets with us, and within three years you can be running a grader.', 'company', 'career-goals'],
  ] as const)('%s: %s', (lang, sentence, kind, prompt) => {
    expect(promptsOf(sentence, lang, kind)).toContain(prompt);
  });
});

describe('what a sentence is not evidence of', () => {
  test.each([
    // Guards: a plan with a year; a habit of those served; a count of a year; a past contrast; a bar with no figure.
    ['nb', 'Ulvhaug Transport skal få varene fram til folk langs kysten uansett vær innen 2028.', 'company', 'vision'],
    ['en', 'Customers eat here rather than at home.', 'company', 'values'],
    ['en', 'In 2025 the festival was cancelled because of the storm.', 'news', 'do-better'],
    ['en', 'Crews were sent home instead of waiting.', 'news', 'values'],
    ['sv', 'Vi ska vara dubbelt så bra som i fjol.', 'company', 'do-better'],
    ['nb', 'Vi har tre lærlinger som skal ta fagbrev til våren.', 'company', 'do-better'],
    ['sv', 'Revisorerna påpekade i våras att förbundet inte har hunnit med den planerade tillsynen.', 'news', 'strategy'],
  ] as const)('%s: not %s: %s', (lang, sentence, kind, prompt) => {
    expect(promptsOf(sentence, lang, kind)).not.toContain(prompt);
  });
});
