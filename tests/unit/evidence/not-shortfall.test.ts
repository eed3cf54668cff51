// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { faultAsWork, opensWithInvertedCondition, troubleOfOthers } from '../../../core/evidence/not-shortfall';
import { scoreBlocks } from '../../../core/evidence/score';
import { tellsShortfall } from '../../../core/evidence/shortfall';
import { fold, words } from '../../../core/evidence/stems';
import type { TextBlock } from '../../../core/model';
import { getPrompt, type Prompt } from '../../../core/prompts';

/**
 * What do-better must not show although a word of trouble is there: a rule for a case written verb first
 * (Norwegian and Swedish conditions), someone else's trouble on a company's own page (the customer's, the
 * plot's), a fault as what the work is about, and a pace ("120 samples in three weeks") read as a wait.
 * And the shortfalls next to them that must still surface.
 */

function prompt(id: string): Prompt {
  const found = getPrompt(id);
  if (!found) throw new Error(`No prompt ${id}`);
  return found;
}

const shownAlone = (sentence: string, lang: string, kind: 'company' | 'news' = 'company'): string[] => {
  const blocks: TextBlock[] = [{ tag: 'p', heading: 'Om oss', text: sentence }];
  return scoreBlocks(blocks, lang, [prompt('do-better')], { clipKind: kind }).map((h) => h.sentence);
};
const folded = (sentence: string): string[] => words(fold(sentence));

describe('do-better: a rule for a case written verb first is a routine', () => {
  it.each([
    ['nb', 'Kommer en sjåfør for sent på grunn av snøfokk, ringer trafikklederen foreldrene.'],
    ['nb', 'Blir fergen forsinket, sender vi en melding til alle som har billett.'],
    ['sv', 'Kommer en förare för sent på grund av halka, ringer trafikledaren skolan.'],
    ['sv', 'Blir leveransen försenad, skickar vi ett sms samma dag.'],
  ])('%s: %s is not shown', (lang, sentence) => {
    expect(opensWithInvertedCondition(sentence)).toBe(true);
    expect(shownAlone(sentence, lang)).toEqual([]);
  });

  it.each([
    // Told as what happened, with the same trouble words.
    ['nb', 'Sjåførene kom for sent til skolen tre morgener på rad i januar, og foreldrene fikk ingen beskjed.'],
    ['sv', 'Förarna kom för sent till skolan tre morgnar i rad i januari, och föräldrarna fick ingen information.'],
    ['en', 'Drivers arrived late at the school on three mornings in January, and parents were told nothing.'],
  ])('%s: an event, %s, is still shown', (lang, sentence) => {
    expect(opensWithInvertedCondition(sentence)).toBe(false);
    expect(shownAlone(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    // A question, a plural noun opening, a verb first with no second verb-first clause.
    ['nb', 'Kommer en sjåfør for sent, hva skjer da?'],
    ['nb', 'Kunder som ventet lenge, fikk et gavekort.'],
    ['sv', 'Kommer en förare för sent så ringer trafikledaren, ibland flera gånger.'],
    // A conjunction that ends like a verb: told, not a rule by word order.
    ['nb', 'Når kundene må vente fire uker på en elektriker, er ventetiden for lang.'],
    ['sv', 'När kunderna får vänta fyra veckor på en elektriker, är väntetiden för lång.'],
  ])('%s: %s is no verb-first condition', (_, sentence) => {
    expect(opensWithInvertedCondition(sentence)).toBe(false);
  });
});

describe("do-better: someone else's trouble on a company's own page", () => {
  it.each([
    ['en', 'Their problem was clay soil and a wet spring that rotted the first planting.'],
    ['en', "The customer's biggest problem was a roof that let in water at every storm."],
    ['nb', 'Ustabil grunn og sprekker i muren var tomtens og kundens problemer da vi kom inn.'],
    ['sv', 'Kundens problem var en källare som fylldes med vatten varje vår.'],
    ['sv', 'Deras största utmaning var sniglar i grönsakslanden.'],
  ])('%s: %s is not shown', (lang, sentence) => {
    expect(troubleOfOthers(folded(sentence))).toBe(true);
    expect(shownAlone(sentence, lang)).toEqual([]);
  });

  it.each([
    // The company's own trouble, and a third party's trouble that the company caused, told as figures.
    ['en', 'Our problem this spring was a till system that froze on busy Saturdays.'],
    ['nb', 'Selskapets problem var at kundene måtte vente i seks uker på et svar.'],
    ['sv', 'Bolagets utmaning har varit att leveranserna kommit för sent.'],
  ])('%s: the company’s own, %s, is still shown', (lang, sentence) => {
    expect(troubleOfOthers(folded(sentence))).toBe(false);
    expect(shownAlone(sentence, lang)).toEqual([sentence]);
  });

  it('in news, "their problem" may be the company’s and is kept', () => {
    const sentence = 'Their problem, staff say, is that the new booking system loses appointments.';
    expect(shownAlone(sentence, 'en', 'news')).toEqual([sentence]);
  });
});

describe('do-better: a fault as what the work is about', () => {
  it.each([
    ['sv', 'I tisdags letade vi efter felet i en brytare som löste ut utan anledning vid ett ställverk.'],
    ['nb', 'På onsdag lette vi etter feilen i et vern som koblet ut ved en nettstasjon utenfor Skien.'],
    ['nb', 'Montørene våre tar feilsøkingen ute på anleggene selv.'],
    ['en', 'Last week we spent an afternoon looking for the fault in a relay at a substation near Leeds.'],
  ])('%s: %s is not shown', (lang, sentence) => {
    expect(faultAsWork(folded(sentence))).toBe(true);
    expect(shownAlone(sentence, lang)).toEqual([]);
  });

  it.each([
    // The fault as what went wrong: found late, a long wait; the searching is then a shortfall told as time.
    ['nb', 'Feilen i nettstasjonen ble funnet først etter fem timer, fordi vi ikke hadde folk på vakt.'],
    ['sv', 'Felet i ställverket gjorde att 4 000 kunder var utan ström i sex timmar.'],
    ['en', 'A fault in our billing run charged 600 customers twice in March.'],
  ])('%s: %s is still shown', (lang, sentence) => {
    expect(faultAsWork(folded(sentence))).toBe(false);
    expect(shownAlone(sentence, lang)).toEqual([sentence]);
  });
});

describe('do-better: the reader asked to report a fault is a service', () => {
  it.each([
    ['nb', 'Meld feil på nettet eller ring 22 33 44 55, hele døgnet.'],
    ['sv', 'Anmäl fel i appen eller ring kundservice dygnet runt.'],
    ['en', 'Report a fault online or call us any time, day or night.'],
  ])('%s: %s is not shown', (lang, sentence) => {
    expect(faultAsWork(folded(sentence))).toBe(true);
    expect(shownAlone(sentence, lang)).toEqual([]);
  });

  it.each([
    // Customers reporting faults, told as what happened: a shortfall.
    ['nb', 'Kundene meldte feil på de nye målerne i seks uker før vi byttet dem.'],
    ['sv', 'Kunderna anmälde fel på de nya mätarna i sex veckor innan vi bytte dem.'],
    ['en', 'Customers reported faults with the new meters for six weeks before we replaced them.'],
  ])('%s: %s is still shown', (lang, sentence) => {
    expect(faultAsWork(folded(sentence))).toBe(false);
    expect(shownAlone(sentence, lang)).toEqual([sentence]);
  });
});

describe('do-better: a pace is no wait', () => {
  it.each([
    ['nb', 'Feltgruppa vår på fem personer boret 40 hull og tok 90 prøver på to uker.'],
    ['sv', 'Vårt fältlag på fyra personer tog 80 prover på två veckor.'],
    ['en', 'Our field team of five took 90 samples in two weeks.'],
  ])('%s: %s tells no shortfall and is not shown', (lang, sentence) => {
    expect(tellsShortfall(folded(sentence))).toBe(false);
    expect(shownAlone(sentence, lang)).toEqual([]);
  });

  it.each([
    ['nb', 'Det tok sju uker før kundene fikk svar på klagene sine.'],
    ['sv', 'Det tog nio veckor innan kunderna fick svar.'],
    ['en', 'It took seven weeks before customers had an answer.'],
  ])('%s: a wait, %s, still tells one', (_, sentence) => {
    expect(tellsShortfall(folded(sentence))).toBe(true);
  });
});
