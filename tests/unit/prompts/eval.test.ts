// @vitest-environment node
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toLang } from '../../../core/prompts';
import { evaluateAll, evaluateCase, type PromptFixture, evaluateHeldOut, HELDOUT_DIR, loadFixtures, summarise, unreachableExpectations } from '../../fixtures/prompts/evaluate';

const fixtures = loadFixtures();
// Scored once, when the file loads: two guards read the same results, and on a loaded machine a test's own timeout
// would otherwise be spent on the first scoring of every case.
const results = evaluateAll();
// Measured with v5 moved into tuning (622 pairs), before the fixes for its classes: P@3 0.899, R@5 0.866, 10 false alarms. After them (shortfalls as events, a unit or a person as subject, habits, norms, purposes, plans in the present,
// a colleague’s path, units named in a section only with a present doing word): P@3 0.932, R@5 0.927, 5 false alarms. With v6 moved in (735 pairs), before any fix for its classes: P@3 0.914, R@5 0.894, 10.
// After them (no shortfall in a verb-first rule, another's trouble, a fault as the work or a pace; wants, outages
// and customers sent home as shortfalls; units named by what they do; people introduced as blogs and portraits do;
// norms and wants said of nobody; plans from a date, this year, or decided; routines that come round; a writer's
// own path): P@3 0.928, R@5 0.928, 6 false alarms.
// With v7 moved in (848 pairs), before any change for it: P@3 0.912, R@5 0.891, 11 false alarms.
// After its first classes (a fault as a kind of case, not an event; a norm said of anyone, after a condition or as an
// opinion, which is no shortfall either; a want for others named at some length, not with a year; units in news and press
// releases, and units with short names, at a place or with a count; shortfalls told plainly: a count down from a higher
// one, a date later than the plan, called off for lack of people; plans with their time inside the sentence; "I'm …"
// introductions and surnames such as McInnes; colleagues who started lower down, told as a part of a group; a part of
// a count of bad things; a plan with its time is no shortfall): P@3 0.921, R@5 0.931, 8 false alarms.
// A weak hit dropped when the same sentence answers another prompt (not people) better: alone P@3 0.929, R@5 0.877,
// 7 false alarms; with the classes above: P@3 0.937, R@5 0.917, 5 false alarms. With contacts an ad labels ("Contact:
// Oliver Grant, …") and headings written as a sentence or question read as a topic: P@3 0.939, R@5 0.918, 4.
// With v8 moved in (959 pairs), before any change for it: P@3 0.924, R@5 0.893, 9 false alarms.
// After v8's structural classes (a figure worse than an earlier one, a routine kept by or for everyone, a trouble of a
// whole field or a group in general, a team told by its head count, a dated step told in a passive, a first name
// introduced with a role told as a doing): P@3 0.931, R@5 0.916, 7. With v9 moved in (1081 pairs), before any change
// for it: P@3 0.915, R@5 0.895, 15. After v9's classes (a rule of the house as a habit; a gap told with years is no
// plan; routes from within told of a part of the staff, and a quoted heading no section name; own figures against an
// agreed norm or later than they should be, and a trouble caused by others or beyond reach no shortfall; a unit named
// in passing by a person's line no department): P@3 0.925, R@5 0.905, 11 false alarms. With v10 moved in (1208 pairs),
// before any change for it: P@3 0.912, R@5 0.880, 15. After v10's classes (own figures read against the year before
// or a bar in any wording, a trouble of those served or of the whole field not the company's; a unit as the subject is
// department evidence in itself and a unit told by its make-up; the company's own plan before a rule laid down; a
// leader's wish for anyone served a vision): P@3 0.916, R@5 0.892, 14.
// With the learned judge for career-goals and values (core/evidence/model, trained on these same cases, so partly
// trained on), rules before v10's classes: P@3 0.918, R@5 0.899, 14 (rules alone 0.912 / 0.880 / 15). What carries is
// the left-out measure (npm run train:evidence -- --leave-out all): trained without each set v3–v10 in turn, pooled over
// the eight, values P@3 0.88 → 0.90, R@5 0.70 → 0.78, career-goals 0.90 / 0.73 unchanged, false alarms 14 → 13.
// Both merged: P@3 0.922, R@5 0.910, 13. With v11 moved in (1336 pairs) and the judge retrained on it, before any
// change for it: P@3 0.909, R@5 0.891, 19. After v11's classes for do-better, values and career goals on their own (a judged
// hit stands beside another prompt's, routes on, a time past a bar, a routine's clause): P@3 0.910, R@5 0.900, 19; for
// people, department and strategy on their own (signatures and titles with their field, a role without a name weighed
// down, units by head count, dated passive plans): P@3 0.924, R@5 0.900, 16. Both merged: P@3 0.925, R@5 0.909, 16.
// With v12 moved in (1463 pairs) and the judge retrained on it, before any change for it: P@3 0.911, R@5 0.900, 21.
// After v12's classes for do-better, values and career goals on their own (a bar the company set itself: standard, routine,
// budget, plan, promise; gaps in how the work went: late help after an incident, shifts covered by hired-in staff or
// worked alone, a part of the checks done at an audit, a task done less often than the routine, told late, a long
// working week; staff who left and overtime as bad things; trouble that is the work, of an outside cause, or learning
// paid for no shortfall; paid learning a career path; a step we take before the work a habit; a path offered weighs
// half for values): P@3 0.9250, R@5 0.9106, 15 (judge unchanged: its features are not touched).
// After v12's classes for people, department, strategy and vision (a plan's date set by a day, a span or a holiday; a wish said
// with "would like" or "wanted", or with a long "whom", and a routine done to every case no purpose; units inside Bokmål and
// Swedish compounds and in the definite plural, an English unit at its place, another unit named in passing no unit; a
// headline, long or about a named person, names no section; a unit's dated plan weighs half for the department, a wish
// without a year half for the strategy; Swedish roles in -ledare, becoming a role, a speaker's definite role, representatives
// as roles, a page introducing someone, a signature in title case; an article's teaser evidence of nothing): P@3 0.9184,
// R@5 0.9167, 19 false alarms. Both merged: P@3 0.9319, R@5 0.9277, 13.
// With v13 moved in (1590 pairs) and the judge retrained on it, before any change for it: P@3 0.9242, R@5 0.9105, 19.
// After v13's classes for do-better, values and career goals on their own (an own result short of its own plan, target or
// minimum: a part of a whole then its bar, a time after the plan's date, a count below the policy's minimum, a result below
// its budget, a bar set beside with "where"; a pay gap for work of equal value; trouble as history, a market's demand or a
// strike elsewhere, a trouble ruled out for those served, no shortfall; a unit's work told with its make-up and thanks to
// each one no habit, leaders doing the work themselves and a guide's routine of a role in the singular one, "log in" in
// prose no login button; a colleague's path in news career evidence): P@3 0.9309, R@5 0.9205, 14 (judge unchanged: its
// features are not touched).
// After v13's classes for people, department, strategy and vision (a plan's step dated without its year or by a bare Nordic
// date, a plan to take on people; a unit told by the people who staff it, a short unit name at its place or keeping its hours;
// what those served should never have to go through; a name with its role between commas in a long sentence, a colleague
// told from where they started, the reader addressed by a role nobody; a dateline evidence of nothing): P@3 0.9271, R@5 0.9217, 18. Both merged: P@3 0.9329, R@5 0.9316, 14.
// With v14 moved in (1759 pairs) and the judge retrained on it, before any change for it: P@3 0.9247, R@5 0.9241, 18.
// After v14's classes (an own result past a bar the company set itself, told in words; a plan from a season, a term or a
// day ahead; an own workplace at work, a unit with its staff, a room of work; a sign-off line kept as a part; a person by
// trade at the opening; a rule that still holds; a wish for others with a clause; greetings tell nothing; a promise kept
// on a condition): P@3 0.9322, R@5 0.9384, 17.
// The judge reads do-better too, and adds no shortfall the rules ruled out or whose figures did not fall short:
// P@3 0.9335, R@5 0.9384, 17.
// With v15 moved in (1938 pairs) and the judge retrained on it, before any change for it: P@3 0.9311, R@5 0.9243, 17.
// v15's classes (budgets as levels, units joined, learning in working hours, the company's own people, purpose shapes,
// shortfalls as events, every case done to by someone): P@3 0.9323, R@5 0.9375, 17.
// With v16 moved in (1989 pairs) and the judge retrained on it, before any change for it: P@3 0.9280, R@5 0.9316, 18.
// v16's class (a council's or a customer's plan is theirs, not strategy): P@3 0.9299, R@5 0.9316, 17.
// With v17 moved in (2136 pairs; its why-this-job labels rewritten to the product's reading) and the judge retrained on
// it, before any change for it: P@3 0.9219, R@5 0.9275, 20. v17's class (any plan whose subject is outside the company:
// the government, a competitor, the industry, a customer with a word of intent): P@3 0.9224, R@5 0.9275, 20. Weather that
// brought trouble about as the subject ('Storms and flooding … disrupted', 'Stormen … ga flere strømbrudd'; the company's
// own record kept): P@3 0.9235. What is open to someone with 'can' (become, progress to, train as, move into our team):
// P@3 0.9238, R@5 0.9282, 20. An excess owned ('og det er for mange'), a promised time broken, work not got to:
// P@3 0.9241, R@5 0.9294. A way of working told as a choice ('heller … enn', 'i stället för att'): R@5 0.9301. A title
// in the indefinite form before a name ('Medicinskt ansvarig läkare Oskar …'): P@3 0.9241, R@5 0.9310, 20.
// With v18 moved in (2255 pairs) and the judge retrained on it, before any change for it: P@3 0.9179, R@5 0.9252, 22.
// With v19, then v20 moved in (2377, 2508 pairs), the judge retrained, before any change: P@3 0.9135 / 0.9105, R@5 0.9205 / 0.9177, 23.
// v20's classes (a step open after a time served, a practice kept among colleagues, a unit by its unit word and name or
// by 'of' and a count, a distributor's plan): P@3 0.9112, R@5 0.9200, 23. Too few hands owned, a budget blown, a wait that
// reached a figure: R@5 0.9205. A rule kept by refusing ('we never send', 'vi sier nei til'): P@3 0.9113, R@5 0.9211.
// A short line's name never holds a role word ('Officer Ragnhild Seljestad'): P@3 0.9117. A plan dated by a span of years, the
// end of a time or an English season with its year; 'in' alone no sign of English: P@3 0.9118, R@5 0.9217 (strategy 0.943). An opinion given as the reason ('fordi vi mener at'): P@3 0.9119, R@5 0.9222.
// With v21 moved in (2628 pairs) and the judge retrained on it, before any change for it: P@3 0.9099, R@5 0.9166, 23.
// v21's first class (in news, a plan of a public body, a competitor or a chain of many is theirs): P@3 0.9108, R@5 0.9166, 23.
// A trouble of the whole field, a whole region, every firm or the weather ('Hela branschen har brist på …', 'i hele Europa'): P@3 0.9113.
// An own shortfall with the verb before 'vi' ('I oktober nådde vi bara …', 'hann vi inte'), too much owned, a median wait that rose: P@3 0.9115, R@5 0.9182.
// A habit told with a unit as its setting, or with its day last ('I teamene drøfter vi … hver tirsdag'); a unit after a quote's mark: P@3 0.9153, R@5 0.9187.
// The company itself with its whole staff is no unit ('Selskapet har 262 ansatte', 'Byrån har 35 anställda'): P@3 0.9159.
// What the company's work helps people do, or the help it wants to give ('We publish books that help readers …', 'Byrået vil hjelpe … å bli sett'): P@3 0.9163, R@5 0.9198.
// A named person new in a post, whatever it is called ('Nils Berglöf är ny distriktsveterinär i Kalmar'): R@5 0.9203.
// A plan in the English progressive with a deadline or a month inside ('We are adding a third filling line … by June 2027'): R@5 0.9206.
// Colleagues studying towards a trade with the company's support ('läser nu till veterinär med stöd från oss'): R@5 0.9211.
// A step kept with the whole house before another ('… with the whole house before an offer goes out'): R@5 0.9214.
// A unit named by a point of the compass, at work ('Förvaltning Norr sköter 3 400 lägenheter'): R@5 0.9219.
// A routine of 'we' told with the case it answers ('We tell customers about a problem on the day we find it'): P@3 0.9166, R@5 0.9229.
// With v22 moved in (2749 pairs) and the judge retrained on it, before any change for it: P@3 0.9136, R@5 0.9185, 23.
// v22's first class (a figure to move or reach with a word of intent, 'skal opp fra 30 til 45 prosent'; a plan dated by a year's span, 'Läsåret 2026/27'): P@3 0.9143, R@5 0.9195.
// A public body named with its place as the subject ('Gjøvik kommune skal …', 'Leeds City Council plans …'): no strategy, its units no department: P@3 0.9159.
// Figures, results or mistakes shared with everyone or openly ('Vi delar våra misstag öppet …'): a habit, a value: P@3 0.9160, R@5 0.9205.
// A survey told of in prose ('Vi fick kritik i vår egen enkät för …') is no invitation to take one, no page chrome: R@5 0.9215.
// Not done well enough with words between ('Vi har ikke vært gode nok til å …'), custom lost ('Det har kostat oss kunder'): R@5 0.9222.
// A named person whose role is a profession or a trade ('Principal Lawyer', 'lærling i …', 'Fagansvarlig ergoterapeut …'): P@3 0.9161, R@5 0.9234.
// A firm after 'led by' or 'owned by' ('Namdal Slakteri AS', 'Sampaguita Ventures') is no person: P@3 0.9167.
// Learning the job makes room for ('tok master … mens hun jobbet', 'med bibehållen lön', 'får … studera till ingenjör'): P@3 0.9169, R@5 0.9242.
// A unit named with 'and', newly set up, or a centre as a compound ('Our Quality and Compliance unit', 'A new … unit will', 'Trafikksentralen'): P@3 0.9171, R@5 0.9252.
// A wish set to a deadline year ('By 2028 we want our platform live at …', 'Innen 2029 vil vi at …') is a target, no vision: P@3 0.9178, R@5 0.9257.
// What matters most to the company, told as what should be so for others ('Det som betyr noe for oss, er at folk kan …'): P@3 0.9179, R@5 0.9263.
// A named person new in a post after a time put first ('Sedan i oktober är Malin … ny ekonomichef'): R@5 0.9264.
// A bad thing above the company's own bar ('16 percent, well above our target of 10', 'langt over målet på 6 prosent'): R@5 0.9266.
// A habit kept as a day, a shift or a week comes round ('Every supervisor starts the shift by …', 'Vi starter hver mandag med …'): P@3 0.9183.
// A market's prices, rates or money that moved ('Salmon prices fell …', 'Forskningsfinansieringen … har varit svag'): the market's, no shortfall: P@3 0.9193, FA 22.
// The whole company calling itself a team ('We are a team of 34 lawyers …', 'Vi er et lite team på åtte'): no unit: P@3 0.9197.
// A share of newcomers who left within their first year ('One in five new operators left us within their first year'): R@5 0.9269.
// A habit of sharing or of a day that comes round, told with its reason ('Vi delar våra misstag öppet …, så att …'): no purpose: P@3 0.9200.
// In an ad, whom the reader reports to is no reason to want the job ('You will report to …'): R@5 0.9270.
// Produce grown, or its growers, is no growth ('food … grown and made in Kenya'; 'grow' as a doing word only): P@3 0.9215, R@5 0.9271, FA 21.
// A title of a role and a unit the page calls a team ('Senior Backend Engineer – Lending Platform') is no person: P@3 0.9215 (+0.0001).
// A routine kept after each one of something ('… a short note after every term'): P@3 0.9216, R@5 0.9276.
// Recall capped at the five lines a top five can show (person cards had counted every line, up to 1.2): R@5 0.9276 -> 0.9264.
// With v23 moved in (2891 pairs) and the judge retrained on it, before any change for it: P@3 0.9211, R@5 0.9239, 21.
// v23's classes (key figures with the earlier one in brackets, an excess owned, a founding purpose, others' proposals, an own call, teams, a promise dated): P@3 0.9218, R@5 0.9265, 21.
// With v24 moved in (3015 pairs) and the judge retrained on it, before any change for it: P@3 0.9202, R@5 0.9283, 21.
// v24's twenty classes (a commitment missed, shame owned, owed things late, idle machines, goods rejected, staffed units, own
// calls, safety rules, thousands in prose, others' plans, targets missed, titles before names, requirements not duties, weak
// markets, 'not just us', rounds of the day, imprints, market prices, staff parties, business parts in ad titles): P@3
// 0.9259, R@5 0.9319, 20.
// With v25 moved in (3136 pairs, its cases not studied) and the judge retrained on it: P@3 0.9236, R@5 0.9300, 20.
// v25's four classes (a task named as the company's own, a rise from an earlier post, 'has not managed', bad loans rising):
// P@3 0.9243, R@5 0.9323, 20.
// With v26 moved in (3260 pairs, its cases not studied) and the judge retrained on it: P@3 0.9233, R@5 0.9303, 21.
// With v27 moved in (3385 pairs, its cases not studied; the judge not retrained: retrained on it, it fell to 0.9203 /
// 0.9268 / 23 and put a weather sentence among the shortfalls): P@3 0.9214, R@5 0.9270, 22.
// v26's six prompt classes (another body's plans, a path from post to post, a course that opens a step, 'team leaders'
// and 'the whole team' as no unit, a firm named by its trade as no person): P@3 0.9237, R@5 0.9278, 21. The judge then
// retrained with v27 in, and a rule's hit weighed down below 0.12 (hook.ts says why): P@3 0.9233, R@5 0.9276, 21. Three
// more of v26's classes (a decision that stands, a customer's claim as a complaint, role words built from a unit's name):
// P@3 0.9239, R@5 0.9278, 21. v27's nine classes (a shortfall owned without naming it, a target by a share, an order for
// delivery, a routine kept together, a unit named by its field, a role's contact line, a mentor, a track to choose, the
// union Vision): P@3 0.9245, R@5 0.9295, 21.
// With v28 moved in (3520 pairs, its cases not studied) and the judge retrained on it: P@3 0.9223, R@5 0.9251, 22.
// With v29 moved in too (3634 pairs, its cases not studied) and the judge retrained on it: P@3 0.9213, R@5 0.9264, 22.
// v28's eight classes (another body's promise, plan or building work; a retailer that plans; a line pointing back to the
// purpose; newcomers taught beside the experienced; colleagues since risen; what is made to last; a rule for the place
// served, said as ours): P@3 0.9232, R@5 0.9282, 22 (the judge retrained: same weights).
// v29's five classes (a public body's plan in the genitive, a market's fall after an outside cause, a statistics body's
// figure, a habit at the start or end of each round, a service the same day): P@3 0.9238, R@5 0.9285, 22. With v30's
// part B moved in (3672 pairs, its cases not studied) and the judge retrained on it: P@3 0.9238, R@5 0.9284, 22.
// With v30's parts A and C moved in too (3792 pairs, not studied): P@3 0.9225, R@5 0.9267, 24; the judge retrained on
// them (as the weights test requires): P@3 0.9221, R@5 0.9265, 25 (v30's 17 cases alone: 158 pairs, 0.8964 / 0.8945, 2).
// With v31 moved in (3912 pairs, its cases not studied; measured once as held-out at 0.872 / 0.862): P@3 0.9203, R@5
// 0.9242, 26; the judge retrained on them: P@3 0.9207, R@5 0.9248, 25 (v31's 16 cases alone: 120 pairs, 0.8718 / 0.8759, 1).
// v31's three classes (a customer named as one in news plans for itself, what the employer offers is no value, a course
// the work requires is a rule): P@3 0.9212, R@5 0.9248, 25 (v31 alone 0.8867 / 0.8759; the judge retrained: same weights).
// v30's cases read (stop 38): a path on offered tells a unit less; a step open after a course; a list written as one "ul"
// block read as the capture gives it, an "li" per item (evaluate.ts); a party the company serves plans for itself; a
// habit kept each night or shift: P@3 0.9232, R@5 0.9273, 25 (v30 alone 0.8964 / 0.8975 -> 0.9204 / 0.9226; same weights).
// A season's weather or weak winds as a cause, a part of a year ahead ("Under första halvåret 2027 öppnar vi …"): P@3
// 0.9234, R@5 0.9276, 25 (v31 alone 0.8867 / 0.8759 -> 0.8883 / 0.8805). A person appointed to a post ('har utsetts till
// ny servicechef'): P@3 0.9235, R@5 0.9278 (v31 0.8894 / 0.8852). v33's part B read on purpose after its one
// measurement (0.86 / 0.87 held out; v33-prompt-classes.test.ts) and moved in (3968 pairs, listed as "v33"), the judge
// retrained: P@3 0.9239, R@5 0.9278, 25 (v33's 8 cases alone: 56 pairs, 0.9600 / 0.9428, 0). Three of v31's classes (a
// trade's role, a firm's unit in the possessive, 'joined as … and now leads a team' telling the team less): P@3 0.9243,
// R@5 0.9283, 25 (v31 alone 0.8958 / 0.8992; the judge retrained: same weights). v33's part A read on purpose after its
// one measurement (0.85 / 0.81 held out; v33a-prompt-classes.test.ts): P@3 0.9245, R@5 0.9284; moved in (4034 pairs,
// listed as "v33a"; alone 0.8912 / 0.8154): P@3 0.9239, R@5 0.9265, 25; the judge retrained on it: P@3 0.9237, R@5 0.9259.
// v34 read on purpose after its one measurement (0.86 / 0.90 held out; v34-prompt-classes.test.ts): P@3 0.9250, R@5 0.9258;
// moved in (4163 pairs, listed as "v34"; alone 0.8956 / 0.9017, its 2 false alarms): P@3 0.9241, R@5 0.9250, 27; the judge
// retrained on it: P@3 0.9244, R@5 0.9259, 27 (v34 alone 0.8973 / 0.9117). Review mends: 0.9246 / 0.9261, 27. v35 in (4281),
// retrained: 0.9252 / 0.9265, 27. v36 (a unit before a role is no person) in (4409): 0.9247 / 0.9252.
// v37 read on purpose (0.90 / 0.91 held out; v37-prompt-classes.test.ts): moved in (4523 pairs, "v37"), the judge retrained,
// and what an ad asks of the applicant no value: P@3 0.9241, R@5 0.9252, 27 (v37 alone 0.9199 / 0.9387). v38 read on purpose in the same session (0.87 / 0.89 held out;
// v38-prompt-classes.test.ts: a county's investment and a goal another has set, a unit named by its work, colleagues counted
// and where they stand now): P@3 0.9246, R@5 0.9272; moved in (4683 pairs, "v38") and the judge retrained: P@3 0.9231, R@5
// 0.9263, 27 (v38 alone 0.8919 / 0.9167); what befell a unit no unit at work ("Lageret i Mo har fått …"): R@5 0.9262.
// v39's classes (slowness, a permit exceeded, a course finished and the post now, labs as units, a post between a name
// and a bio): 0.9235 / 0.9271; moved in (4793, "v39"), retrained, a past start with "etter" no plan: 0.9240 / 0.9273, 27
// (v39 alone 0.944 / 0.938). v40's (contracts lost, people not kept informed, "i enkäten"): 0.9241; moved in (4910),
// retrained: 0.9234 / 0.9289, 27 (v40 0.900 / 0.940). v41 moved in unstudied (5032), retrained: 0.9240 / 0.9274, 27.
// v42's: in (5151): 0.9222 / 0.9276, 27. v43's: in (5277): 0.9205 / 0.9275, 30 (its 3 FAs). v44's: in (5391): 0.9212 / 0.9295.
// v45's (a unit by its shifts or its lead, programmes, "could not keep up", a post taken up, money to spend): 0.9213 / 0.9305;
// moved in (5533), retrained: 0.9211 / 0.9319, 30. v46's (machines in shifts, a sponsored study, work not won, skippers, "Ny X
// är Name", "we always" in a later clause): 0.9210 / 0.9319; moved in (5652, "v46"), retrained: 0.9202 / 0.9321, 32 (its 2 FAs). v47's: in (5773): 0.9201 / 0.9329. v48's: in (5901), retrained: 0.9194 / 0.9348, 36 (its 3 FAs: a job ad's overview as its
// vision twice, a perk as a value). v49's: in (6031): 0.9197 / 0.9361, 35. v50's (a year not as planned, an agreement ended): in
// (6156), retrained: 0.9207 / 0.9369, 37 (v50 0.955 / 0.991; its FA: a job ad's growth target as its vision). v51's (a signature's
// bio, "9 procent mindre än året innan", a crash; no vision in water gear, no route in a road, an ad's listed items for other
// prompts): 0.9221 / 0.9369, 36; in (6290), retrained: 0.9221 / 0.9370, 36 (v51 0.922 / 0.931 after its classes, 0.925 / 0.934 in);
// then a course offered towards a post, "Kontakt: platschef Name", no unit in a duty, no purpose in a target by a year: 0.9248 / 0.9381, 35.
// v52's (an owner or a relative clause's role, a new post after seasons in the house, no audit as vision, no habit as a shortfall): in (6405),
// retrained: 0.9246 / 0.9377, 37 (the judge's two more: a school's programme as a path, a promise as a value); "by mid-2027", "-ologist",
// "Lag Holm" a crew, mortality that rose: 0.9248 / 0.9385, 37 (v52 0.949 / 0.966). v53's (a person new in a post no plan, a paper's "Read more" box) in (6522), retrained: 0.9242 / 0.9378, 37 (its FA, a job ad's dated new line as its vision, in; one older out). v54's classes (17 rows up, none down): 0.9251 / 0.9383, 37; v54 in (6649), not retrained: 0.9251 / 0.9388, 38 (retrained: 0.9245 / 0.9385, 41). v55's (2 up) in (6773), retrained with both (model-weights.test.ts holds the weights to the cases): 0.9248 / 0.9386, 40 (not retrained: 0.9249 / 0.9380, 38). v56's classes (2 up) then v56 in (6927), retrained: 0.9247 / 0.9391, 42 (its 2 FAs: a job ad's overview as vision, "we need people" as contribute; not retrained 0.9244 / 0.9389, 42). v57's (3 up) in (7052), retrained: 0.9242 / 0.9384, 41 (not retrained 0.9245 / 0.9388, 42; v57 0.903 / 0.924). v58's (none moved) in (7171), retrained: 0.9244 / 0.9384, 41 (not retrained 0.9242 / 0.9385, 41; v58 0.925 / 0.944). v59's (5 up): 0.9245 / 0.9384, 41; in (7315), retrained: 0.9245 / 0.9392, 41 (not retrained 0.9244 / 0.9390, 41; v59 0.920 / 0.968). v60's (1 up) in (7441), retrained: 0.9236 / 0.9391, 44 (its 3 FAs: a person's path from nurse to CEO, paid courses, a manager who started at the mill, as career-goals the writers left unlabelled; not retrained 0.9236 / 0.9391, 44; v60 0.874 / 0.944). v61's (3 up: a path started low and risen, 'every time', a crew after 'our'; 0.9236 / 0.9395, 44) in (7571), retrained: 0.9234 / 0.9405, 44 (not retrained 0.9232 / 0.9402, 45; v61 0.90 / 0.98). v62's (2 up: a lost deal, a post after years in a lower one) in (7694), retrained: 0.9235 / 0.9403, 44 (not retrained 0.9234 / 0.9405, 44; v62 0.92 / 0.93). v63's (1 up: 'too many late deliveries' in a staff magazine) in (7816), retrained: 0.9227 / 0.9395, 44 (not retrained 0.9228 / 0.9399, 44; v63 0.88 / 0.91): the floor's P@3 0.922. v64's classes (3 up, none down; 43) in (7956), retrained: 0.9228 / 0.9400, 45 (the retrained judge's FAs in an accident summary and a pay survey; not retrained 0.9229 / 0.9399, 43; v64 0.93 / 0.96). v65's classes (7 up, none down: 0.9229 / 0.9403, 45) in (8102), retrained: 0.9227 / 0.9411, 45 (not measured untrained this time; v65 0.90 / 1.00): the floor's R@5 0.940. v66's classes (1 up, none down) in (8232), retrained: 0.9223 / 0.9416, 46 (the retrained judge's FA: a quoted 'Når en app svikter, må folk …' as values; v66's own careers-page FA, 'can be a challenge for commuters', gone by a rule; v66 0.90 / 0.98). v67's classes (none moved) in (8345), retrained: 0.9215 / 0.9411, 46 (the older rows 0.9224 / 0.9418 → 0.9223 / 0.9417; v67's own 0.87 / 0.92 bring the mean down): the floor's P@3 0.921.
const TUNED_FLOOR = { precisionAt3: 0.921, recallAt5: 0.94, falseAlarms: 46 };

describe('labelled evidence fixtures', () => {
  it('cover at least 12 cases in all three languages, job ads included', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(12);
    const langs = new Set(fixtures.map(({ fixture }) => toLang(fixture.lang)));
    expect([...langs].sort()).toEqual(['en', 'nb', 'sv']);
    const jobAdLangs = new Set(fixtures.filter(({ fixture }) => fixture.kind === 'job-ad').map(({ fixture }) => toLang(fixture.lang)));
    expect(jobAdLangs.size, 'Should have a job ad in every language').toBe(3);
  });

  it.each(fixtures.map(({ name, fixture }) => [name, fixture] as const))('%s labels only sentences the segmenter produces', (_, fixture) => {
    expect(fixture.source.trim()).not.toBe('');
    expect(fixture.blocks.length).toBeGreaterThan(0);
    expect(unreachableExpectations(fixture), 'Should be able to find every labelled sentence').toEqual([]);
  });
});

describe('evidence scoring regression guard', () => {
  it('keeps overall precision@3 at 0.7 or above', () => {
    const overall = summarise('overall', results);
    expect(overall.precisionAt3 ?? 0).toBeGreaterThanOrEqual(0.7);
    // Recall is not the target, but a collapse means the scorer finds nothing.
    expect(overall.recallAt5 ?? 0).toBeGreaterThanOrEqual(0.6);
  });
});

describe('the tuned and held-out splits', () => {
  // Measured with both earlier held-out sets moved in (v1's 74 pairs, v2's 100): P@3 0.90, R@5 0.82
  // over 290 pairs before the fixes for v2's classes of misses, P@3 0.924, R@5 0.944 after; the floors
  // sit a little below so noise does not flake. With v3's 105 pairs moved in (395 tuning pairs), before
  // the fixes for its classes: P@3 0.906, R@5 0.86, 7 false alarms; after them: P@3 0.941, R@5 0.960, 2 false
  // alarms. With v4's 111 pairs moved in (506 tuning pairs), before the fixes for its classes: P@3 0.909,
  // R@5 0.89, 7 false alarms; after them: P@3 0.916, R@5 0.911, 7 false alarms. With v5's 116 pairs moved
  // in (622 tuning pairs), before the fixes for its classes: P@3 0.899, R@5 0.866, 10 false alarms; after them:
  // P@3 0.932, R@5 0.927, 5 false alarms. With v6's 113 pairs moved in (735 tuning pairs), before the fixes for its
  // classes: P@3 0.914, R@5 0.894, 10 false alarms; after them: P@3 0.928, R@5 0.928, 6. With v7's 113 pairs moved in
  // (848 tuning pairs), before any change for it: P@3 0.912, R@5 0.891, 11. With v8's 111 pairs moved in (959 tuning
  // pairs), before any change for it: P@3 0.924, R@5 0.893, 9. With v9's 122 pairs moved in (1081 tuning pairs), before
  // any change for it: P@3 0.915, R@5 0.895, 15; after its classes: P@3 0.925, R@5 0.905, 11. With v10's 127 pairs moved
  // in (1208 tuning pairs), before any change for it: P@3 0.912, R@5 0.880, 15. With v11's 128 (1336): P@3 0.909, R@5 0.891,
  // 19. With v12's 127 (1463): P@3 0.911, R@5 0.900, 21. With v13's 127 (1590): P@3 0.924, R@5 0.911, 19. With v14's 169 (1759): P@3 0.925, R@5 0.924, 18. With v15's 179 (1938): P@3 0.931, R@5 0.924, 17. With v16's 51 (1989): P@3 0.928, R@5 0.932, 18. With v17's 147 (2136): P@3 0.922, R@5 0.928, 20. With v18's 119 (2255): P@3 0.918, R@5 0.925, 22. With v19's 122 (2377): P@3 0.914, R@5 0.921, 23. With v20's 131 (2508): P@3 0.911, R@5 0.918, 23. With v21's 120 (2628): P@3 0.910, R@5 0.917, 23. With v22's 121 (2749): P@3 0.914, R@5 0.918, 23. With v23's 142 (2891): P@3 0.921, R@5 0.924, 21. With v24's 124 (3015): P@3 0.920, R@5 0.928, 21. With v25's 121 (3136), after v24's classes: P@3 0.924, R@5 0.930, 20. With v26's 124 (3260), after v25's classes: P@3 0.923, R@5 0.930, 21. With v27's 125 (3385): P@3 0.921, R@5 0.927, 22. Fewer pairs
  // means a case went missing.
  it('keeps the tuning cases at their measured precision and recall', () => {
    const tuned = summarise('tuning', results.filter((r) => r.split === 'tuning'));
    expect(tuned.pairs).toBeGreaterThanOrEqual(8345);
    expect(tuned.precisionAt3 ?? 0).toBeGreaterThanOrEqual(TUNED_FLOOR.precisionAt3);
    expect(tuned.recallAt5 ?? 0).toBeGreaterThanOrEqual(TUNED_FLOOR.recallAt5);
    // Pairs labelled "nothing should surface" where something did: 5 before v2's fixes, 4 after; 7 with v3 moved in, 2 after its fixes.
    expect(tuned.falseAlarms).toBeLessThanOrEqual(TUNED_FLOOR.falseAlarms);
  });

  // The held-out cases (tests/fixtures/heldout/prompts) are written apart and never tuned on; the
  // folder may be empty or missing while a new set is written. Then nothing is measured.
  it('reads an empty or missing held-out folder as no cases', () => {
    expect(loadFixtures(join(HELDOUT_DIR, 'no-such-folder'))).toEqual([]);
    expect(evaluateHeldOut(join(HELDOUT_DIR, 'no-such-folder'))).toEqual([]);
  });

  it('measures the held-out set, when there is one, with a loose precision floor', () => {
    const heldOut = summarise('heldout', evaluateHeldOut());
    if (heldOut.pairs === 0) return;
    expect(heldOut.precisionAt3 ?? 0).toBeGreaterThanOrEqual(0.65);
  });
});

describe('the evaluation reads a clip as the app does', () => {
  const ad = (lang: string, title: string, tasksHeading: string, tasks: string[], reqHeading: string, reqs: string[], deadline: string): PromptFixture => ({
    lang,
    source: 'written',
    kind: 'job-ad',
    blocks: [
      { tag: 'h1', text: title },
      { tag: 'h2', text: tasksHeading },
      ...tasks.map((text) => ({ tag: 'li', heading: tasksHeading, text })),
      { tag: 'h2', text: reqHeading },
      ...reqs.map((text) => ({ tag: 'li', heading: reqHeading, text })),
      { tag: 'p', heading: reqHeading, text: deadline },
    ],
    expected: { contribute: tasks, 'key-qualities': reqs },
  });

  it.each([
    ad('en', 'Warehouse Team Lead', 'What you will do', ['Plan the weekly shifts', 'Train new pickers on the scanners'], 'What we look for', ['Forklift licence', 'Calm under pressure'], 'Apply by 1 March 2027.'),
    ad('nb', 'Lagerleder', 'Arbeidsoppgaver', ['Sette opp ukens skift', 'Lære opp nye plukkere'], 'Kvalifikasjoner', ['Truckførerbevis', 'Rolig under press'], 'Søknadsfrist: 1. mars 2027.'),
    ad('sv', 'Lagerchef', 'Arbetsuppgifter', ['Lägga veckans scheman', 'Lära upp nya plockare'], 'Kvalifikationer', ['Truckkort', 'Lugn under press'], 'Sista ansökningsdag: 1 mars 2027.'),
  ])('$lang: an ad’s listed tasks and requirements reach contribute and key qualities, as on the board', (fixture) => {
    const results = evaluateCase('ad', fixture);
    for (const r of results) expect(r.recallAt5, `${r.promptId}: ${r.top.join(' | ')}`).toBe(1);
  });
});

