// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tellsHouseRule } from '../../../core/evidence/house-rules';
import { scoreBlocks } from '../../../core/evidence/score';
import type { TextBlock } from '../../../core/model';
import { getPrompt } from '../../../core/prompts';

/**
 * Values shown as a rule of the house, without "always" or "even when": nobody does a thing without a step first,
 * or everyone (or "we") keeps a time: in advance, within a limit, at a frequency, on set days. Not a past, a modal,
 * a change made ("we have changed … and now …"), a hedge ("usually within"), a promise to the reader, lacking
 * something ("nobody is without"), nor a time that is a pace or a product's feature.
 */

const valuesHits = (sentence: string, lang: string): string[] => {
  const values = getPrompt('values');
  if (!values) throw new Error('No prompt values');
  const blocks: TextBlock[] = [{ tag: 'p', heading: 'Nyheter', text: sentence }];
  return scoreBlocks(blocks, lang, [values], { clipKind: 'company' }).map((h) => h.sentence);
};

describe('values: a rule of the house', () => {
  it.each([
    ['en', 'No driver takes a new route without riding it once with a colleague first.'],
    ['en', 'Nobody is sent to a site alone without a phone call to the office when they arrive.'],
    ['en', 'Rotas are published three weeks in advance, and any swap is agreed by both people.'],
    ['en', 'The warehouse team answers every complaint within one working day.'],
    ['en', 'All managers spend two hours a week on the shop floor with their crews.'],
    ['nb', 'Ingen elektriker stenger strømmen hos en kunde uten å ringe på døra først.'],
    ['nb', 'Vaktlistene henges opp tre uker i forveien, og alle bytter avtales med begge parter.'],
    ['nb', 'Vi svarer på alle klager innen to arbeidsdager.'],
    ['nb', 'Alle ansatte spiser frokost sammen på mandager.'],
    ['sv', 'Ingen sjuksköterska går hem utan att ha lämnat över till nästa pass.'],
    ['sv', 'Turlistan läggs ut sex veckor i förväg, och alla byten godkänns av båda.'],
    ['sv', 'Kundtjänst svarar på alla ärenden inom två dagar.'],
    ['sv', 'Alla chefer arbetar en dag i månaden i kassan.'],
  ])('%s: %s', (lang, sentence) => {
    expect(tellsHouseRule(sentence)).toBe(true);
    expect(valuesHits(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    // A past, a year, a modal, a wish.
    ['en', 'Nobody was sent home without pay during the strike.'],
    ['en', 'In March every crew answered calls within two hours.'],
    ['nb', 'Ingen skal måtte vente uten å få beskjed om når vi kommer.'],
    ['sv', 'Alla kunder ska få svar inom två dagar från och med nästa år.'],
    // A change made, a hedge, a promise to the reader.
    ['sv', 'Vi har bytt leverantör och följer upp varje order inom en vecka.'],
    ['en', 'Every applicant gets an answer, usually within ten working days.'],
    ['nb', 'Du får svar på alle søknader innen tre uker.'],
    // Lacking something; a product's feature; a pace, not a limit kept.
    ['en', 'Nobody in the valley is without broadband any more.'],
    ['en', 'Every chair can be taken apart within ten minutes.'],
    ['nb', 'Alle hyttene har strøm og vann, og ligger fem minutter fra bakken.'],
    ['sv', 'Alla våra bussar laddas på en timme.'],
  ])('not %s: %s', (_lang, sentence) => {
    expect(tellsHouseRule(sentence)).toBe(false);
  });
});
