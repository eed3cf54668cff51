// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { promptsOf } from './prompts-alone';

/**
 * Prompt classes the forty-fifth held-out set showed, read on purpose after its one measurement: a unit told by the shifts
 * it works or by who leads it, with no unit word; a programme for trainees or future leaders; a unit that could not keep
 * up, or became the bottleneck; a post taken up, or a new post and its holder set off by commas; a post written as a
 * title whose last word names a trade; the work done "in a way that" as the purpose; money the company will spend on a
 * plan; the reader as "the one who"; a call to see the vacancies. Left out: a habit told of one role ("Planners spend one
 * shift a week underground …"), and "we want to show that" (a quote in news the labels give to people, not the vision).
 * Sentences written for this test.
 */

describe('what a sentence is evidence of', () => {
  test.each([
    ['en', 'Assembly runs three shifts on the cable lines, with about 90 people in the busy months.', 'company', 'department'],
    ['nb', 'Sveiseriet har fått tre nye sveisere og går nå i toskift fra mars.', 'company', 'department'],
    ['sv', 'Bageriet på fabriken kör nu två skift och bakar 12 ton bröd om dagen.', 'company', 'department'],
    ['en', 'Process Engineering, led by Chief Engineer Maria Gomez, kept the kilns running through the cold snap.', 'company', 'department'],
    ['nb', 'Lakkeriet, ledet av Ola Nordby, maler alle karmene før de går til montering.', 'company', 'department'],
    ['en', 'Maintenance keeps the 140 presses running and plans each stop with the line leaders.', 'company', 'department'],
    ['en', 'Our two-year graduate programme moves new engineers between the mill, the lab and the design office.', 'company', 'career-goals'],
    ['nb', 'I lederprogrammet vårt får seks fagarbeidere hvert år opplæring i planlegging og personalansvar.', 'company', 'career-goals'],
    ['sv', 'Varje år går sex operatörer vårt ledarprogram på Brunnsvik.', 'company', 'career-goals'],
    ['en', 'This spring our paint shop could not keep up with the new models.', 'company', 'do-better'],
    ['en', 'The mill sold more than it could cut, and drying became the bottleneck.', 'news', 'do-better'],
    ['sv', 'Packningen blev flaskhalsen när försäljningen ökade i fjol.', 'news', 'do-better'],
    ['nb', 'Pakkeriet ble flaskehalsen da salget økte i fjor.', 'news', 'do-better'],
    ['sv', 'Under hösten tillträdde Karin Lindqvist som ny produktionschef.', 'news', 'people'],
    ['nb', 'I mars tiltrådte Per Hansen som ny driftssjef ved anlegget.', 'news', 'people'],
    ['sv', 'Ritkontoret har fått en ny chef, Anna Sjöberg, som tidigare arbetade på ett snickeri i Tibro.', 'news', 'people'],
    ['en', 'Priya Nair, Senior Field Agronomist, spends most of her week on the farms between Dubbo and Orange.', 'company', 'people'],
    ['en', 'We grow vegetables in a way that leaves the soil richer than we found it.', 'company', 'vision'],
    ['nb', 'Vi skal lage mat av fisk fra kysten på en måte som tar vare på fjorden.', 'company', 'vision'],
    ['sv', 'Vi bygger hus av trä på ett sätt som håller i hundra år.', 'company', 'vision'],
    ['nb', 'Selskapet skal bruke 45 millioner kroner på nye fryselagre de neste fire årene.', 'news', 'strategy'],
    ['en', 'We will spend NOK 30 million on new presses.', 'company', 'strategy'],
    ['sv', 'Företaget ska lägga 40 miljoner kronor på en ny såglinje.', 'news', 'strategy'],
    ['sv', 'Som konstruktör blir du den som ritar de nya maskinerna tillsammans med kunderna.', 'job-ad', 'why-this-job'],
    ['nb', 'Som planlegger blir du den som bestemmer hvilke tunneler lagene driver neste uke.', 'job-ad', 'why-this-job'],
  ] as const)('%s: %s', (lang, sentence, kind, prompt) => {
    expect(promptsOf(sentence, lang, kind)).toContain(prompt);
  });
});

describe('what a sentence is not evidence of', () => {
  test.each([
    // Guards: the company itself, a machine, a plan; another firm led by someone; a project led by someone.
    ['en', 'We run two shifts on weekdays and one on Saturdays.', 'company', 'department'],
    ['nb', 'Den går i to skift gjennom hele sesongen.', 'company', 'department'],
    ['sv', 'Från och med mars kör vi tvåskift i alla maskiner.', 'company', 'department'],
    ['en', 'Glimsby Freight, led by chief executive Tom Reed, grew by a third last year.', 'news', 'department'],
    ['en', 'The project, led by engineer Ann Lee, will finish in 2028.', 'company', 'department'],
    // A call to apply names the HR team or "our team" without telling of any unit.
    ['en', 'See our current vacancies on our careers page or send your CV to our HR team.', 'company', 'department'],
    ['en', 'Join our team – see current vacancies on our Careers page.', 'company', 'department'],
    ['nb', 'Se ledige stillinger og bli en del av teamet vårt.', 'company', 'department'],
    // "Keep up the good work" keeps up nothing that fell short.
    ['en', 'Keep up the great work, everyone.', 'company', 'do-better'],
  ] as const)('%s: not %s: %s', (lang, sentence, kind, prompt) => {
    expect(promptsOf(sentence, lang, kind)).not.toContain(prompt);
  });
});
