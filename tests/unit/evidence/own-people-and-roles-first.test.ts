// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { roleInApposition } from '../../../core/evidence/apposition';
import { personAsSubject } from '../../../core/evidence/people';
import { FIRST_CUE_WEIGHT } from '../../../core/evidence/rules';
import { scoreBlocks } from '../../../core/evidence/score';
import type { TextBlock } from '../../../core/model';
import { prompt } from './do-better-alone';

/**
 * People: a person the company calls its own, whatever the words of the role ("Kemi Adeyemi is our head baker",
 * "Fiona Laird, our harbour master since 2019, also leads …"); a name with words between commas and then a doing that is
 * a role ("Tom Lisle-Hendry, associate, runs the graduate scheme"); and the role first, then "is" and the name
 * ("Bibliotekschef är Hanna Modig sedan mars 2025"). Not a business the company deals with ("Nordic Foods is our
 * biggest customer"), a place after a preposition ("On Tŷ Glas, our dementia unit, …"), nor words between commas
 * with no doing after them.
 */

const peopleHits = (sentence: string, lang: string): string[] => {
  const blocks: TextBlock[] = [{ tag: 'p', heading: 'Året som gikk', text: sentence }];
  return scoreBlocks(blocks, lang, [prompt('people')], { clipKind: 'company' })
    .filter((h) => h.score > FIRST_CUE_WEIGHT)
    .map((h) => h.sentence);
};

describe('people: the company’s own, and the role before the name', () => {
  it.each([
    ['en', 'Kemi Adeyemi is our head baker, and she plans the night bake with the rota.'],
    ['en', 'Fiona Laird, our harbour master since 2019, also leads the volunteer mooring team.'],
    ['en', 'Tom Lisle-Hendry, associate, runs the graduate scheme.'],
    ['nb', 'Siri Holm er vår nye renholder, og hun har ansvar for alle tre etasjene.'],
    ['nb', 'Ola Brekke, vår mann på kaia, leder lossingen når båtene kommer inn.'],
    ['nb', 'Avdelingssjef er Kjetil Brenna siden mars 2024.'],
    ['sv', 'Bibliotekschef är Hanna Modig sedan mars 2025.'],
    ['sv', 'Erik Sund, vår kock sedan 2018, leder köket på helgerna.'],
    ['sv', 'Lina Berg, snickare, leder bygget i Gävle.'],
  ])('%s: %s', (lang, sentence) => {
    expect(personAsSubject(sentence) || roleInApposition(sentence)).toBe(true);
    expect(peopleHits(sentence, lang)).toEqual([sentence]);
  });

  it.each([
    ['en', 'Nordic Foods is our biggest customer and buys half of what we bake.'],
    ['en', 'On Tŷ Glas, our dementia unit, the nursing team of nine looks after 24 residents.'],
    ['en', 'Harbour Street, near the old pier, is closed for repairs.'],
    ['nb', 'Lund Bygg er vår største kunde i år.'],
    ['nb', 'Fra Bodø, vår største by i nord, går det fly hver time.'],
    ['sv', 'Norrlands Trä är vår viktigaste leverantör.'],
    ['sv', 'Karin Ek, Gävle, vann tävlingen i våras.'],
  ])('%s, no person with a role: %s', (lang, sentence) => {
    expect(personAsSubject(sentence) || roleInApposition(sentence)).toBe(false);
    expect(peopleHits(sentence, lang)).toEqual([]);
  });
});
