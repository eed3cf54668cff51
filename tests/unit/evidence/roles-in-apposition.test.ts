// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { roleInApposition } from '../../../core/evidence/apposition';
import { FIRST_CUE_WEIGHT } from '../../../core/evidence/rules';
import { scoreBlocks } from '../../../core/evidence/score';
import type { TextBlock } from '../../../core/model';
import { getPrompt } from '../../../core/prompts';

/**
 * People: a named person with their role between commas inside a sentence too long to be a contact line ("If you have
 * questions, speak to Amira Saleh, our training coordinator, in the L&D office …"). Not someone from outside described
 * with an article ("said Jo Reynolds, a café owner in Bristol"), nor a name followed by a place.
 */

/** The sentence's people hit, scored as a name with a role (more than one cue's weight), or nothing. */
const peopleHits = (sentence: string, lang: string): string[] => {
  const people = getPrompt('people');
  if (!people) throw new Error('No prompt people');
  const blocks: TextBlock[] = [{ tag: 'p', heading: 'Datoer', text: sentence }];
  return scoreBlocks(blocks, lang, [people], { clipKind: 'company' })
    .filter((h) => h.score > FIRST_CUE_WEIGHT)
    .map((h) => h.sentence);
};

describe('people: a name with its role between commas in a longer sentence', () => {
  it.each([
    ['en', 'If anything on the rota looks wrong, talk to Dana Whitfield, our scheduling coordinator, at the desk by the canteen before Friday.'],
    ['en', 'Bookings for the first-aid course go through Peter Lamb, health and safety manager, who keeps the list in the site office.'],
    ['nb', 'Har du spørsmål om kursene, kan du ta kontakt med Ingrid Solheim, vår opplæringskoordinator, på kontoret ved hovedinngangen.'],
    ['nb', 'Påmelding til førstehjelpskurset skjer hos Lars Eide, HMS-leder, som har listen på kontoret i første etasje.'],
    ['sv', 'Har du frågor om schemat kan du prata med Sara Lindgren, vår planeringskoordinator, på kontoret vid personalmatsalen.'],
    ['sv', 'Anmälan till kursen i första hjälpen görs hos Johan Ek, skyddsansvarig, som har listan på kontoret vid grinden.'],
  ])('%s: %s', (lang, sentence) => {
    expect(roleInApposition(sentence)).toBe(true);
    expect(peopleHits(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    ['en', '"The van came a day late and I lost a whole morning of work," said Jo Reynolds, a plumber in Bristol.'],
    ['nb', 'Vi besøkte Kari Lund, i Bodø, for å se hvordan hun bruker appen i butikken sin hver dag.'],
    ['sv', 'Vi träffade Anna Berg, en kund i Gävle, som har använt våra pumpar i tjugo år.'],
  ])('%s, no role of the company: %s', (_lang, sentence) => {
    expect(roleInApposition(sentence)).toBe(false);
  });
});
