// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { shownAlone, tellsShortfallIn } from './do-better-alone';

/**
 * Something to do better told as an event, without a word of failure: a bad figure that rose, a time
 * that grew against the year before, a date missed by a stated time, work or people turned away for
 * want of something, a count lost, customers who left without. And what looks like one but is not: a
 * good figure that rose, a time that fell, a story told "two weeks later", what should be so for the
 * people served (a vision), and a habit after every fault (a value).
 */

const event = tellsShortfallIn;

describe('do-better: shortfalls told as events', () => {
  it.each([
    ['en', 'Warranty returns on the 2025 kettles increased to 4.2 per cent of units sold.'],
    ['en', 'Average lead time for spare parts was 11 weeks this spring, against five weeks a year earlier.'],
    ['en', 'The new ward opened three months later than the date we announced to patients.'],
    ['en', 'We turned down two school contracts because we did not have enough drivers.'],
    ['en', 'In the flood of 2024 we lost 1,200 seedlings in a single night.'],
    ['nb', 'Reklamasjonene på takrennene steg til 2,8 prosent i fjor.'],
    ['nb', 'Svartiden på kundeservice var 9 dager i mars, mot tre dager året før.'],
    ['nb', 'Den nye ferjen kom i drift seks uker senere enn vi hadde lovet kommunen.'],
    ['nb', 'I vinter måtte vi avlyse tolv turer fordi vi ikke hadde sjåfører nok.'],
    ['nb', 'Under hetebølgen mistet vi 300 kyllinger på ett døgn.'],
    ['sv', 'Klagomålen på leveranserna ökade till 6 procent under hösten.'],
    ['sv', 'Leveranstiden för reservdelar var 10 veckor i år, jämfört med fyra veckor i fjol.'],
    ['sv', 'Nya sjukhusköket blev klart två månader senare än vi hade sagt.'],
    ['sv', 'Vi tackade nej till tre beställningar eftersom vi inte hade någon ledig ugn.'],
    ['sv', 'Paketen blev liggande i upp till tolv dagar på terminalen i december.'],
  ])('%s: %s', (lang, sentence) => {
    expect(event(sentence), 'Should read it as a shortfall event').toBe(true);
    expect(shownAlone(sentence, lang)).toEqual([sentence]);
  });
});

describe('do-better: what looks like a shortfall event but is not', () => {
  it.each([
    ['en', 'Sales of the refurbished kettles increased to 40 per cent of our revenue.'],
    ['en', 'Lead time for spare parts was five weeks this spring, against eleven weeks a year earlier.'],
    ['en', 'Two weeks later we opened the second shop on the high street.'],
    ['en', 'Nobody should have to wait for a bus in the rain to get to work.'],
    ['en', 'After every fault in production we write a short note that anyone can read.'],
    ['en', 'Whoever finds a fault on the line may stop it, and we thank them for it.'],
    ['nb', 'Omsetningen av brukte sykler økte til 30 prosent av salget.'],
    ['nb', 'Svartiden på kundeservice var tre dager i mars, mot ni dager året før.'],
    ['nb', 'Ingen skal måtte kjøre en time for å få barnehageplass.'],
    ['nb', 'Etter hver feil skriver vi en kort oppsummering som alle kan lese.'],
    ['nb', 'Vi mistet ikke en eneste kunde i fjor.'],
    ['sv', 'Försäljningen av begagnade cyklar ökade till 30 procent.'],
    ['sv', 'Den som hittar ett fel i en maskin får stoppa linjen, och det firar vi.'],
    ['sv', 'Efter varje fel i produktionen skriver vi en kort sammanfattning.'],
    ['sv', 'Ingen ska behöva åka en timme för att handla mat.'],
    // A routine for every fault is how they work.
    ['en', 'Every fault report goes to the engineer who built the unit, and the fix ships in the next release.'],
    ['nb', 'Hver feilmelding går rett til utvikleren som skrev koden.'],
    ['sv', 'Varje felanmälan går direkt till den tekniker som byggde maskinen.'],
  ])('%s: %s', (lang, sentence) => {
    expect(shownAlone(sentence, lang)).toEqual([]);
  });
});

describe('do-better: a routine opening is no excuse when it is dated', () => {
  it('en: an event in a named month still counts', () => {
    const sentence = 'Every delivery to the Truro depot in March was late, some by two days.';
    expect(shownAlone(sentence, 'en')).toEqual([sentence]);
  });
});

describe('do-better: customers who left without', () => {
  it.each([
    ['en', 'The hot cross buns sold out by ten, and a queue of customers went without.'],
    ['nb', 'Julekurvene ble utsolgt, og mange kunder gikk tomhendte hjem.'],
    ['sv', 'Semlorna tog slut före lunch och flera kunder fick gå utan.'],
  ])('%s: %s', (lang, sentence) => {
    expect(shownAlone(sentence, lang)).toEqual([sentence]);
  });
});
