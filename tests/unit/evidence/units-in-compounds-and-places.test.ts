// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { scoreBlocks } from '../../../core/evidence/score';
import { fold, words } from '../../../core/evidence/stems';
import { namesUnitInCompound } from '../../../core/evidence/unit-compounds';
import { namesUnitAsSubject } from '../../../core/evidence/unit-subject';
import { opensWithName } from '../../../core/evidence/rules';
import type { TextBlock } from '../../../core/model';
import { getPrompt } from '../../../core/prompts';

/**
 * Department: a unit named where a cue does not reach it.
 * - Inside a Bokmål or Swedish compound that ends in a short unit word ("vakt­teamet", "lager­laget"), or a unit word in
 *   its definite plural ("grupperna", "gruppene"), anywhere in the sentence; not "-laget" words that name no unit
 *   ("bolaget", "förslaget", "underlaget", "borettslaget"), a club's "idrettslaget", nor a dated change of a unit.
 * - An English unit word alone after "Our"/"The", named by its place: "Our laboratory in Oxford, with 38 scientists, …".
 * - Not a unit: a sentence opening with a capitalised word and a preposition that ends like a doing word ("Revenue for
 *   the half year was …", "Omsetningen for året …", "Omsättningen för kvartalet …").
 */

const departmentHits = (blocks: TextBlock[], lang: string): string[] => {
  const department = getPrompt('department');
  if (!department) throw new Error('No prompt department');
  return scoreBlocks(blocks, lang, [department], { clipKind: 'company' }).map((h) => h.sentence);
};
const alone = (sentence: string, lang: string): string[] => departmentHits([{ tag: 'p', text: sentence }], lang);

describe('department: a unit named inside a compound or in the definite plural', () => {
  it.each([
    ['nb', 'Kundesenteret svarer på telefon hverdager, og vaktteamet tar akutte feil om kvelden.'],
    ['nb', 'Vi er seks på lagerlaget i Moss og kjører to skift.'],
    ['nb', 'Akkurat nå ansetter vi i gruppene for bruprosjektering og for sykehusinstallasjoner.'],
    ['sv', 'Kundtjänst svarar i telefon vardagar, och beredskapsteamet tar akuta fel på helger.'],
    ['sv', 'Vi är sex i lagerlaget i Borlänge och kör två skift.'],
    ['sv', 'Just nu anställer vi i grupperna för vägprojektering och för installationer i skolor.'],
  ])('%s: "%s" names a unit', (lang, sentence) => {
    expect(namesUnitInCompound(words(fold(sentence)))).toBe(true);
    expect(alone(sentence, lang)).toContain(sentence);
  });

  it.each([
    ['sv', 'Bostadsbolaget har 4 800 lägenheter i Piteå.'],
    ['sv', 'Förslaget skickas till styrelsen före jul.'],
    ['sv', 'Underlaget läses av två personer innan beslutet fattas.'],
    ['nb', 'Borettslaget har 64 leiligheter fra 1972.'],
    ['nb', 'Idrettslaget låner banen hver tirsdag.'],
    ['sv', 'Beredskapsteamet utökas med två tekniker i mars 2027.'],
    ['en', 'The on-call team takes urgent faults at weekends.'],
  ])('%s: "%s" names no unit inside a compound', (_lang, sentence) => {
    expect(namesUnitInCompound(words(fold(sentence)))).toBe(false);
  });
});

describe('department: an English unit word alone, named by its place', () => {
  it.each([
    ['en', 'Our laboratory in Leeds, with 24 chemists, tests every batch before it ships.'],
    ['en', 'The depot at Hull runs eleven lorries on two shifts.'],
  ])('%s: "%s" names a unit', (lang, sentence) => {
    expect(namesUnitAsSubject(sentence)).toBe(true);
    expect(alone(sentence, lang)).toContain(sentence);
  });

  it.each([
    ['en', 'Our office is closed between Christmas and New Year.', false],
    ['nb', 'Laboratoriet i Trondheim har tolv kjemikere og tester hver leveranse.', true],
    ['sv', 'Laboratoriet i Uppsala har tolv kemister och testar varje leverans.', true],
  ])('%s: "%s" reads as before', (_lang, sentence, unit) => {
    expect(namesUnitAsSubject(sentence)).toBe(unit);
  });
});

describe('department: a capitalised word before a preposition names no unit', () => {
  it.each([
    ['en', 'Revenue for the half year was £9.1 million, up 8% on last year.'],
    ['nb', 'Omsetningen for året ble 212 millioner kroner.'],
    ['sv', 'Omsättningen för kvartalet blev 48 miljoner kronor.'],
    ['en', 'Turnover after the sale of the shop fell by a tenth.'],
  ])('%s: "%s" does not open with a unit', (lang, sentence) => {
    expect(opensWithName(sentence)).toBe(false);
    const blocks: TextBlock[] = [
      { tag: 'p', heading: 'The half year', text: 'Our support team of nine answers every call within two minutes.' },
      { tag: 'p', heading: 'The half year', text: sentence },
    ];
    expect(departmentHits(blocks, lang)).not.toContain(sentence);
  });
});
