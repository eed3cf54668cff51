// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { shownAlone, tellsShortfallIn } from './do-better-alone';

/**
 * Something to do better told only in figures: a result set against its target, only part of a count,
 * a long time to answer or to wait; plus a promise of how it will go next time, a limit exceeded, work
 * turned away and a bad figure that reached a level. And what holds figures but falls short of nothing:
 * a target for the future, an answer promised within a week, a count that is simply a size.
 */

const shortfall = tellsShortfallIn;

describe('do-better: shortfalls told in figures alone', () => {
  it.each([
    ['en', 'On-time departures were 88 per cent against a target of 95.'],
    ['en', 'The helpline answered only 62 per cent of calls on the first ring.'],
    ['en', 'Only three of the nine depots had a trained first-aider on every shift.'],
    ['en', 'Tenants who reported damp last winter waited eleven weeks for a reply.'],
    ['en', 'A repair visit in the outer villages took more than 90 minutes to arrange.'],
    ['nb', 'Vi leverte 84 prosent av pakkene i tide, men målet var 95.'],
    ['nb', 'Bare tre av ti butikker hadde varene på plass ved åpning.'],
    ['nb', 'Kundene som ringte i januar, ventet i snitt fem uker på svar.'],
    ['nb', 'Det tok mer enn 50 minutter før vekteren var på stedet.'],
    ['sv', 'Punktligheten blev 86 procent mot målet på 94.'],
    ['sv', 'Endast två av sju filialer hade öppet hela sommaren.'],
    ['sv', 'Hyresgästerna fick vänta i genomsnitt sex veckor på svar om reparationen.'],
    ['sv', 'Ambulansen från stan tar över en timme till byn när den lokala bilen är ute.'],
  ])('%s: %s', (lang, sentence) => {
    expect(shortfall(sentence)).toBe(true);
    expect(shownAlone(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    ['en', 'Next time we are this busy, every customer will hear back from us within two days.'],
    ['en', 'Dust on the grinding line was over the limit at two workstations in May.'],
    ['en', 'We turned three large orders away in the spring because the line was full.'],
    ['en', 'Sick leave on the packing floor reached 9 per cent in the autumn.'],
    ['nb', 'Neste gang vi får så mange bestillinger, skal alle få en bekreftelse samme dag.'],
    ['nb', 'Støyen fra knuseverket lå over grenseverdien ved to målinger i fjor.'],
    ['nb', 'Vi måtte si nei til to store kunder i sommer fordi lageret var fullt.'],
    ['sv', 'Nästa gång vi bygger om en linje ska grannarna få veta det en månad innan.'],
    ['sv', 'Bullret vid lastkajen låg över gränsvärdet vid tre mätningar i fjol.'],
    ['sv', 'Vi tvingades tacka nej till flera beställningar under hösten.'],
    ['sv', 'Inspektionen pekade på brister i skyddsräckena, och det har vi tagit till oss.'],
  ])('%s, a promise, a limit, work turned away: %s', (lang, sentence) => {
    expect(shownAlone(sentence, lang)).toEqual([sentence]);
  });
});

describe('do-better: figures that fall short of nothing', () => {
  it.each([
    ['en', 'Our target is 97 per cent on-time delivery by 2028, up from 91 today.'],
    ['en', 'Every customer who writes to us gets an answer within two days.'],
    ['en', 'We have answered questions from bakers for more than 40 years.'],
    ['en', 'The team of nine looks after 300 customers in four counties.'],
    ['nb', 'Målet er at ingen skal vente mer enn tre uker på svar innen utgangen av 2027.'],
    ['nb', 'Alle henvendelser får svar innen en uke.'],
    ['nb', 'Avdelingen har tolv ansatte og betjener 40 kommuner.'],
    ['sv', 'Målet är att alla ska få svar inom två veckor från 2027.'],
    ['sv', 'Vi svarar på alla frågor inom tre dagar.'],
    ['sv', 'Labbet har åtta medarbetare och testar 200 detaljer i veckan.'],
  ])('%s: %s', (lang, sentence) => {
    expect(shortfall(sentence)).toBe(false);
    expect(shownAlone(sentence, lang)).toEqual([]);
  });
});

describe('do-better: a bad figure that fell is an improvement', () => {
  it.each([
    ['en', 'Complaints about late deliveries fell by a third after the new routes.'],
    ['en', 'Injuries on the loading bay dropped from twelve to four.'],
    ['nb', 'Sykefraværet falt til 4 prosent etter at vi innførte faste skift.'],
    ['nb', 'Driftsstansene på linje 2 ble halvert i løpet av året.'],
    ['sv', 'Vi minskade de oplanerade stoppen i pressverkstaden med hälften.'],
    ['sv', 'Klagomålen på fakturorna minskade kraftigt under våren.'],
  ])('%s: %s', (lang, sentence) => {
    expect(shownAlone(sentence, lang)).toEqual([]);
  });

  it.each([
    ['en', 'Sales in Ireland fell by 8 per cent.'],
    ['nb', 'Kundetilfredsheten falt fra 71 til 63, og klagene økte.'],
    ['sv', 'Försäljningen i Danmark minskade med 6 procent.'],
  ])('%s, a good figure that fell stays evidence: %s', (lang, sentence) => {
    expect(shownAlone(sentence, lang)).toEqual([sentence]);
  });
});
